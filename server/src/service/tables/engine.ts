// Evaluates formulas over the report's tables with interval arithmetic. A cell's value is its printed
// figure (as an interval at its precision) or, when it has none, what its first formula computes. The
// engine records every unknown reference and formula error it meets as a problem, once.
import * as I from '../numbers/interval';
import type { Interval } from '../numbers/interval';
import * as R from '../numbers/rational';
import type { Expr, RefExpr, Span } from '../formula/ast';
import type { Column, DataRow, FormulaSource, Table } from '../model/types';
import type { Message } from '../problems';
import { FORMS, isComputedPost } from '../forms/definitions';
import { parseFormula } from '../formula/parser';
import { declaredInterval } from './cells';
import type { Cell, RoundingMode } from './cells';
import type { FormView, TableIndex } from './resolve';

export type Value =
  | { readonly kind: 'number'; readonly interval: Interval }
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'missing' };

export interface EvalResult {
  readonly value: Value;
  /** The printed figures the result depends on. */
  readonly inputs: readonly Cell[];
}

export interface FormContext {
  readonly view: FormView;
  /** Row forms: the year the identity is evaluated for. */
  readonly year?: number;
  /** Column forms: the row the identity is evaluated for. */
  readonly table?: Table;
  readonly row?: DataRow;
}

export interface Ctx {
  readonly mode: 'row' | 'column' | 'cell' | 'outcome' | 'form';
  readonly table?: Table;
  readonly row?: DataRow;
  readonly column?: Column;
  readonly form?: FormContext;
  readonly source: FormulaSource;
}

export interface EngineIssue {
  readonly code: 'unknown-reference' | 'formula-error' | 'calc-undefined';
  readonly source: FormulaSource;
  readonly span?: Span;
  readonly message: Message;
  /** The cell being evaluated, so that an issue in a built-in form identity can stand on the figure. */
  readonly at?: { readonly table: Table; readonly row: DataRow; readonly column: Column };
}

const MISSING: EvalResult = { value: { kind: 'missing' }, inputs: [] };
/** Computed cells depending on computed cells deeper than this are refused, to bound recursion. */
const MAX_CHAIN = 400;
const num = (interval: Interval, inputs: readonly Cell[]): EvalResult => ({ value: { kind: 'number', interval }, inputs });

/** A formula the engine applies to a cell, with the context it is evaluated in. */
export interface AppliedFormula {
  readonly source: FormulaSource;
  readonly ctx: Ctx;
  readonly kind: 'author' | 'form';
}

const formFormulaCache = new Map<string, FormulaSource>();

/** Form identities are parsed once per process; their origin is the form, not a file. */
export function formFormula(form: string, post: string, index: number, text: string): FormulaSource {
  const key = `${form}.${post}.${index}`;
  let f = formFormulaCache.get(key);
  if (!f) {
    f = { parsed: parseFormula(text), origin: { uri: `regbrev:form/${form}`, ptr: `/${post}/${index}` } };
    formFormulaCache.set(key, f);
  }
  return f;
}

export class Engine {
  private readonly values = new Map<Cell, Value>();
  private readonly computing = new Set<Cell>();
  private readonly issueKeys = new Set<string>();
  readonly issues: EngineIssue[] = [];

  constructor(readonly index: TableIndex, readonly roundingMode: RoundingMode = 'närmaste') {}

  private referencesOnly = false;

  /** Evaluates a formula only to find its unknown references and errors: there is no figure to compare. */
  readReferences(source: FormulaSource, ctx: Ctx): void {
    this.referencesOnly = true;
    try {
      this.run(source, ctx);
    } finally {
      this.referencesOnly = false;
    }
  }

  issue(code: EngineIssue['code'], source: FormulaSource, span: Span | undefined, message: Message, ctx?: Ctx): void {
    // A division by a possible zero matters only where a figure is compared (an empty cell is the author's
    // way of saying the ratio is undefined).
    if (this.referencesOnly && code === 'calc-undefined') return;
    const at = ctx?.table && ctx.row && ctx.column ? { table: ctx.table, row: ctx.row, column: ctx.column } : undefined;
    const where = source.origin.uri.startsWith('regbrev:') && at ? `${at.table.id}.${at.row.id}.${at.column.id}` : '';
    const key = `${code}|${source.origin.uri}|${source.origin.ptr}|${span?.start}|${message.en}|${where}`;
    if (this.issueKeys.has(key)) return;
    this.issueKeys.add(key);
    this.issues.push({ code, source, span, message, at });
  }

