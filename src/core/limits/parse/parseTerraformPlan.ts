import {fail, ok, type Result} from '../../result.ts';
import type {FunctionConfig} from '../types.ts';
import {at, type YamlValue} from './readYaml.ts';
import {terraformFunctions, type TerraformResource} from './terraformModel.ts';

/**
 * `terraform show -json plan.out` (or `terraform show -json` of a state): every aws_lambda_function
 * in planned_values (child modules too), with aws_lambda_event_source_mapping, aws_sqs_queue,
 * aws_lambda_provisioned_concurrency_config and aws_lambda_function_event_invoke_config linked
 * through the configuration's references. Values Terraform only knows after apply stay unresolved.
 * @see https://developer.hashicorp.com/terraform/internals/json-format
 */
type Json = Record<string, unknown>;

interface PlanResource {
  readonly address: string;
  readonly type: string;
  readonly values: Json;
  readonly node: Json;
}

const record = (value: unknown): Json | undefined => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined);

/** True for Terraform's JSON plan or state output. */
export function looksLikeTerraformPlan(root: unknown): boolean {
  const r = record(root);
  return !!r && typeof r['format_version'] === 'string' && ('planned_values' in r || 'values' in r || 'resource_changes' in r);
}

function collect(module: Json | undefined, out: PlanResource[], depth = 0): void {
  if (!module || depth > 20) return;
  for (const resource of Array.isArray(module['resources']) ? module['resources'] : []) {
    const r = record(resource);
    if (r && r['mode'] !== 'data' && typeof r['type'] === 'string') out.push({address: String(r['address']), type: r['type'], values: record(r['values']) ?? {}, node: r});
  }
  for (const child of Array.isArray(module['child_modules']) ? module['child_modules'] : []) collect(record(child), out, depth + 1);
}

/** address → the addresses its configuration refers to ("aws_lambda_function.worker"), per attribute. */
function references(root: Json): Map<string, Map<string, string[]>> {
  const out = new Map<string, Map<string, string[]>>();
  const walk = (module: Json | undefined, prefix: string, depth: number) => {
    if (!module || depth > 20) return;
    for (const resource of Array.isArray(module['resources']) ? module['resources'] : []) {
      const r = record(resource);
      if (!r) continue;
      const attributes = new Map<string, string[]>();
      for (const [name, expression] of Object.entries(record(r['expressions']) ?? {})) {
        const refs = record(expression)?.['references'];
        if (Array.isArray(refs)) attributes.set(name, refs.filter((ref): ref is string => typeof ref === 'string').map((ref) => prefix + ref));
      }
      out.set(prefix + String(r['address']), attributes);
    }
    for (const [name, call] of Object.entries(record(module['module_calls']) ?? {})) walk(record(record(call)?.['module']), `${prefix}module.${name}.`, depth + 1);
  };
  walk(record(record(root['configuration'])?.['root_module']), '', 0);
  return out;
}

export function parseTerraformPlan(yaml: YamlValue): Result<FunctionConfig[]> {
  const root = record(yaml.value);
  if (!root) return fail('A Terraform plan must be a JSON object.');
  const resources: PlanResource[] = [];
  collect(record(record(root['planned_values'])?.['root_module']) ?? record(record(root['values'])?.['root_module']), resources);
  const refs = references(root);
  const model: TerraformResource[] = resources.map((r) => {
    const location = yaml.locate(r.node);
    return {address: r.address, type: r.type, values: r.values, refs: refs.get(r.address) ?? refs.get(r.address.replace(/\[[^\]]*\]$/, '')) ?? new Map(), ...(location ? {location} : {})};
  });
  if (resources.length === 0 && !('planned_values' in root) && !('values' in root)) return fail(at(yaml.locate(root), 'This Terraform JSON has no planned_values; give the output of "terraform show -json plan.out".'));
  return ok(terraformFunctions(model));
}
