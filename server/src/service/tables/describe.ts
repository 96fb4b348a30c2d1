// Names cells and figures in messages the way a reader of the printed report would find them.
import * as R from '../numbers/rational';
import type { Language, Message } from '../problems';
import { tableLabel } from '../model/labels';
import type { Cell } from './cells';
import type { Value } from './engine';
import { toUnit } from './cells';
import { formatInterval, formatNumber } from './format';

/** "Tabell 1 (T1), ”Resultat”, 2023" — the table, the row's heading and the column's heading. */
export function cellLabel(cell: Cell): Message {
  const t = tableLabel(cell.table);
  const row = cell.row.rubrik ?? cell.row.id;
  const col = cell.column.rubrik ?? cell.column.id;
  return { sv: `${t.sv}, ”${row}”, ${col}`, en: `${t.en}, "${row}", ${col}` };
}

export function unitText(cell: Cell): string {
  return cell.unit && cell.unit !== 'text' && cell.unit !== 'antal' ? ` ${cell.unit}` : '';
}

/** A value in the cell's own unit and precision, e.g. "1 574,6 mnkr" or "[1 574,55; 1 574,65]". */
export function valueText(value: Value, cell: Cell, extraDecimals = 1): Message {
  if (value.kind === 'number') {
    const shown = toUnit(value.interval, cell.unit);
    const d = cell.decimals + extraDecimals;
    // A value computed from exact figures is a point: it is written as the figure it is, when it has no
    // more decimals than the cell prints.
    const point = R.cmp(shown.lo, shown.hi) === 0 && R.cmp(R.roundTo(shown.lo, cell.decimals), shown.lo) === 0;
    if (point) return { sv: formatNumber(shown.lo, cell.decimals, 'sv') + unitText(cell), en: formatNumber(shown.lo, cell.decimals, 'en') + unitText(cell) };
    return { sv: formatInterval(shown, d, 'sv') + unitText(cell), en: formatInterval(shown, d, 'en') + unitText(cell) };
  }
  if (value.kind === 'text') return { sv: `”${value.text}”`, en: `"${value.text}"` };
  return { sv: 'tom', en: 'empty' };
}

/** The figure as the table prints it, in the language's number format. */
function printed(cell: Cell, language: Language = 'sv'): string {
  const lit = cell.source?.literal;
  if (!lit || lit.kind === 'empty') return '–';
  if (lit.kind === 'text') return lit.text;
  return formatNumber(lit.value, Math.max(cell.decimals, lit.literalDecimals), language);
}

/** The printed figure with its unit, in both languages. */
export function printedBoth(cell: Cell): Message {
  return { sv: printed(cell, 'sv') + unitText(cell), en: printed(cell, 'en') + unitText(cell) };
}