  private readonly declaredValues = new Map<Cell, Value>();

  /** The printed figure of a cell as an interval in base units, if it has one. */
  declared(cell: Cell): Value {
    const known = this.declaredValues.get(cell);
    if (known) return known;
    const lit = cell.source?.literal;
    let value: Value;
    if (!lit) value = { kind: 'missing' };
    else if (lit.kind === 'empty') value = { kind: 'empty' };
    else if (lit.kind === 'text') value = { kind: 'text', text: lit.text };
    else {
      // A table that says how its figures were rounded overrides the setting.
      const mode = cell.rounding === 'trunkering' || cell.rounding === 'närmaste' ? cell.rounding : this.roundingMode;
      value = { kind: 'number', interval: declaredInterval(lit.value, cell.decimals, cell.unit, mode) };
    }
    this.declaredValues.set(cell, value);
    return value;
  }

  /** Every formula that applies to a cell, the defining one first. */
  formulasFor(cell: Cell): AppliedFormula[] {
    const { table, row, column } = cell;
    const out: AppliedFormula[] = [];
    for (const source of row.cellFormulas.get(column.id) ?? []) out.push({ source, ctx: { mode: 'cell', table, row, column, source }, kind: 'author' });
    for (const source of row.formulas) out.push({ source, ctx: { mode: 'row', table, row, column, source }, kind: 'author' });
    for (const source of column.formulas) out.push({ source, ctx: { mode: 'column', table, row, column, source }, kind: 'author' });
    const view = table.form ? this.index.forms.get(table.form) : undefined;
    if (view && this.index.tables.get(table.id) === table) {
      const def = view.def;
      const post = def.orientation === 'rows' ? row.id : column.id;
      const formulas = def.posts[post]?.formulas ?? [];
      formulas.forEach((text, i) => {
        const source = formFormula(def.name, post, i, text);
        const form: FormContext = def.orientation === 'rows' ? { view, year: column.year } : { view, table, row };
        if (def.orientation === 'rows' && column.year === undefined) return;
        out.push({ source, ctx: { mode: 'form', table, row, column, form, source }, kind: 'form' });
      });
    }
    return out;
  }

  /** The value of a cell: its figure, or what its defining formula computes. */
  valueOf(cell: Cell): Value {
    const known = this.values.get(cell);
    if (known) return known;
    let value = this.declared(cell);
    if (value.kind === 'missing') {
      if (this.computing.size > MAX_CHAIN) {
        const f = this.formulasFor(cell)[0];
        if (f) {
          this.issue('formula-error', f.source, undefined, {
            sv: `Formlerna bildar en kedja längre än ${MAX_CHAIN} celler; ${cell.key} räknas inte ut.`,
            en: `The formulas form a chain longer than ${MAX_CHAIN} cells; ${cell.key} is not computed.`,
          });
        }
        return { kind: 'missing' };
      }
      if (this.computing.has(cell)) {
        const f = this.formulasFor(cell)[0];
        if (f) {
          this.issue('formula-error', f.source, undefined, {
            sv: `Formeln för ${cell.key} beror av sig själv (cirkulär referens).`,
            en: `The formula for ${cell.key} depends on itself (circular reference).`,
          });
        }
        return { kind: 'missing' };
      }
      this.computing.add(cell);
      try {
        const first = this.formulasFor(cell)[0];
        if (first && first.source.parsed.expr) value = this.evaluate(first.source.parsed.expr, first.ctx).value;
      } finally {
        this.computing.delete(cell);
      }
    }
    this.values.set(cell, value);
    return value;
  }

  /** Evaluates a whole formula; a syntax error yields a missing value (it is reported elsewhere). */
  run(source: FormulaSource, ctx: Ctx): EvalResult {
    return source.parsed.expr ? this.evaluate(source.parsed.expr, ctx) : MISSING;
  }

