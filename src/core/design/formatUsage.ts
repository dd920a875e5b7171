/** Writes usage values back as an infracost usage file (the site's usage form edits values, not text). */
export function formatUsage(values: Readonly<Record<string, Readonly<Record<string, number>>>>): string {
  const out = ['version: 0.1', 'resource_usage:'];
  for (const [id, keys] of Object.entries(values)) {
    const entries = Object.entries(keys);
    if (entries.length === 0) continue;
    out.push(`  ${id}:`);
    let group = '';
    for (const [key, value] of entries) {
      const dot = key.indexOf('.');
      if (dot > 0) {
        if (key.slice(0, dot) !== group) out.push(`    ${key.slice(0, dot)}:`);
        group = key.slice(0, dot);
        out.push(`      ${key.slice(dot + 1)}: ${value}`);
      } else out.push(`    ${key}: ${value}`);
    }
  }
  return `${out.join('\n')}\n`;
}
