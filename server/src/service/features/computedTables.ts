// The computed tables of a report, as the preview, the rendered report and hovers show them: every cell's
// printed figure or computed value, the formulas that apply to it with their results, and where it stands
// in the sources. Plain data, so that it crosses the LSP boundary as JSON.
import type { ProjectAnalysis } from '../analyze';
import * as I from '../numbers/interval';
import * as R from '../numbers/rational';
import type { Table } from '../model/types';
import { formulaHolds } from '../tables/check';
import { toUnit } from '../tables/cells';
import type { Cell } from '../tables/cells';
import { tableCaption, tableLabel } from '../model/labels';
import type { Caption } from '../model/labels';
import { formatInterval, formatNumber } from '../tables/format';
import type { LocateFn } from '../tables/locate';
import type { Language } from '../problems';

interface ComputedFormula {
  readonly text: string;
  /** 'author' for the table's own formulas, 'form' for identities of a standard form. */
  readonly kind: 'author' | 'form';
  /** The computed interval in the cell's unit, when the formula could be evaluated. */
  readonly interval?: string;
  readonly consistent?: boolean;
}

export interface ComputedCell {
  readonly key: string;
  readonly column: string;
  /** What the cell prints: the figure as written, or the computed value when the source leaves it out. */
  readonly text: string;
  readonly kind: 'declared' | 'computed' | 'empty' | 'text' | 'missing';
  /** The interval the cell stands for, in its unit. */
  readonly interval?: string;
  readonly unit?: string;
  readonly formulas: readonly ComputedFormula[];
  /** True when a formula disagrees with the printed figure. */
  readonly mismatch: boolean;
  /** True for a printed figure that some check compares (a formula, a form's identity, the letter). */
  readonly checked: boolean;
  readonly location?: { readonly uri: string; readonly start: number; readonly end: number };
}

export interface ComputedRow {
  readonly id: string;
  readonly heading?: string;
  readonly rubrik?: string;
  readonly not?: number;
  readonly cells: readonly ComputedCell[];
  /** Where the row stands in the source. */
  readonly location?: { readonly uri: string; readonly start: number; readonly end: number };
}

export interface ComputedTable {
  readonly id: string;
  readonly uri: string;
  readonly label: string;
  /** The caption the printed report gives the table ("Tabell 1." and its heading). */
  readonly caption: Caption;
  readonly rubrik?: string;
  readonly unit?: string;
  readonly decimals?: number;
  readonly form?: string;
  readonly note?: string;
  readonly columns: readonly { readonly id: string; readonly rubrik: string }[];
  readonly rows: readonly ComputedRow[];
  readonly location: { readonly uri: string; readonly start: number; readonly end: number };
}

/** One cell as the preview shows it; hovers use it for the cell under the cursor alone. */
export function cellData(pa: ProjectAnalysis, cell: Cell, locate: LocateFn, language: Language): ComputedCell {
  const { engine } = pa;
  const declared = engine.declared(cell);
  const value = engine.valueOf(cell);
  const formulas: ComputedFormula[] = engine.formulasFor(cell).map((f) => {
    const r = engine.run(f.source, f.ctx);
    if (r.value.kind !== 'number') return { text: f.source.parsed.text, kind: f.kind };
    const consistent = declared.kind === 'number' ? formulaHolds(cell, declared.interval, r.value.interval, f.source) : undefined;
    return { text: f.source.parsed.text, kind: f.kind, interval: formatInterval(toUnit(r.value.interval, cell.unit), cell.decimals + 2, language), consistent };
  });
  let text = '';
  let kind: ComputedCell['kind'] = 'missing';
  if (declared.kind === 'number') {
    kind = 'declared';
    const lit = cell.source!.literal;
    text = lit.kind === 'number' ? formatNumber(lit.value, Math.max(cell.decimals, lit.literalDecimals), language) : '';
  } else if (declared.kind === 'text') {
    kind = 'text';
    text = declared.text;
  } else if (declared.kind === 'empty') {
    kind = 'empty';
    text = '–';
  } else if (value.kind === 'number') {
    kind = 'computed';
    text = formatNumber(R.roundTo(I.midpoint(toUnit(value.interval, cell.unit)), cell.decimals), cell.decimals, language);
  }
  const loc = cell.source ? locate.origin(cell.source.origin) : undefined;
  return {
    key: cell.key,
    column: cell.column.id,
    text,
    kind,
    interval: value.kind === 'number' ? formatInterval(toUnit(value.interval, cell.unit), cell.decimals + 1, language) : undefined,
    unit: cell.unit,
    formulas,
    mismatch: formulas.some((f) => f.consistent === false),
    checked: declared.kind === 'number' && pa.checked.has(cell.key),
    location: loc ? { uri: loc.uri, start: loc.range.start, end: loc.range.end } : undefined,
  };
}

function computeTable(pa: ProjectAnalysis, table: Table, locate: LocateFn, language: Language = 'sv'): ComputedTable {
  const label = tableLabel(table)[language];
  const where = locate.origin(table.origin);
  return {
    id: table.id,
    uri: table.uri,
    label,
    caption: tableCaption(table, language),
    rubrik: table.rubrik,
    unit: table.unit,
    decimals: table.decimals,
    form: table.form,
    note: table.note,
    columns: table.columns.map((c) => ({ id: c.id, rubrik: c.rubrik ?? c.id })),
    rows: table.rows.map((r) => {
      const at = locate.origin(r.origin);
      const location = { uri: at.uri, start: at.range.start, end: at.range.end };
      return r.kind === 'heading'
        ? { id: '', heading: r.text, cells: [], location }
        : {
          id: r.id,
          rubrik: r.rubrik,
          not: r.not,
          cells: table.columns.map((c) => cellData(pa, pa.index.cell(table, r, c), locate, language)),
          location,
        };
    }),
    location: { uri: where.uri, start: where.range.start, end: where.range.end },
  };
}

/** The computed tables of one file, or of the whole report when `uri` is its manifest or omitted. */
export function computeTables(pa: ProjectAnalysis, locate: LocateFn, uri?: string, language: Language = 'sv'): ComputedTable[] {
  const all = uri === undefined || uri === pa.project.manifest.uri;
  return pa.project.tables.filter((t) => all || t.uri === uri).map((t) => computeTable(pa, t, locate, language));
}