  evaluate(expr: Expr, ctx: Ctx): EvalResult {
    switch (expr.kind) {
      case 'number':
        return num(I.point(expr.value), []);
      case 'string':
        return { value: { kind: 'text', text: expr.value }, inputs: [] };
      case 'ref':
        return this.evalRef(expr, ctx);
      case 'unary': {
        const r = this.evaluate(expr.arg, ctx);
        if (r.value.kind !== 'number') return { value: r.value.kind === 'empty' ? { kind: 'missing' } : r.value, inputs: r.inputs };
        return num(expr.op === '-' ? I.neg(r.value.interval) : r.value.interval, r.inputs);
      }
      case 'binary':
        return this.evalBinary(expr, ctx);
      case 'call':
        return this.evalCall(expr, ctx);
      case 'star':
      case 'range':
        this.issue('formula-error', ctx.source, expr.span, {
          sv: 'Ett område (a:b eller *) kan bara stå i en funktion, t.ex. sum(*).',
          en: 'A range (a:b or *) can only appear inside a function, e.g. sum(*).',
        });
        return MISSING;
      case 'compare':
        this.issue('formula-error', ctx.source, expr.span, {
          sv: 'Jämförelser kan bara stå i villkoren till countif.',
          en: 'Comparisons can only appear as countif conditions.',
        });
        return MISSING;
    }
  }

  private evalBinary(expr: Extract<Expr, { kind: 'binary' }>, ctx: Ctx): EvalResult {
    const a = this.evaluate(expr.left, ctx);
    const b = this.evaluate(expr.right, ctx);
    const inputs = [...a.inputs, ...b.inputs];
    if (a.value.kind !== 'number' || b.value.kind !== 'number') return { value: { kind: 'missing' }, inputs };
    const x = a.value.interval;
    const y = b.value.interval;
    switch (expr.op) {
      case '+':
        return num(I.add(x, y), inputs);
      case '-':
        return num(I.sub(x, y), inputs);
      case '*':
        return num(I.mul(x, y), inputs);
      case '/':
        if (I.containsZero(y)) {
          this.issue('calc-undefined', ctx.source, expr.right.span, {
            sv: 'Nämnaren kan vara noll inom sin avrundning, så kvoten kan inte kontrolleras.',
            en: 'The divisor may be zero within its rounding, so the ratio cannot be checked.',
          }, ctx);
          return { value: { kind: 'missing' }, inputs };
        }
        return num(I.div(x, y), inputs);
    }
  }

  // ---------------------------------------------------------------- references

  private unknown(ctx: Ctx, span: Span, sv: string, en: string): EvalResult {
    this.issue('unknown-reference', ctx.source, span, { sv, en });
    return MISSING;
  }

  private cellResult(cell: Cell): EvalResult {
    const value = this.valueOf(cell);
    return { value, inputs: [cell] };
  }

