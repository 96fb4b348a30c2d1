// The report's tables as data: one record per cell, with what the printed page shows and what the checker
// knows about it (the interval a figure stands for, whether a check compares it). `regbrev render` writes
// it beside the page as tabeller.json and `regbrev export` prints it as JSON or CSV, so that a reviewer
// or ESV can take the figures out by machine.
//
// Each record is a fact as inline XBRL will want it, so that tagging the page later needs no change to
// the model: a stable id (the cell's key, unique in a report and an XML name), the period (the column's
// year), the unit with its power of ten (`scale`, as ix:nonFraction's attribute), the printed decimals
// (XBRL's `decimals` is decimals − scale), the exact value and the printed text the tag would wrap.
import type { ProjectAnalysis } from '../analyze';
import type { DataRow, Rounding, Table } from '../model/types';
import * as I from '../numbers/interval';
import type { Interval } from '../numbers/interval';
import * as R from '../numbers/rational';
import type { Rational } from '../numbers/rational';
import type { Unit } from '../numbers/units';
import type { Language, Location } from '../problems';
import { printedNumber } from '../model/labels';
import { typographic } from '../render/table';
import { toUnit } from '../tables/cells';
import type { Cell } from '../tables/cells';
import type { LocateFn } from '../tables/locate';
import { cellData } from './computedTables';
import type { ComputedCell } from './computedTables';

/** Which ends of an interval belong to it, in the usual notation: closed `[]`, half-open `[)` `(]`, open `()`. */
type Bounds = '[]' | '[)' | '(]' | '()';

interface FigureInterval {
  /** The lower end as a plain decimal in the cell's unit ("1574.55"). */
  readonly low: string;
  readonly high: string;
  readonly bounds: Bounds;
}

export interface FigureRecord {
  /** The cell's key, `<table>.<row>.<column>`: stable while the ids in the sources are. */
  readonly id: string;
  readonly table: string;
  /** The table's printed label without its full stop: "Tabell 1", "Not 3", "Figur 2"; empty for none. */
  readonly tableLabel: string;
  readonly tableTitle?: string;
  /** False for a table kept only to check relations (`tryckt: false`): its figures stand in the text. */
  readonly tablePrinted: boolean;
  /** The standard form the table follows (`resultaträkning`, …), which names the row as a post. */
  readonly form?: string;
  readonly row: string;
  readonly rowHeading?: string;
  /** The heading row above the row, when the table is grouped. */
  readonly group?: string;
  readonly column: string;
  readonly columnHeading: string;
  /** The period of the figure: its column's year (`år`), or its row's in a table whose rows are years. */
  readonly year?: number;
  /**
   * `declared` a figure the source prints, `computed` a figure the report prints computed from a formula
   * because the source leaves it out, `text` a text cell, `empty` an empty mark, `missing` no value at all.
   */
  readonly kind: ComputedCell['kind'];
  /** The cell as the report prints it: Swedish figures with a true minus sign and no-break spaces. */
  readonly printed: string;
  /** The figure as a plain decimal in its unit ("-3.7"), for declared and computed figures. */
  readonly value?: string;
  readonly unit?: Unit;
  /** The power of ten from the unit to its base unit: 3 for tkr, 6 for mnkr, −2 for %, 0 otherwise. */
  readonly scale?: number;
  /** The decimals the figure is printed with. */
  readonly decimals?: number;
  /** How the figure was rounded: the table's `avrundning`, or the setting when the table says nothing. */
  readonly rounding?: Rounding;
  /** The interval the figure stands for (declared) or the formula gives (computed), in its unit. */
  readonly interval?: FigureInterval;
  /** True for a declared figure that some check compares: a formula, a form's identity, the letter. */
  readonly checked: boolean;
  /** For a checked figure: false when a formula that applies to it disagrees; absent for figures no check compares. */
  readonly consistent?: boolean;
  /** Why the figure has no counterpart in the report, as its row, column or table says (`fristående`). */
  readonly standalone?: string;
  /** True for a figure of an earlier year that its row, column or table says was restated since last year's report (`omräknad`). */
  readonly restated?: boolean;
  /** Where the cell (or, for a computed cell, its row) stands in the sources. */
  readonly location?: Location;
}

interface FigureSummary {
  readonly tables: number;
  readonly cells: number;
  /** Declared figures: the figures the sources print. */
  readonly figures: number;
  readonly computed: number;
  /** Declared figures that some check compares; the same count as the preview's captions add up to. */
  readonly checked: number;
  readonly inconsistent: number;
}

export interface FigureExport {
  readonly manifestUri: string;
  readonly requirementSetUri?: string;
  readonly agency?: string;
  readonly year?: number;
  readonly summary: FigureSummary;
  readonly cells: readonly FigureRecord[];
}

/** The base-ten exponent of a unit's scale: 10^3 for tkr, 10^-2 for %. */
function scaleOf(unit: Unit | undefined): number {
  return ({ tkr: 3, mnkr: 6, mdkr: 9, '%': -2 } as Partial<Record<Unit, number>>)[unit as Unit] ?? 0;
}

/** The fewest decimals (up to `max`) that write `r` exactly, or undefined when it needs more. */
function exactDecimals(r: Rational, max: number): number | undefined {
  for (let d = 0; d <= max; d++) if (R.cmp(R.floorTo(r, d), r) === 0) return d;
  return undefined;
}

/** A plain decimal: exact when `max` decimals suffice, else rounded outward in the given direction. */
function decimal(r: Rational, max: number, outward: 'down' | 'up'): string {
  const exact = exactDecimals(r, max);
  if (exact !== undefined) return R.toFixed(r, exact);
  return R.toFixed(outward === 'down' ? R.floorTo(r, max) : R.ceilTo(r, max), max);
}

