/**
 * The deploy role as a CloudFormation template: a role that GitHub's OIDC provider lets one repository's workflows
 * assume, with one managed policy per action holding exactly that action's policy (./policy.ts, as iam/<action>.json
 * publishes it), its placeholders filled in by the stack's parameters. The README's "Getting started on AWS" shows
 * it; `npm run iam` writes it there.
 */
import { stringify } from 'yaml'
import { policyFor, type Placeholders } from './policy.ts'

/** Each placeholder of the policies, as `Fn::Sub` fills it in from a parameter or a pseudo parameter. */
const fromStack: Placeholders = {
  region: '${AWS::Region}',
  'account-id': '${AWS::AccountId}',
  cluster: '${ClusterName}',
  'load-balancer': '${LoadBalancerName}',
  'task-role': '${TaskRoleName}',
  'execution-role': '${ExecutionRoleName}'
}

/** Every string that names a parameter becomes `Fn::Sub` of it. */
function substituted(value: unknown): unknown {
  if (typeof value === 'string') return value.includes('${') ? { 'Fn::Sub': value } : value
  if (Array.isArray(value)) return value.map(substituted)
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, substituted(inner)]))
  return value
}

const pascal = (action: string) => action.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase())

export function deployRoleTemplate(actions: string[]): string {
  const parameter = (Description: string, Default?: string) => ({ Type: 'String', Description, Default })
  const template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `The role GitHub Actions deploys with: ${actions.join(', ')}`,
    Parameters: {
      Repository: parameter('The GitHub repository whose workflows may deploy, as owner/name'),
      ClusterName: parameter('The ECS cluster'),
      LoadBalancerName: parameter('The Application Load Balancer (its name)'),
      TaskRoleName: parameter("The task definition's task role (its name)"),
      ExecutionRoleName: parameter("The task definition's execution role (its name)"),
      OidcProviderArn: parameter(
        "The account's GitHub OIDC provider, if it has one already (empty: the stack creates it)",
        ''
      )
    },
    Conditions: { CreateOidcProvider: { 'Fn::Equals': [{ Ref: 'OidcProviderArn' }, ''] } },
    Resources: {
      GitHubOidcProvider: {
        Type: 'AWS::IAM::OIDCProvider',
        Condition: 'CreateOidcProvider',
        Properties: { Url: 'https://token.actions.githubusercontent.com', ClientIdList: ['sts.amazonaws.com'] }
      },
      ...Object.fromEntries(
        actions.map((action) => [
          `${pascal(action)}Policy`,
          {
            Type: 'AWS::IAM::ManagedPolicy',
            Properties: { Description: `iam/${action}.json`, PolicyDocument: substituted(policyFor(action, fromStack)) }
          }
        ])
      ),
      DeployRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Action: 'sts:AssumeRoleWithWebIdentity',
                Principal: {
                  Federated: {
                    'Fn::If': ['CreateOidcProvider', { Ref: 'GitHubOidcProvider' }, { Ref: 'OidcProviderArn' }]
                  }
                },
                Condition: {
                  StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
                  StringLike: { 'token.actions.githubusercontent.com:sub': { 'Fn::Sub': 'repo:${Repository}:*' } }
                }
              }
            ]
          },
          ManagedPolicyArns: actions.map((action) => ({ Ref: `${pascal(action)}Policy` }))
        }
      }
    },
    Outputs: { RoleArn: { Value: { 'Fn::GetAtt': ['DeployRole', 'Arn'] } } }
  }
  // Quoted, so that no YAML reader takes the versions for dates.
  return stringify(template, { lineWidth: 0 }).replace(/: (\d{4}-\d{2}-\d{2})$/gm, ': "$1"')
}

// Prettier would rewrite the YAML's quotes; the block is left as it is made.
export const ROLE_BEGIN =
  '<!-- deploy-role:begin (made by npm run iam from src/iam/rights.ts) -->\n<!-- prettier-ignore-start -->'
export const ROLE_END = '<!-- prettier-ignore-end -->\n<!-- deploy-role:end -->'

/** The template as the README shows it, between its markers. */
export function deployRoleSection(): string {
  return `${ROLE_BEGIN}\n\n\`\`\`yaml\n${deployRoleTemplate(['pair', 'blue-green'])}\`\`\`\n\n${ROLE_END}`
}

/** The README with the template replaced between its markers (left as it is without them). */
export function withDeployRole(readme: string): string {
  const begin = readme.indexOf(ROLE_BEGIN)
  const end = readme.indexOf(ROLE_END)
  if (begin < 0 || end < begin) return readme
  return readme.slice(0, begin) + deployRoleSection() + readme.slice(end + ROLE_END.length)
}
