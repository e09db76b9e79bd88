/**
 * An error answered the way AWS answers it: `code` is the AWS error code (the SDK turns it into the
 * exception class of the same name), `status` the HTTP status.
 */
export class AwsError extends Error {
  readonly code: string
  readonly status: number

  constructor(code: string, message: string, status = 400) {
    super(message)
    this.code = code
    this.status = status
  }
}
