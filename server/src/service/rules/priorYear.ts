// prior-year: the columns of earlier years repeat what earlier reports printed. When the workspace holds
// the agency's report for the year before (same agency, räkenskapsår one less: both folders checked
// together, or both open in the editor), every figure of an earlier year that it also printed, in the same
// table (by id, or the table's `föregående`), row and year, must read the same (the year is the column's, or
// the row's in a table whose rows are years), unless the row, column or
// table says it was restated (`omräknad`). Figures in another unit or precision are compared as intervals.
import * as I from '../numbers/interval';
import * as R from '../numbers/rational';
import type { Column, Table } from '../model/types';
import type { Project } from '../project';
import { declaredInterval, makeCell } from '../tables/cells';
import { cellLabel, printedBoth } from '../tables/describe';
import { rowOf } from '../tables/resolve';
import { defineRule } from './unit';

/** The report of the year before, for the same agency, among the workspace's annual reports. */
function previousOf(p: Project, all: readonly Project[]): Project | undefined {
  const { myndighet, year } = p.manifest;
  if (year === undefined || p.manifest.kind !== 'årsredovisning') return undefined;
  const norm = (s: string | undefined) => s?.trim().toLowerCase();
  return all.find((q) => q !== p && q.manifest.kind === 'årsredovisning' && q.manifest.year === year - 1 && norm(q.manifest.myndighet) === norm(myndighet));
}

/**
 * The column of last year's table that holds the same figures: for a column of a year, the one with its id
 * and year, else the one column of that year; for a column of no year (a table whose rows are years), the
 * one with its id and no year.
 */
function sameColumn(old: Table, c: Column): Column | undefined {
  if (c.year === undefined) return old.columns.find((x) => x.id === c.id && x.year === undefined);
  const ofYear = old.columns.filter((x) => x.year === c.year);
  return ofYear.find((x) => x.id === c.id) ?? (ofYear.length === 1 ? ofYear[0] : undefined);
}

export const priorYear = defineRule({
  name: 'priorYear',
  codes: {
    'prior-year': {
      severity: 'error',
      title: { sv: 'Annan siffra än i fjolårets årsredovisning', en: 'Differs from last year’s report' },
      summary: 'A figure of an earlier year differs from what the previous year’s report printed, and is not declared restated (omräknad).',
    },
  },
  workspace({ projects, locate }, out) {
    for (const p of projects) {
      const q = previousOf(p, projects);
      if (!q) continue;
      const before = new Map<string, Table>();
      for (const t of q.tables) if (!before.has(t.id)) before.set(t.id, t);
      for (const t of p.tables) {
        const old = before.get(t.previousId ?? t.id);
        if (!old) continue;
        for (const c of t.columns) {
          const oldColumn = sameColumn(old, c);
          if (!oldColumn) continue;
          for (const r of t.dataRows) {
            const year = c.year ?? r.year;
            if (year === undefined || year > q.manifest.year!) continue;
            const oldRow = rowOf(old, r.id);
            // A row of a year must be the same year's row there too (ids such as leveranssäkra_2022).
            if (!oldRow || (c.year === undefined && oldRow.year !== r.year)) continue;
            if (r.restated || c.restated || t.restated) continue;
            const cell = makeCell(t, r, c);
            const was = makeCell(old, oldRow, oldColumn);
            const now = cell.source?.literal;
            const then = was.source?.literal;
            if (now?.kind !== 'number' || then?.kind !== 'number') continue;
            out.checked(cell);
            const same = cell.unit === was.unit && cell.decimals === was.decimals
              ? R.cmp(now.value, then.value) === 0
              : I.overlaps(declaredInterval(now.value, cell.decimals, cell.unit, 'närmaste'), declaredInterval(then.value, was.decimals, was.unit, 'närmaste'));
            if (same) continue;
            const label = cellLabel(cell);
            const oldLabel = cellLabel(was);
            const a = printedBoth(cell);
            const b = printedBoth(was);
            out.report('prior-year', locate.origin(cell.source!.origin), {
              sv: `${label.sv}: tryckt ${a.sv}, men årsredovisningen för ${q.manifest.year} tryckte ${b.sv} (${oldLabel.sv}). Har siffran räknats om, skriv omräknad: true och förklara i en not.`,
              en: `${label.en}: printed ${a.en}, but the report for ${q.manifest.year} printed ${b.en} (${oldLabel.en}). If the figure was restated, write omräknad: true and explain it in a note.`,
            }, [{ ...locate.origin(was.source!.origin), message: { sv: `fjolårets siffra: ${b.sv}`, en: `last year's figure: ${b.en}` } }]);
          }
        }
      }
    }
  },
});