  private evalRef(ref: RefExpr, ctx: Ctx): EvalResult {
    const [first, second, third] = ref.parts;
    const spans = ref.partSpans;
    if (first === 'rb') return this.evalRb(ref, ctx);
    if (ctx.mode === 'form') return this.evalFormRef(ref, ctx);
    if (ref.parts.length > 3) return this.unknown(ctx, ref.span, `”${ref.parts.join('.')}” har för många led.`, `"${ref.parts.join('.')}" has too many parts.`);
    if (ref.parts.length === 3) {
      const table = this.index.tables.get(first);
      if (!table) return this.unknown(ctx, spans[0], `Tabellen ”${first}” finns inte.`, `There is no table "${first}".`);
      return this.tableCell(table, second, third, spans[1], spans[2], ctx);
    }
    const table = ctx.table;
    if (ref.parts.length === 2) {
      if (table && this.index.row(table, first)) return this.tableCell(table, first, second, spans[0], spans[1], ctx);
      const other = this.index.tables.get(first);
      if (other && ctx.column && (ctx.mode === 'row' || ctx.mode === 'cell')) {
        const row = this.index.row(other, second);
        if (!row) return this.unknown(ctx, spans[1], `Tabellen ${first} har ingen rad ”${second}”.`, `Table ${first} has no row "${second}".`);
        const column = this.index.column(other, ctx.column.id);
        if (!column) {
          return this.unknown(ctx, spans[0], `Tabellen ${first} har ingen kolumn ”${ctx.column.id}”; skriv ${first}.${second}.<kolumn>.`,
            `Table ${first} has no column "${ctx.column.id}"; write ${first}.${second}.<column>.`);
        }
        return this.cellResult(this.index.cell(other, row, column));
      }
      if (other) {
        // Table.row names a cell only in a row or cell formula, where the column is known.
        return this.unknown(ctx, ref.span, `Skriv ${first}.${second}.<kolumn>: här finns ingen kolumn att utgå från.`,
          `Write ${first}.${second}.<column>: there is no column to go by here.`);
      }
      if (!table) return this.unknown(ctx, spans[0], `Tabellen ”${first}” finns inte.`, `There is no table "${first}".`);
      return this.unknown(ctx, spans[0], `Tabellen ${table.id} har ingen rad ”${first}” och det finns ingen tabell med det id:t.`,
        `Table ${table.id} has no row "${first}" and no table has that id.`);
    }
    // A lone id: a row of this table in a row or cell formula, a column in a column formula.
    if (!table || !ctx.row || !ctx.column) {
      return this.unknown(ctx, ref.span, `”${first}” måste skrivas som Tabell.rad.kolumn här.`, `"${first}" must be written as Table.row.column here.`);
    }
    if (ctx.mode === 'column') {
      const column = this.index.column(table, first);
      if (!column) return this.unknown(ctx, spans[0], `Tabellen ${table.id} har ingen kolumn ”${first}”.`, `Table ${table.id} has no column "${first}".`);
      return this.cellResult(this.index.cell(table, ctx.row, column));
    }
    const row = this.index.row(table, first);
    if (!row) return this.unknown(ctx, spans[0], `Tabellen ${table.id} har ingen rad ”${first}”.`, `Table ${table.id} has no row "${first}".`);
    return this.cellResult(this.index.cell(table, row, ctx.column));
  }

  private tableCell(table: Table, rowId: string, colId: string, rowSpan: Span, colSpan: Span, ctx: Ctx): EvalResult {
    const row = this.index.row(table, rowId);
    if (!row) return this.unknown(ctx, rowSpan, `Tabellen ${table.id} har ingen rad ”${rowId}”.`, `Table ${table.id} has no row "${rowId}".`);
    const column = this.index.column(table, colId);
    if (!column) return this.unknown(ctx, colSpan, `Tabellen ${table.id} har ingen kolumn ”${colId}”.`, `Table ${table.id} has no column "${colId}".`);
    return this.cellResult(this.index.cell(table, row, column));
  }

  private evalRb(ref: RefExpr, ctx: Ctx): EvalResult {
    const key = ref.parts.slice(1).join('.');
    const fact = this.index.rbFacts.get(key);
    if (!fact) {
      const known = [...this.index.rbFacts.keys()].slice(0, 8).map((k) => `rb.${k}`).join(', ');
      return this.unknown(ctx, ref.span, `Regleringsbrevet har ingen uppgift ”${key}”. Kända: ${known}.`, `The requirement set has no figure "${key}". Known: ${known}.`);
    }
    return num(fact.interval, []);
  }

  /** References inside a standard form's identity: posts of this form or `form.post` of another. */
  private evalFormRef(ref: RefExpr, ctx: Ctx): EvalResult {
    const form = ctx.form!;
    let view = form.view;
    let post = ref.parts[0];
    if (ref.parts.length === 2) {
      const other = this.index.forms.get(ref.parts[0]);
      if (!other) return MISSING;
      view = other;
      post = ref.parts[1];
    }
    return this.formPost(view, post, form, ctx);
  }

