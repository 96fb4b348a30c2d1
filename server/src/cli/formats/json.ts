// The JSON format: one array of findings with 0-based positions, as the LSP counts them.
import type { Finding } from './finding';

export function formatJson(findings: readonly Finding[]): string {
  return `${JSON.stringify(findings.map((f) => ({ file: f.file, range: f.range, severity: f.severity, code: f.code, message: f.message })), null, 2)}\n`;
}
