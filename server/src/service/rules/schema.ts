// schema: a file breaks its kind's JSON Schema (schemas/*.json): a key is unknown or missing, a value
// has the wrong type or is not allowed. Also what the schema cannot say: a row with more values than its
// table has columns, and a chart that cannot be drawn (no year columns, two columns of one year, rows of
// different units), which the renderer leaves out for the same reasons (charts/declared.ts).
import type { Finding } from '../findings';
import type { Table } from '../model/types';
import { findingsOf } from './memo';
import { defineRule } from './unit';

/** Values of a table's rows beyond its columns. */
function straysOf(t: Table): (Finding & { readonly code: 'schema' })[] {
  return t.dataRows.flatMap((r) => r.strays.filter((s) => s.column === undefined).map((s) => ({
    code: 'schema' as const,
    at: { origin: s.origin },
    message: {
      sv: `Raden har fler värden än tabellen ${t.id} har kolumner (${t.columns.length}).`,
      en: `The row has more values than table ${t.id} has columns (${t.columns.length}).`,
    },
  })));
}

export const schema = defineRule({
  name: 'schema',
  codes: {
    schema: {
      severity: 'error',
      title: { sv: 'Bryter mot schemat', en: 'Schema violation' },
      summary: 'A key is unknown or missing, a value has the wrong type or is not allowed, or a row has more values than its table has columns.',
    },
  },
  file(file, out) {
    for (const p of file.schemaProblems) out.draft(p);
  },
  report({ project, locate, chartOf }, out) {
    for (const t of project.tables) {
      for (const f of findingsOf('schema', t, () => straysOf(t))) out.place(f);
      if (!t.chart) continue;
      for (const issue of chartOf(t).issues) {
        if (issue.code === 'schema') out.report('schema', locate.origin(issue.origin, issue.target), issue.message);
      }
    }
  },
});
