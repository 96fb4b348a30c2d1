// What the binder or the engine met in a formula, as a finding: on the exact part of the formula, or, in
// an identity of a built-in form (which lives in no file), on the figure the identity checks.
import type { Finding } from '../findings';
import type { EngineIssue } from './bound';
import type { TableIndex } from './resolve';

export function issueFinding(issue: EngineIssue, index: TableIndex): Finding | undefined {
  if (!issue.source.origin.uri.startsWith('regbrev:')) {
    return { code: issue.code, at: { origin: issue.source.origin, span: issue.span }, message: issue.message };
  }
  const at = issue.at;
  if (!at) return undefined;
  const cell = index.cell(at.table, at.row, at.column);
  return {
    code: issue.code,
    at: { origin: cell.source ? cell.source.origin : at.row.origin },
    message: {
      sv: `${cell.key} (${at.table.form}: ${issue.source.parsed.text}): ${issue.message.sv}`,
      en: `${cell.key} (${at.table.form}: ${issue.source.parsed.text}): ${issue.message.en}`,
    },
  };
}
