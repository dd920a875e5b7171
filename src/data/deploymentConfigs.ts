/**
 * CodeDeploy's predefined deployment configurations for the AWS Lambda compute platform.
 * The names are exact: SAM's `DeploymentPreference.Type` takes them without the
 * `CodeDeployDefault.Lambda` prefix (e.g. `Canary10Percent5Minutes`).
 */
import type {Sourced} from './schema.ts';

export type DeploymentConfigType = 'canary' | 'linear' | 'allAtOnce';

export interface LambdaDeploymentConfig extends Sourced {
  /** The full CodeDeploy name, e.g. "CodeDeployDefault.LambdaCanary10Percent5Minutes". */
  readonly name: string;
  /** The SAM `DeploymentPreference.Type` value, e.g. "Canary10Percent5Minutes". */
  readonly samType: string;
  readonly type: DeploymentConfigType;
  /** Canary: share of traffic in the first increment; linear: share added every interval. 100 for all-at-once. */
  readonly percentage: number;
  /** Canary: minutes before the rest shifts; linear: minutes between increments; 0 for all-at-once. */
  readonly intervalMinutes: number;
}

const CONFIGS_PAGE = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html';
const AS_OF = '2026-08-05';

function config(type: DeploymentConfigType, samType: string, percentage: number, intervalMinutes: number): LambdaDeploymentConfig {
  return {name: `CodeDeployDefault.Lambda${samType}`, samType, type, percentage, intervalMinutes, source: CONFIGS_PAGE, asOf: AS_OF};
}

/** Every predefined Lambda configuration, in the order the CodeDeploy guide lists them. */
export const LAMBDA_DEPLOYMENT_CONFIGS: readonly LambdaDeploymentConfig[] = [
  config('canary', 'Canary10Percent5Minutes', 10, 5),
  config('canary', 'Canary10Percent10Minutes', 10, 10),
  config('canary', 'Canary10Percent15Minutes', 10, 15),
  config('canary', 'Canary10Percent30Minutes', 10, 30),
  config('linear', 'Linear10PercentEvery1Minute', 10, 1),
  config('linear', 'Linear10PercentEvery2Minutes', 10, 2),
  config('linear', 'Linear10PercentEvery3Minutes', 10, 3),
  config('linear', 'Linear10PercentEvery10Minutes', 10, 10),
  config('allAtOnce', 'AllAtOnce', 100, 0),
];

/** Sourced facts about how a CodeDeploy Lambda deployment runs, used by the traffic simulator. */
export const CODEDEPLOY_RULES = [
  {
    id: 'trafficShifting',
    statement: 'Canary shifts traffic in two increments; linear shifts it in equal increments with an equal number of minutes between them; all-at-once shifts everything at once. Custom canary and linear configurations can also be created.',
    source: CONFIGS_PAGE,
    asOf: AS_OF,
  },
  {
    id: 'hooks',
    statement: 'A Lambda deployment can run a validation function in the BeforeAllowTraffic hook (before any traffic shifts) and in the AfterAllowTraffic hook (after all traffic has shifted); a failed hook fails the deployment and rolls it back.',
    source: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html',
    asOf: AS_OF,
  },
  {
    id: 'alarms',
    statement: 'A deployment group (SAM DeploymentPreference.Alarms) can list CloudWatch alarms; when one goes into ALARM during the deployment, CodeDeploy stops it and shifts the alias back to the original version.',
    source: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-deploymentpreference.html',
    asOf: AS_OF,
  },
  {
    id: 'aliasWeights',
    statement: 'An alias can route traffic to two versions with a weight on the additional version; CodeDeploy shifts traffic by changing these weights.',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/configuring-alias-routing.html',
    asOf: AS_OF,
  },
] as const satisfies readonly (Sourced & {id: string; statement: string})[];

/** Finds a configuration by its full name or its SAM type, case-sensitively as AWS spells it. */
export function findDeploymentConfig(name: string): LambdaDeploymentConfig | undefined {
  return LAMBDA_DEPLOYMENT_CONFIGS.find((entry) => entry.name === name || entry.samType === name);
}