  formPost(view: FormView, post: string, form: FormContext, ctx: Ctx): EvalResult {
    const def = view.def;
    if (def.orientation === 'rows') {
      const year = form.year;
      if (year === undefined || !view.years.has(year)) return MISSING;
      const at = view.rows.get(post);
      if (at) {
        const column = this.index.columnForYear(at.table, year);
        return column ? this.cellResult(this.index.cell(at.table, at.row, column)) : MISSING;
      }
      return this.virtualPost(view, post, { view, year }, ctx);
    }
    const table = form.table;
    const row = form.row;
    if (!table || !row) return MISSING;
    const column = this.index.column(table, post);
    if (column) return this.cellResult(this.index.cell(table, row, column));
    return this.virtualPost(view, post, { view, table, row }, ctx);
  }

  /** A post the tables leave out: computed from its identity, or zero. */
  private virtualPost(view: FormView, post: string, form: FormContext, ctx: Ctx): EvalResult {
    const def = view.def;
    if (!(post in def.posts)) return MISSING;
    if (!isComputedPost(def, post)) return num(I.ZERO_INTERVAL, []);
    const key = `${def.name}|${post}|${form.year ?? ''}|${form.table?.id ?? ''}|${form.row?.id ?? ''}`;
    if (this.virtualComputing.has(key)) return MISSING;
    this.virtualComputing.add(key);
    try {
      const source = formFormula(def.name, post, 0, def.posts[post].formulas![0]);
      return this.run(source, { ...ctx, mode: 'form', form, source });
    } finally {
      this.virtualComputing.delete(key);
    }
  }

  private readonly virtualComputing = new Set<string>();

  // ---------------------------------------------------------------- functions

  /** The cells a range argument stands for: `*`, `a:b`, or a single reference. */
  private rangeCells(arg: Expr, ctx: Ctx): { cells: Cell[]; ok: boolean } {
    const table = ctx.table;
    if (arg.kind === 'star') {
      if (!table || !ctx.row || !ctx.column) return { cells: [], ok: false };
      if (ctx.mode === 'column') {
        return { cells: table.columns.filter((c) => c !== ctx.column).map((c) => this.index.cell(table, ctx.row!, c)), ok: true };
      }
      const rows = table.dataRows.filter((r) => r.group === ctx.row!.group && r !== ctx.row);
      return { cells: rows.map((r) => this.index.cell(table, r, ctx.column!)), ok: true };
    }
    if (arg.kind === 'range') {
      if (!table || !ctx.row || !ctx.column) return { cells: [], ok: false };
      const [a, b] = [arg.from.parts, arg.to.parts];
      if (a.length !== 1 || b.length !== 1) {
        this.issue('formula-error', ctx.source, arg.span, { sv: 'Ett område skrivs a:b med två id i samma tabell.', en: 'A range is written a:b with two ids of the same table.' });
        return { cells: [], ok: false };
      }
      if (ctx.mode === 'column') {
        const from = this.index.column(table, a[0]);
        const to = this.index.column(table, b[0]);
        if (!from || !to) {
          this.unknown(ctx, (from ? arg.to : arg.from).span, `Tabellen ${table.id} har ingen kolumn ”${from ? b[0] : a[0]}”.`, `Table ${table.id} has no column "${from ? b[0] : a[0]}".`);
          return { cells: [], ok: false };
        }
        const [lo, hi] = [Math.min(from.index, to.index), Math.max(from.index, to.index)];
        return { cells: table.columns.filter((c) => c.index >= lo && c.index <= hi).map((c) => this.index.cell(table, ctx.row!, c)), ok: true };
      }
      const from = this.index.row(table, a[0]);
      const to = this.index.row(table, b[0]);
      if (!from || !to) {
        this.unknown(ctx, (from ? arg.to : arg.from).span, `Tabellen ${table.id} har ingen rad ”${from ? b[0] : a[0]}”.`, `Table ${table.id} has no row "${from ? b[0] : a[0]}".`);
        return { cells: [], ok: false };
      }
      const [lo, hi] = [Math.min(from.index, to.index), Math.max(from.index, to.index)];
      return { cells: table.dataRows.filter((r) => r.index >= lo && r.index <= hi).map((r) => this.index.cell(table, r, ctx.column!)), ok: true };
    }
    return { cells: [], ok: false };
  }

