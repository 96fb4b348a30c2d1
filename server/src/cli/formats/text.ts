// The plain format: one line per finding, `file:line:col severity code message`, 1-based like compilers.
// File names and messages are made terminal-safe, so that each finding is exactly one line.
import type { Finding } from './finding';
import { terminalSafe } from './terminal';

export function formatText(findings: readonly Finding[]): string {
  return findings.map((f) => `${terminalSafe(f.file)}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.code} ${terminalSafe(f.message)}\n`).join('');
}
