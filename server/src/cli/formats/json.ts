// The JSON format: one array of findings with 0-based positions, as the LSP counts them. Related
// locations are added only where a finding has some, so that the documented shape stays as it was.
import type { Finding } from './finding';

export function formatJson(findings: readonly Finding[]): string {
  const out = findings.map((f) => ({
    file: f.file,
    range: f.range,
    severity: f.severity,
    code: f.code,
    message: f.message,
    ...(f.related.length > 0 ? { related: f.related.map((r) => ({ file: r.file, range: r.range, message: r.message })) } : {}),
  }));
  return `${JSON.stringify(out, null, 2)}\n`;
}