  /** Evaluates each argument; ranges expand to their cells. */
  private args(args: readonly Expr[], ctx: Ctx): EvalResult[] {
    const out: EvalResult[] = [];
    for (const a of args) {
      if (a.kind === 'star' || a.kind === 'range') {
        const range = this.rangeCells(a, ctx);
        // A range that cannot be read makes the whole call unknown rather than a sum of nothing.
        if (!range.ok) {
          if (ctx.mode === 'outcome') {
            this.issue('formula-error', ctx.source, a.span, {
              sv: 'Ett område (a:b eller *) kan bara stå i en tabells formler; räkna upp cellerna här.',
              en: 'A range (a:b or *) can only stand in a table’s formulas; list the cells here.',
            });
          }
          out.push(MISSING);
          continue;
        }
        for (const c of range.cells) out.push(this.cellResult(c));
      } else {
        out.push(this.evaluate(a, ctx));
      }
    }
    return out;
  }

  private arity(expr: Extract<Expr, { kind: 'call' }>, ctx: Ctx, min: number, max = Infinity): boolean {
    const n = expr.args.length;
    if (n >= min && n <= max) return true;
    const want = max === min ? `${min}` : max === Infinity ? `minst ${min}` : `${min}–${max}`;
    const plural = (k: number) => `${k} argument${k === 1 ? '' : 's'}`;
    const wantEn = max === min ? plural(min) : max === Infinity ? `at least ${plural(min)}` : `${min}–${max} arguments`;
    this.issue('formula-error', ctx.source, expr.span, {
      sv: `${expr.name}() tar ${want} argument men fick ${n}.`,
      en: `${expr.name}() takes ${wantEn} but got ${n}.`,
    });
    return false;
  }

  private evalCall(expr: Extract<Expr, { kind: 'call' }>, ctx: Ctx): EvalResult {
    const name = expr.name.toLowerCase();
    switch (name) {
      case 'sum':
      case 'summa': {
        const parts = this.args(expr.args, ctx);
        const inputs = parts.flatMap((p) => p.inputs);
        const numbers = parts.filter((p) => p.value.kind === 'number');
        if (parts.some((p) => p.value.kind === 'missing')) return { value: { kind: 'missing' }, inputs };
        // Empty cells and text add nothing to a sum.
        const total = numbers.reduce((acc, p) => I.add(acc, (p.value as { interval: Interval }).interval), I.ZERO_INTERVAL);
        return num(total, inputs);
      }
      case 'avg':
      case 'medel': {
        if (!this.arity(expr, ctx, 1)) return MISSING;
        const parts = this.args(expr.args, ctx);
        const inputs = parts.flatMap((p) => p.inputs);
        if (parts.some((p) => p.value.kind === 'missing')) return { value: { kind: 'missing' }, inputs };
        const numbers = parts.flatMap((p) => (p.value.kind === 'number' ? [p.value.interval] : []));
        if (numbers.length === 0) return { value: { kind: 'missing' }, inputs };
        const total = numbers.reduce(I.add, I.ZERO_INTERVAL);
        return num(I.scale(total, R.rat(1n, BigInt(numbers.length))), inputs);
      }
      case 'min':
      case 'max': {
        if (!this.arity(expr, ctx, 1)) return MISSING;
        const parts = this.args(expr.args, ctx);
        const inputs = parts.flatMap((p) => p.inputs);
        if (parts.some((p) => p.value.kind === 'missing')) return { value: { kind: 'missing' }, inputs };
        const numbers = parts.flatMap((p) => (p.value.kind === 'number' ? [p.value.interval] : []));
        if (numbers.length === 0) return { value: { kind: 'missing' }, inputs };
        return num(numbers.reduce(name === 'min' ? I.min : I.max), inputs);
      }
      case 'abs': {
        if (!this.arity(expr, ctx, 1, 1)) return MISSING;
        const r = this.evaluate(expr.args[0], ctx);
        return r.value.kind === 'number' ? num(I.abs(r.value.interval), r.inputs) : { value: { kind: 'missing' }, inputs: r.inputs };
      }
      case 'count':
      case 'antal': {
        if (!this.arity(expr, ctx, 1)) return MISSING;
        const parts = this.args(expr.args, ctx);
        const n = parts.filter((p) => p.value.kind === 'number' || (p.value.kind === 'text' && p.value.text !== '')).length;
        return num(I.point(R.fromInt(n)), []);
      }
      case 'countif':
      case 'antal_om':
        return this.evalCountif(expr, ctx);
      case 'prev':
      case 'föregående':
        return this.evalPrev(expr, ctx);
      default:
        this.issue('formula-error', ctx.source, expr.nameSpan, {
          sv: `Okänd funktion ”${expr.name}”. Kända: sum, avg, min, max, abs, count, countif, prev.`,
          en: `Unknown function "${expr.name}". Known: sum, avg, min, max, abs, count, countif, prev.`,
        });
        return MISSING;
    }
  }

