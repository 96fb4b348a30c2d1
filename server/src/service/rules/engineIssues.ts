// unknown-reference, formula-error and calc-undefined findings that the engine met while the rules above
// evaluated formulas of their own (outcomes), placed on the exact part of the formula. Those met while the
// tables were evaluated come with the evaluation (tables/components.ts).
import type { Problem } from '../problems';
import { problem } from './context';
import type { ProjectRule } from './context';

export const engineIssues: ProjectRule = ({ engine, locate, issuesBefore }) => {
  const out: Problem[] = [];
  for (const issue of engine.issues.slice(issuesBefore)) {
    if (issue.source.origin.uri.startsWith('regbrev:')) {
      // Identities of the built-in forms live in no file: an issue there stands on the figure checked.
      const at = issue.at;
      if (!at) continue;
      const cell = engine.index.cell(at.table, at.row, at.column);
      const where = cell.source ? locate.origin(cell.source.origin) : locate.origin(at.row.origin);
      out.push(problem(issue.code, where, {
        sv: `${cell.key} (${at.table.form}: ${issue.source.parsed.text}): ${issue.message.sv}`,
        en: `${cell.key} (${at.table.form}: ${issue.source.parsed.text}): ${issue.message.en}`,
      }));
      continue;
    }
    out.push(problem(issue.code, locate.span(issue.source.origin, issue.span), issue.message));
  }
  return out;
};
