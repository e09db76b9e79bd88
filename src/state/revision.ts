/** Task definition revisions as the state names them: a full ARN, or `family:revision` (which ECS accepts too). */

/** `arn:aws:ecs:<region>:<account>:task-definition/web:12` or `web:12` -> `web:12` */
export function revisionOf(taskDefinition: string): string {
  return taskDefinition.replace(/^arn:[^:]+:ecs:[^:]*:\d*:task-definition\//, '')
}

/** An ARN and a `family:revision` (as a state may hold it) name the same revision. */
export function sameRevision(a: string, b: string): boolean {
  return revisionOf(a) === revisionOf(b)
}

/**
 * A task definition ARN within a tag value: the ARN when it fits, else `family:revision` (a family may have 255
 * characters), which ECS accepts wherever it takes the ARN.
 */
export function shortTaskDefinition(arn: string): string {
  return arn.length <= 256 ? arn : revisionOf(arn)
}