/**
 * The interval a printed figure stands for, exactly, in its unit: ±½ of the last decimal when rounded to
 * nearest, one step from the figure towards larger magnitudes when truncated (open at the far end).
 */
function declaredInterval(value: Rational, decimals: number, mode: 'närmaste' | 'trunkering'): FigureInterval {
  const step = R.pow10(-decimals);
  const text = (r: Rational) => decimal(r, decimals + 1, 'down');
  if (mode === 'närmaste') {
    const half = R.div(step, R.fromInt(2));
    return { low: text(R.sub(value, half)), high: text(R.add(value, half)), bounds: '[]' };
  }
  const sign = R.cmp(value, R.ZERO);
  if (sign > 0) return { low: text(value), high: text(R.add(value, step)), bounds: '[)' };
  if (sign < 0) return { low: text(R.sub(value, step)), high: text(value), bounds: '(]' };
  return { low: text(R.neg(step)), high: text(step), bounds: '()' };
}

/** A formula's result in the cell's unit, closed, written with a few decimals beyond the figure's. */
function computedInterval(interval: Interval, cell: Cell): FigureInterval {
  const shown = toUnit(interval, cell.unit);
  const max = Math.max(cell.decimals, 0) + 4;
  return { low: decimal(shown.lo, max, 'down'), high: decimal(shown.hi, max, 'up'), bounds: '[]' };
}

function groupsOf(table: Table): Map<DataRow, string> {
  const groups = new Map<DataRow, string>();
  let heading: string | undefined;
  for (const row of table.rows) {
    if (row.kind === 'heading') heading = row.text || undefined;
    else if (heading !== undefined) groups.set(row, heading);
  }
  return groups;
}

function record(pa: ProjectAnalysis, table: Table, row: DataRow, cell: Cell, data: ComputedCell, group: string | undefined, label: string): FigureRecord {
  const figure = data.kind === 'declared' || data.kind === 'computed';
  let value: string | undefined;
  let interval: FigureInterval | undefined;
  const lit = cell.source?.literal;
  if (data.kind === 'declared' && lit?.kind === 'number') {
    value = R.toFixed(lit.value, Math.max(cell.decimals, lit.literalDecimals, 0));
    const mode = cell.rounding === 'trunkering' || cell.rounding === 'närmaste' ? cell.rounding : pa.engine.roundingMode;
    // An exact figure (a count) is the point itself.
    interval = cell.exact
      ? { low: decimal(lit.value, cell.decimals, 'down'), high: decimal(lit.value, cell.decimals, 'down'), bounds: '[]' }
      : declaredInterval(lit.value, cell.decimals, mode);
  } else if (data.kind === 'computed') {
    const v = pa.engine.valueOf(cell);
    if (v.kind === 'number') {
      value = R.toFixed(R.roundTo(I.midpoint(toUnit(v.interval, cell.unit)), cell.decimals), Math.max(cell.decimals, 0));
      interval = computedInterval(v.interval, cell);
    }
  }
  const at = data.location;
  return {
    id: cell.key,
    table: table.id,
    tableLabel: label,
    tableTitle: table.rubrik,
    tablePrinted: table.printed,
    form: table.form,
    row: row.id,
    rowHeading: row.rubrik,
    group,
    column: cell.column.id,
    columnHeading: cell.column.rubrik ?? cell.column.id,
    year: cell.year,
    kind: data.kind,
    printed: figure ? typographic(data.text) : data.text || (data.kind === 'text' ? '' : '–'),
    value,
    unit: cell.unit,
    scale: figure ? scaleOf(cell.unit) : undefined,
    decimals: figure ? cell.decimals : undefined,
    rounding: figure ? cell.rounding ?? pa.engine.roundingMode : undefined,
    interval,
    checked: data.checked,
    consistent: data.kind === 'declared' && data.checked ? !data.mismatch : undefined,
    standalone: row.standalone ?? cell.column.standalone ?? table.standalone,
    restated: cell.year !== undefined && pa.project.manifest.year !== undefined && cell.year < pa.project.manifest.year
      && (row.restated || cell.column.restated || table.restated) ? true : undefined,
    location: at ? { uri: at.uri, range: { start: at.start, end: at.end } } : undefined,
  };
}

/**
 * Every cell of every table of the report, in report order (tables, rows, columns as the sources give
 * them), with counts. Pure; figures print in Swedish format whatever `language` the labels are in.
 */
export function reportFigures(pa: ProjectAnalysis, locate: LocateFn, language: Language): FigureExport {
  const cells: FigureRecord[] = [];
  for (const table of pa.project.tables) {
    const groups = groupsOf(table);
    const label = printedNumber(table, language) ?? '';
    for (const row of table.dataRows) {
      const rowAt = locate.origin(row.origin);
      for (const column of table.columns) {
        const cell = pa.index.cell(table, row, column);
        const data = cellData(pa, cell, locate, 'sv');
        const rec = record(pa, table, row, cell, data, groups.get(row), label);
        cells.push(rec.location ? rec : { ...rec, location: rowAt });
      }
    }
  }
  const count = (p: (r: FigureRecord) => boolean) => cells.filter(p).length;
  return {
    manifestUri: pa.project.manifest.uri,
    requirementSetUri: pa.project.requirementSet ? pa.project.requirementSetUri : undefined,
    agency: pa.project.manifest.myndighet,
    year: pa.project.manifest.year,
    summary: {
      tables: pa.project.tables.length,
      cells: cells.length,
      figures: count((r) => r.kind === 'declared'),
      computed: count((r) => r.kind === 'computed'),
      checked: count((r) => r.checked),
      inconsistent: count((r) => r.consistent === false),
    },
    cells,
  };
}