  private evalCountif(expr: Extract<Expr, { kind: 'call' }>, ctx: Ctx): EvalResult {
    if (!this.arity(expr, ctx, 1)) return MISSING;
    const [target, ...conditions] = expr.args;
    if (target.kind !== 'ref' || target.parts.length !== 1) {
      this.issue('formula-error', ctx.source, target.span, { sv: 'countif tar en tabell som första argument.', en: 'countif takes a table as its first argument.' });
      return MISSING;
    }
    const table = this.index.tables.get(target.parts[0]);
    if (!table) return this.unknown(ctx, target.span, `Tabellen ”${target.parts[0]}” finns inte.`, `There is no table "${target.parts[0]}".`);
    const tests: { column: Column; op: '=' | '!='; value: string }[] = [];
    for (const c of conditions) {
      if (c.kind !== 'compare' || (c.op !== '=' && c.op !== '!=') || c.left.kind !== 'ref' || c.left.parts.length !== 1 || c.right.kind !== 'string') {
        this.issue('formula-error', ctx.source, c.span, {
          sv: 'Ett villkor skrivs kolumn = "värde" eller kolumn != "värde".',
          en: 'A condition is written column = "value" or column != "value".',
        });
        return MISSING;
      }
      const column = this.index.column(table, c.left.parts[0]);
      if (!column) return this.unknown(ctx, c.left.span, `Tabellen ${table.id} har ingen kolumn ”${c.left.parts[0]}”.`, `Table ${table.id} has no column "${c.left.parts[0]}".`);
      tests.push({ column, op: c.op, value: c.right.value });
    }
    // Rows that compute a total are not members of the list they total.
    const rows = table.dataRows.filter((r) => r.formulas.length === 0);
    const n = rows.filter((r) =>
      tests.every((t) => {
        const lit = r.values.get(t.column.id)?.literal;
        const text = lit?.kind === 'text' ? lit.text : lit?.kind === 'number' ? R.toFixed(lit.value, lit.literalDecimals) : '';
        return t.op === '=' ? text === t.value : text !== t.value;
      }),
    ).length;
    return num(I.point(R.fromInt(n)), []);
  }

  private evalPrev(expr: Extract<Expr, { kind: 'call' }>, ctx: Ctx): EvalResult {
    if (!this.arity(expr, ctx, 1, 1)) return MISSING;
    if (ctx.mode === 'form' && ctx.form?.year !== undefined) {
      return this.evaluate(expr.args[0], { ...ctx, form: { ...ctx.form, year: ctx.form.year - 1 } });
    }
    const table = ctx.table;
    const year = ctx.column?.year;
    // A column without a year (such as "Förändring") beside year columns is simply not one prev() applies to.
    if (table && year === undefined && table.columns.some((c) => c.year !== undefined)) return MISSING;
    if (!table || year === undefined) {
      this.issue('formula-error', ctx.source, expr.span, {
        sv: 'prev() kräver att kolumnerna anger år.',
        en: 'prev() needs columns that state their year.',
      });
      return MISSING;
    }
    const column = this.index.columnForYear(table, year - 1);
    // The first year has no previous column: the formula simply does not apply there.
    if (!column) return MISSING;
    return this.evaluate(expr.args[0], { ...ctx, column });
  }
}

export { FORMS };
