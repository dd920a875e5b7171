/** `--usage-template`: a usage file with every key the template's resources read, one comment per key. */
import type {Design, DesignResource} from './readDesign.ts';
import {usageKeysFor} from './usageKeys.ts';
import {DATA_TRANSFER_USAGE_KEYS} from '../pricing/services/dataTransfer.ts';

/** The key each edge-fed kind takes from the functions it invokes (see flowTraffic.ts). */
const EDGE_KEYS: Readonly<Record<string, string>> = {queue: 'monthly_requests', topic: 'monthly_requests', bucket: 'standard.monthly_tier_1_requests', eventBus: 'monthly_custom_events'};

const edgeComment = (resource: DesignResource) => `default: a lower bound from ${(resource.triggers ?? []).map((edge) => edge.function).join(' + ')} (the functions it invokes; the estimate prints the rule)`;

export function usageTemplate(design: Design): string {
  const out = [
    '# Usage for `lambda-lab estimate template --usage <this file>` (infracost usage-file format).',
    '# Every value is 0: replace each with your monthly figure. A key you delete is listed as "needs <key>"',
    '# in the estimate, never priced as $0. Keys that are commented out have a default (see the comment).',
    'version: 0.1',
    'resource_usage:',
  ];
  for (const resource of design.resources) {
    const specs = usageKeysFor(resource, design);
    if (!specs || specs.length === 0) continue;
    out.push(`  ${resource.id}: # ${resource.type}`);
    let parent = '';
    for (const spec of specs) {
      const dot = spec.key.indexOf('.');
      const flows = spec.key === 'monthly_requests' && resource.kind !== 'function' && (resource.functions?.length ?? 0) > 0;
      const optional = /\(optional|default/.test(spec.description);
      const edge = EDGE_KEYS[resource.kind ?? ''] === spec.key && (resource.triggers?.length ?? 0) > 0;
      if (dot > 0) {
        const group = spec.key.slice(0, dot);
        const commented = (key: string, description: string) => /\(optional|default/.test(description) || (EDGE_KEYS[resource.kind ?? ''] === key && (resource.triggers?.length ?? 0) > 0);
        // A group whose keys are all commented out is commented too: a bare `group:` would read as an empty value.
        const groupHash = specs.filter((entry) => entry.key.startsWith(`${group}.`)).every((entry) => commented(entry.key, entry.description)) ? '# ' : '';
        if (group !== parent) out.push(`    ${groupHash}${group}:`);
        parent = group;
        out.push(`      ${commented(spec.key, spec.description) ? '# ' : ''}${spec.key.slice(dot + 1)}: 0 # ${edge ? edgeComment(resource) : spec.description}`);
        continue;
      }
      if (edge) out.push(`    # ${spec.key}: 0 # ${edgeComment(resource)}`);
      else if (flows) out.push(`    # ${spec.key}: 0 # default: the monthly_requests of ${resource.functions!.join(' + ')} (events routed through this API)`);
      else if (optional) out.push(`    # ${spec.key}: 0 # ${spec.description}`);
      else out.push(`    ${spec.key}: 0 # ${spec.description}`);
    }
  }
  out.push('  # data_transfer: # account-level data transfer (optional)');
  for (const spec of DATA_TRANSFER_USAGE_KEYS) out.push(`  #   ${spec.key}: 0 # ${spec.description}`);
  return `${out.join('\n')}\n`;
}
