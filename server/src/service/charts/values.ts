// The values a chart draws: exact figures with the decimals to print them with, taken from table cells the
// way the computed tables show them, so that a chart never says something its table does not.
import * as I from '../numbers/interval';
import * as R from '../numbers/rational';
import type { Rational } from '../numbers/rational';
import { isMoney, unitScale } from '../numbers/units';
import type { Unit } from '../numbers/units';
import type { Cell } from '../tables/cells';
import type { Engine } from '../tables/engine';

export interface ChartValue {
  /** The value in the chart's unit, exact, for the text alternative and the labels. */
  readonly exact: Rational;
  /** The decimals it is printed with. */
  readonly decimals: number;
}

/** The fewest decimals (up to `max`) that print a value exactly, or `max` when none does. */
export function exactDecimals(value: Rational, max = 4): number {
  for (let d = 0; d < max; d++) if (R.cmp(R.roundTo(value, d), value) === 0) return d;
  return max;
}

/**
 * Whether figures in one unit can be shown in another: the same unit, two money units (converted through
 * kronor), or two units without a scale (antal, index, …). A share in % and a count are never the same.
 */
export function compatibleUnits(a: Unit | undefined, b: Unit | undefined): boolean {
  if (a === b) return a !== 'text';
  if (a === 'text' || b === 'text') return false;
  if (isMoney(a) || isMoney(b)) return isMoney(a) && isMoney(b);
  return unitScale(a).n === 1n && unitScale(a).d === 1n && unitScale(b).n === 1n && unitScale(b).d === 1n;
}

/**
 * A cell's value in `unit`: its printed figure as written, or the value its formula computes, rounded to
 * the cell's decimals as the table prints it. Undefined for an empty, text or missing cell.
 */
export function cellValue(engine: Engine, cell: Cell, unit: Unit | undefined): ChartValue | undefined {
  const value = engine.valueOf(cell);
  if (value.kind !== 'number') return undefined;
  const lit = cell.source?.literal;
  if (cell.unit === unit) {
    if (lit?.kind === 'number') return { exact: lit.value, decimals: Math.max(cell.decimals, lit.literalDecimals) };
    const shown = R.div(I.midpoint(value.interval), unitScale(unit));
    return { exact: R.roundTo(shown, cell.decimals), decimals: cell.decimals };
  }
  // Another unit (tkr shown as mnkr): the figure is converted exactly and printed with as many decimals
  // as that takes, so that nothing is rounded twice.
  const shown = R.div(I.midpoint(value.interval), unitScale(unit));
  return { exact: shown, decimals: exactDecimals(shown) };
}
