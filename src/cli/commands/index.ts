import type {Command} from '../command.ts';

/** A sub-command as `lambda-lab --help` lists it; its code loads only when it runs (a bundle chunk each). */
export interface CommandEntry {
  readonly name: string;
  /** One line for the command list; the same as the command's own summary (a test checks). */
  readonly summary: string;
  load(): Promise<Command>;
}

/**
 * Every sub-command, in the order `lambda-lab --help` lists them. Add new commands here. Lazy so that
 * `--help` and `check` never load the pricing data, the sandbox or the TypeScript transpiler.
 */
export const COMMANDS: readonly CommandEntry[] = [
  {name: 'quotas', summary: 'List Lambda quotas with their sources', load: async () => (await import('./quotas.ts')).quotasCommand},
  {name: 'estimate', summary: 'Price one function or a multi-function bill for a month, to the cent', load: async () => (await import('./estimate.ts')).estimateCommand},
  {name: 'compare', summary: 'Lambda (on demand, provisioned, Managed Instances), Fargate or EC2: one workload priced six ways, with break-even points', load: async () => (await import('./compare.ts')).compareCommand},
  {name: 'cpu', summary: 'Show the CPU share, visible cores and price per ms of one memory size', load: async () => (await import('./cpu.ts')).cpuCommand},
  {name: 'tune', summary: 'Sweep every memory size for a workload model and recommend one (no deploy)', load: async () => (await import('./tune.ts')).tuneCommand},
  {name: 'check', summary: 'Check SAM/CloudFormation and CDK templates, Terraform, serverless.yml files or aws lambda commands against every Lambda quota', load: async () => (await import('./check.ts')).checkCommand},
  {name: 'invoke', summary: 'Run a Lambda handler in the playground sandbox and print its logs, REPORT line and cost', load: async () => (await import('./invoke.ts')).invokeCommand},
  {name: 'simulate', summary: 'Simulate concurrency, throttling and cold starts, or a CodeDeploy traffic shift', load: async () => (await import('./simulate.ts')).simulateCommand},
];
