// A table cell as the engine sees it: its declared figure (if any), its unit, precision and rounding,
// resolved from the most specific declaration (cell, row, column, table).
import * as I from '../numbers/interval';
import type { Interval } from '../numbers/interval';
import * as R from '../numbers/rational';
import type { Rational } from '../numbers/rational';
import { unitScale } from '../numbers/units';
import type { Unit } from '../numbers/units';
import type { CellSource, Column, DataRow, Rounding, Table } from '../model/types';

export interface Cell {
  readonly key: string;
  readonly table: Table;
  readonly row: DataRow;
  readonly column: Column;
  /** The year the figure is of: its column's (`år`), else, in a table whose rows are years, its row's. */
  readonly year?: number;
  readonly source?: CellSource;
  readonly unit?: Unit;
  /** Decimals the figure is printed with. */
  readonly decimals: number;
  /** How the figure was rounded, when the table says; otherwise the setting decides. */
  readonly rounding?: Rounding;
  /**
   * Whether the printed figure is exact: a point, not an interval. As the row, column or table says
   * (`exakt`), else a count (antal, st) printed without decimals and without a declared rounding is exact,
   * as a count is; everything else stands for the interval its last digit leaves.
   */
  readonly exact: boolean;
}

export type RoundingMode = 'närmaste' | 'trunkering';

function cellKey(tableId: string, rowId: string, columnId: string): string {
  return `${tableId}.${rowId}.${columnId}`;
}

/** Units that count things: their figures are whole numbers, exact unless a table says otherwise. */
function isCount(unit: Unit | undefined): boolean {
  return unit === 'antal' || unit === 'st';
}

export function makeCell(table: Table, row: DataRow, column: Column): Cell {
  const source = row.values.get(column.id);
  const own = source?.literal.kind === 'number' ? source.literal.ownDecimals : undefined;
  const declared = row.decimals ?? column.decimals ?? table.decimals;
  const literalDecimals = source?.literal.kind === 'number' ? source.literal.literalDecimals : 0;
  const unit = row.unit ?? column.unit ?? table.unit;
  const decimals = own ?? declared ?? literalDecimals;
  return {
    key: cellKey(table.id, row.id, column.id),
    table,
    row,
    column,
    year: column.year ?? row.year,
    source,
    unit,
    decimals,
    rounding: row.rounding ?? column.rounding ?? table.rounding,
    // A table that says how it rounded its figures (avrundning) rounded them: those are not exact.
    exact: row.exact ?? column.exact ?? table.exact ?? (isCount(unit) && decimals === 0 && (row.rounding ?? column.rounding ?? table.rounding) === undefined),
  };
}

/**
 * The interval, in base units, that a printed figure stands for. Round-to-nearest: ±½ unit of the last
 * decimal. Truncation: the figure is the lower (or, for negatives, upper) bound of one unit.
 */
export function declaredInterval(value: Rational, decimals: number, unit: Unit | undefined, mode: RoundingMode): Interval {
  const step = R.pow10(-decimals);
  let interval: Interval;
  if (mode === 'trunkering') {
    // Truncation leaves [v, v + step): the open end is approximated by a margin far below any printed
    // digit, so that a value exactly at the next step is not accepted.
    const open = R.mul(step, R.pow10(-9));
    const sign = R.cmp(value, R.ZERO);
    interval = sign > 0 ? I.make(value, R.sub(R.add(value, step), open))
      : sign < 0 ? I.make(R.add(R.sub(value, step), open), value)
        : I.make(R.add(R.neg(step), open), R.sub(step, open));
  } else {
    const half = R.div(step, R.fromInt(2));
    interval = I.make(R.sub(value, half), R.add(value, half));
  }
  return I.scale(interval, unitScale(unit));
}

/** The interval, in base units, of an exact figure: the point itself. */
export function exactInterval(value: Rational, unit: Unit | undefined): Interval {
  return I.scale(I.point(value), unitScale(unit));
}

/** Converts an interval in base units to the given display unit. */
export function toUnit(interval: Interval, unit: Unit | undefined): Interval {
  return I.scale(interval, R.div(R.ONE, unitScale(unit)));
}
