// excess-digits: a figure written with more non-zero decimals than its table declares; it would be
// printed rounded, and its interval would be wrong (XBRL calc11e:excessDigits). A table is judged by
// itself, once while it is unchanged.
import type { Finding } from '../findings';
import type { Table } from '../model/types';
import * as R from '../numbers/rational';
import { cellLabel } from '../tables/describe';
import type { TableIndex } from '../tables/resolve';
import { findingsOf } from './memo';
import { defineRule } from './unit';

type ExcessDigits = Finding & { readonly code: 'excess-digits' };

function inTable(t: Table, index: TableIndex): ExcessDigits[] {
  const out: ExcessDigits[] = [];
  for (const r of t.dataRows) {
    for (const c of t.columns) {
      const cell = index.cell(t, r, c);
      const lit = cell.source?.literal;
      if (lit?.kind !== 'number' || lit.ownDecimals !== undefined || lit.literalDecimals <= cell.decimals) continue;
      if (R.cmp(R.roundTo(lit.value, cell.decimals), lit.value) === 0) continue;
      const label = cellLabel(cell);
      out.push({
        code: 'excess-digits',
        at: { origin: cell.source!.origin },
        message: {
          sv: `${label.sv}: värdet har fler decimaler än de ${cell.decimals} som tabellen anger.`,
          en: `${label.en}: the value has more decimals than the ${cell.decimals} the table declares.`,
        },
      });
    }
  }
  return out;
}

export const excessDigits = defineRule({
  name: 'excessDigits',
  codes: {
    'excess-digits': {
      severity: 'warning',
      title: { sv: 'Fler decimaler än tabellen anger', en: 'More digits than the declared decimals' },
      summary: 'A number has more decimals than the table prints.',
    },
  },
  report({ project, index }, out) {
    for (const t of project.tables) {
      if (index.tables.get(t.id) !== t) continue;
      for (const f of findingsOf('excessDigits', t, () => inTable(t, index))) out.place(f);
    }
  },
});
