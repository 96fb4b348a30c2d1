// GitHub Actions workflow commands: each finding becomes an annotation on the file and line in the pull
// request. Values are escaped as the runner requires (% \r \n in the message; also : and , in the
// properties), or an annotation with a comma in its path would be cut short. File names and messages are
// made terminal-safe first, since the runner prints them in the log: the only line breaks left are the
// ones between a message and its related locations, which the runner shows as lines of one annotation.
import type { Severity } from '../../service/index';
import type { Finding } from './finding';
import { terminalSafe } from './terminal';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const props = [
        `file=${escapeProperty(terminalSafe(f.file))}`,
        `line=${f.range.start.line + 1}`,
        `col=${f.range.start.character + 1}`,
        `endLine=${f.range.end.line + 1}`,
        `endColumn=${f.range.end.character + 1}`,
        `title=${escapeProperty(f.code)}`,
      ].join(',');
      const message = [terminalSafe(f.message), ...f.related.map((r) => `↳ ${terminalSafe(r.file)}:${r.line + 1}:${r.character + 1} ${terminalSafe(r.message)}`)].join('\n');
      return `::${COMMAND[f.severity]} ${props}::${escapeData(message)}\n`;
    })
    .join('');
}
