// schema: a file breaks its kind's JSON Schema (schemas/*.json): a key is unknown or missing, a value
// has the wrong type or is not allowed. Also what the schema cannot say: a row with more values than its
// table has columns, and a chart that cannot be drawn (no year columns, two columns of one year, rows of
// different units), which the renderer leaves out for the same reasons (charts/declared.ts).
import type { Finding } from '../findings';
import type { Table } from '../model/types';
import { findingsOf } from './memo';
import { defineRule } from './unit';

/**
 * Values of a table's rows beyond its columns, and rows that say a year (`år`) in a table whose columns are
 * years: a figure has one year, and there the column's is the one that counts.
 */
function rowProblems(t: Table): (Finding & { readonly code: 'schema' })[] {
  const yearColumn = t.columns.find((c) => c.year !== undefined);
  const rowYears = yearColumn ? t.dataRows.filter((r) => r.year !== undefined).map((r) => ({
    code: 'schema' as const,
    at: { origin: { uri: r.origin.uri, ptr: `${r.origin.ptr}/år` }, target: 'key' as const },
    message: {
      sv: `Raden anger år, men kolumnerna i tabellen ${t.id} är år (${yearColumn.id}: ${yearColumn.year}); en siffra har ett år, kolumnens. Skriv år på raderna bara i en tabell vars kolumner inte är år.`,
      en: `The row says a year, but the columns of table ${t.id} are years (${yearColumn.id}: ${yearColumn.year}); a figure has one year, its column's. Write år on the rows only in a table whose columns are not years.`,
    },
  })) : [];
  return [...rowYears, ...t.dataRows.flatMap((r) => r.strays.filter((s) => s.column === undefined).map((s) => ({
    code: 'schema' as const,
    at: { origin: s.origin },
    message: {
      sv: `Raden har fler värden än tabellen ${t.id} har kolumner (${t.columns.length}).`,
      en: `The row has more values than table ${t.id} has columns (${t.columns.length}).`,
    },
  })))];
}

export const schema = defineRule({
  name: 'schema',
  codes: {
    schema: {
      severity: 'error',
      title: { sv: 'Bryter mot schemat', en: 'Schema violation' },
      summary: 'A key is unknown or missing, a value has the wrong type or is not allowed, a row has more values than its table has columns, or a row says a year in a table whose columns are years.',
    },
  },
  file(file, out) {
    for (const p of file.schemaProblems) out.draft(p);
  },
  report({ project, locate, chartOf }, out) {
    for (const t of project.tables) {
      for (const f of findingsOf('schema', t, () => rowProblems(t))) out.place(f);
      if (!t.chart) continue;
      for (const issue of chartOf(t).issues) {
        if (issue.code === 'schema') out.report('schema', locate.origin(issue.origin, issue.target), issue.message);
      }
    }
  },
});
