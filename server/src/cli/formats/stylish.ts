// The grouped format for people: the findings of each file under its name, in aligned columns
// (position, severity, rule code, message), related locations indented below, and a summary line. File
// names and messages are made terminal-safe: the only escape sequences printed are the format's colours.
import type { Finding, FormatContext } from './finding';
import { lineCol } from './finding';
import { paint } from './color';
import { countSeverities, SEVERITY_LABEL, summaryLine } from './summary';
import { terminalSafe } from './terminal';

export function formatStylish(findings: readonly Finding[], ctx: FormatContext): string {
  const p = paint(ctx.color);
  const labels = SEVERITY_LABEL[ctx.language];
  const colour = { error: p.red, warning: p.yellow, info: p.blue };
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  // Columns are aligned across the whole output, so that a long report reads as one table.
  const posWidth = Math.max(0, ...findings.map((f) => lineCol(f.range.start).length));
  const sevWidth = Math.max(0, ...findings.map((f) => labels[f.severity].length));
  const codeWidth = Math.max(0, ...findings.map((f) => f.code.length));
  const indent = ' '.repeat(2 + posWidth + 2 + sevWidth + 2 + codeWidth + 2);
  let out = '';
  for (const [file, list] of byFile) {
    out += `${p.underline(terminalSafe(file))}\n`;
    for (const f of list) {
      const pos = p.dim(lineCol(f.range.start).padEnd(posWidth));
      const sev = colour[f.severity](labels[f.severity].padEnd(sevWidth));
      const code = p.dim(f.code.padEnd(codeWidth));
      out += `  ${pos}  ${sev}  ${code}  ${terminalSafe(f.message)}\n`;
      for (const r of f.related) out += `${indent}${p.dim(`↳ ${terminalSafe(r.file)}:${r.line + 1}:${r.character + 1}`)} ${terminalSafe(r.message)}\n`;
    }
    out += '\n';
  }
  const counts = countSeverities(findings);
  const symbol = counts.error > 0 ? p.red('✖') : counts.warning > 0 ? p.yellow('⚠') : p.green('✔');
  const line = summaryLine(counts, ctx.files.length, ctx.language);
  out += `${symbol} ${counts.error > 0 ? p.bold(line) : line}\n`;
  return out;
}
