import {fail, ok, type Result} from '../../result.ts';
import type {Finding, FunctionConfig} from '../types.ts';
import {looksLikeAwsCli, parseAwsCli} from './parseAwsCli.ts';
import {looksLikeCloudFormation, parseCloudFormation, type CloudFormationOptions} from './parseCloudFormation.ts';
import {looksLikeServerless, parseServerless, type ServerlessOptions} from './parseServerless.ts';
import {readYaml} from './readYaml.ts';
import {looksLikeTerraformPlan, parseTerraformPlan} from './parseTerraformPlan.ts';
import {looksLikeTerraformHcl} from './parseTerraformHcl.ts';
import {webFunctionNotes} from './webFunctionResources.ts';

export type InputFormat = 'cloudformation' | 'serverless' | 'aws-cli' | 'terraform-plan' | 'terraform-hcl';

export const FORMAT_LABELS: Readonly<Record<InputFormat, string>> = {
  'cloudformation': 'SAM / CloudFormation template',
  'serverless': 'Serverless Framework file',
  'aws-cli': 'AWS CLI commands',
  'terraform-plan': 'Terraform plan (terraform show -json)',
  'terraform-hcl': 'Terraform configuration (.tf)',
};

/** parseConfigText's answer for .tf text, which needs the HCL parser (loadHcl.ts): the CLI reads .tf files by name. */
export const TERRAFORM_HCL = 'Line 1, column 1: this is Terraform HCL (.tf). `lambda-lab check main.tf` (or a directory of .tf files) reads it; here, give the output of "terraform show -json plan.out".';

/** Region for Lambda@Edge checks; a file reader for serverless.yml `${file(…)}` (the CLI gives one). */
export type ParseOptions = CloudFormationOptions & ServerlessOptions;

export interface ParsedInput {
  readonly format: InputFormat;
  readonly functions: readonly FunctionConfig[];
  /** Findings about the template rather than one function (resources the checker cannot check). */
  readonly templateFindings?: readonly Finding[];
}

/**
 * Detects the input's format (an `aws lambda` command line, a serverless.yml, or a SAM or
 * CloudFormation template in YAML or JSON) and reads its functions. Errors name the line and column.
 */
export function parseConfigText(text: string, options: ParseOptions = {}): Result<ParsedInput> {
  if (text.trim() === '') return fail('The input is empty: paste a SAM or CloudFormation template, a serverless.yml or an aws lambda command.');
  if (looksLikeAwsCli(text)) {
    const parsed = parseAwsCli(text);
    return parsed.ok ? ok({format: 'aws-cli', functions: parsed.value}) : parsed;
  }
  // .tf text needs the HCL parser, loaded asynchronously (loadHcl.ts → parseTerraformHcl.ts).
  if (looksLikeTerraformHcl(text)) return fail(TERRAFORM_HCL);
  const yaml = readYaml(text);
  if (!yaml.ok) return yaml;
  const root = yaml.value.value;
  if (looksLikeTerraformPlan(root)) {
    const parsed = parseTerraformPlan(yaml.value);
    return parsed.ok ? ok({format: 'terraform-plan', functions: parsed.value}) : parsed;
  }
  if (looksLikeServerless(root)) {
    const parsed = parseServerless(yaml.value, options);
    return parsed.ok ? ok({format: 'serverless', functions: parsed.value}) : parsed;
  }
  if (looksLikeCloudFormation(root)) {
    const parsed = parseCloudFormation(yaml.value, options);
    if (!parsed.ok) return parsed;
    const templateFindings = webFunctionNotes(yaml.value);
    return ok({format: 'cloudformation', functions: parsed.value, ...(templateFindings.length ? {templateFindings} : {})});
  }
  return fail('Line 1, column 1: this is neither a SAM/CloudFormation template (no Resources), a serverless.yml (no functions) nor an aws lambda command.');
}
