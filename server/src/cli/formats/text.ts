// The plain format: one line per finding, `file:line:col severity code message`, 1-based like compilers.
import type { Finding } from './finding';

export function formatText(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.file}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.code} ${f.message}\n`).join('');
}
