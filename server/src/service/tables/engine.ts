// Evaluates formulas over the report's tables with interval arithmetic. A cell's value is its printed
// figure (as an interval at its precision) or, when it has none, what its first formula computes. Names
// are resolved by the binder (bind.ts) before anything is computed; the engine records the binder's
// findings and its own (a division by a possible zero, a cycle) once each.
//
// An engine can be handed the values of cells computed elsewhere (`seed`), so that the tables of a report
// are evaluated in parts and a part whose inputs did not change keeps its values (components.ts); it also
// records which cells outside a set of tables a computation read (`watch`), which is what such a part
// depends on.
import * as I from '../numbers/interval';
import type { Interval } from '../numbers/interval';
import * as R from '../numbers/rational';
import type { Expr } from '../formula/ast';
import type { FormulaSource, Table } from '../model/types';
import type { Message } from '../problems';
import { declaredInterval, exactInterval } from './cells';
import type { Cell, RoundingMode } from './cells';
import { Binder } from './bind';
import type { Ctx, FormContext } from './bind';
import type { Bound, EngineIssue } from './bound';
import { formFormula } from './formFormulas';
import type { TableIndex } from './resolve';

export type { Ctx } from './bind';
export type { EngineIssue } from './bound';

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

const MISSING_RESULT: EvalResult = { value: { kind: 'missing' }, inputs: [] };
const MISSING_VALUE: Value = { kind: 'missing' };
/** Computed cells depending on computed cells deeper than this are refused, to bound recursion. */
const MAX_CHAIN = 400;
const num = (interval: Interval, inputs: readonly Cell[]): EvalResult => ({ value: { kind: 'number', interval }, inputs });

/** A formula the engine applies to a cell, with the context it is evaluated in. */
export interface AppliedFormula {
  readonly source: FormulaSource;
  readonly ctx: Ctx;
  readonly kind: 'author' | 'form';
}

export class Engine {
  private readonly values = new Map<Cell, Value>();
  private readonly computing = new Set<Cell>();
  private readonly issueKeys = new Set<string>();
  private readonly declaredValues = new Map<Cell, Value>();
  private readonly binder: Binder;
  readonly issues: EngineIssue[] = [];
  /** Values handed in by cell key, and the tables whose cells are not to be read from them. */
  private seeded: (key: string) => Value | undefined = () => undefined;
  private watched: { readonly tables: ReadonlySet<Table>; readonly reads: Map<string, Cell> } | undefined;

  constructor(readonly index: TableIndex, readonly roundingMode: RoundingMode = 'närmaste') {
    this.binder = new Binder(index, (issue) => this.record(issue));
  }

  /** Values computed elsewhere, by cell key: the engine returns them instead of computing them. */
  seed(values: (key: string) => Value | undefined): void {
    this.seeded = values;
  }

  /**
   * Records every cell outside `tables` whose value is asked for until `unwatch`: what a computation over
   * those tables depends on.
   */
  watch(tables: ReadonlySet<Table>): void {
    this.watched = { tables, reads: new Map() };
  }

  unwatch(): ReadonlyMap<string, Cell> {
    const reads = this.watched?.reads ?? new Map<string, Cell>();
    this.watched = undefined;
    return reads;
  }

  /** Records a finding met in a formula, once however often the formula is evaluated. */
  record(issue: EngineIssue): void {
    const { code, source, span, message, at } = issue;
    const where = source.origin.uri.startsWith('regbrev:') && at ? `${at.table.id}.${at.row.id}.${at.column.id}` : '';
    const key = `${code}|${source.origin.uri}|${source.origin.ptr}|${span?.start}|${message.en}|${where}`;
    if (this.issueKeys.has(key)) return;
    this.issueKeys.add(key);
    this.issues.push(issue);
  }

  private issue(code: EngineIssue['code'], source: FormulaSource, message: Message, at?: EngineIssue['at'], span?: EngineIssue['span']): void {
    this.record({ code, source, span, message, at });
  }

  /** The printed figure of a cell as an interval in base units, if it has one. */
  declared(cell: Cell): Value {
    const known = this.declaredValues.get(cell);
    if (known) return known;
    const lit = cell.source?.literal;
    let value: Value;
    if (!lit) value = MISSING_VALUE;
    else if (lit.kind === 'empty') value = { kind: 'empty' };
    else if (lit.kind === 'text') value = { kind: 'text', text: lit.text };
    else {
      // A table that says how its figures were rounded overrides the setting.
      const mode = cell.rounding === 'trunkering' || cell.rounding === 'närmaste' ? cell.rounding : this.roundingMode;
      value = { kind: 'number', interval: cell.exact ? exactInterval(lit.value, cell.unit) : declaredInterval(lit.value, cell.decimals, cell.unit, mode) };
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

  /** A formula with its names resolved in its context; what names nothing is reported now. */
  bind(source: FormulaSource, ctx: Ctx): Bound {
    return this.binder.bindFormula(source, ctx);
  }

  /**
   * What an expression names in a context, without reporting anything: for editor features (hover,
   * definition) that ask about a reference after the analysis, whose findings must not change.
   */
  resolveQuietly(expr: Expr, ctx: Ctx): Bound {
    return new Binder(this.index, () => undefined).bind(expr, ctx);
  }

  /** The value of a cell: a value handed in, its figure, or what its defining formula computes. */
  valueOf(cell: Cell): Value {
    if (this.watched && !this.watched.tables.has(cell.table)) this.watched.reads.set(cell.key, cell);
    const known = this.values.get(cell);
    if (known) return known;
    const seeded = this.seeded(cell.key);
    if (seeded) {
      this.values.set(cell, seeded);
      return seeded;
    }
    let value = this.declared(cell);
    if (value.kind === 'missing') {
      // A bound (`<= summa`) checks a figure but computes none.
      const first = this.formulasFor(cell).find((f) => !f.source.parsed.bound);
      if (this.computing.size > MAX_CHAIN) {
        if (first) {
          this.issue('formula-error', first.source, {
            sv: `Formlerna bildar en kedja längre än ${MAX_CHAIN} celler; ${cell.key} räknas inte ut.`,
            en: `The formulas form a chain longer than ${MAX_CHAIN} cells; ${cell.key} is not computed.`,
          });
        }
        return MISSING_VALUE;
      }
      if (this.computing.has(cell)) {
        if (first) {
          this.issue('formula-error', first.source, {
            sv: `Formeln för ${cell.key} beror av sig själv (cirkulär referens).`,
            en: `The formula for ${cell.key} depends on itself (circular reference).`,
          });
        }
        return MISSING_VALUE;
      }
      this.computing.add(cell);
      try {
        if (first && first.source.parsed.expr) value = this.evaluate(this.bind(first.source, first.ctx)).value;
      } finally {
        this.computing.delete(cell);
      }
    }
    this.values.set(cell, value);
    return value;
  }

  /** Binds and evaluates a whole formula; a syntax error yields a missing value (it is reported elsewhere). */
  run(source: FormulaSource, ctx: Ctx): EvalResult {
    return source.parsed.expr ? this.evaluate(this.bind(source, ctx)) : MISSING_RESULT;
  }

  evaluate(b: Bound): EvalResult {
    switch (b.kind) {
      case 'number':
      case 'fact':
        return num(b.interval, []);
      case 'text':
        return { value: { kind: 'text', text: b.text }, inputs: [] };
      case 'missing':
        return MISSING_RESULT;
      case 'cell':
        return { value: this.valueOf(b.cell), inputs: [b.cell] };
      case 'negate':
      case 'plus': {
        const r = this.evaluate(b.arg);
        if (r.value.kind !== 'number') return { value: r.value.kind === 'empty' ? MISSING_VALUE : r.value, inputs: r.inputs };
        return num(b.kind === 'negate' ? I.neg(r.value.interval) : r.value.interval, r.inputs);
      }
      case 'binary':
        return this.binary(b);
      case 'aggregate':
        return this.aggregate(b);
      case 'abs': {
        const r = this.evaluate(b.arg);
        return r.value.kind === 'number' ? num(I.abs(r.value.interval), r.inputs) : { value: MISSING_VALUE, inputs: r.inputs };
      }
      case 'count': {
        const parts = b.args.map((a) => this.evaluate(a));
        const n = parts.filter((p) => p.value.kind === 'number' || (p.value.kind === 'text' && p.value.text !== '')).length;
        return num(I.point(R.fromInt(n)), []);
      }
    }
  }

  private binary(b: Extract<Bound, { kind: 'binary' }>): EvalResult {
    const x = this.evaluate(b.left);
    const y = this.evaluate(b.right);
    const inputs = [...x.inputs, ...y.inputs];
    if (x.value.kind !== 'number' || y.value.kind !== 'number') return { value: MISSING_VALUE, inputs };
    const l = x.value.interval;
    const r = y.value.interval;
    switch (b.op) {
      case '+':
        return num(I.add(l, r), inputs);
      case '-':
        return num(I.sub(l, r), inputs);
      case '*':
        return num(I.mul(l, r), inputs);
      case '/':
        if (I.containsZero(r)) {
          this.issue('calc-undefined', b.at.source, {
            sv: 'Nämnaren kan vara noll inom sin avrundning, så kvoten kan inte kontrolleras.',
            en: 'The divisor may be zero within its rounding, so the ratio cannot be checked.',
          }, b.at.cell, b.rightSpan);
          return { value: MISSING_VALUE, inputs };
        }
        return num(I.div(l, r), inputs);
    }
  }

  private aggregate(b: Extract<Bound, { kind: 'aggregate' }>): EvalResult {
    const parts = b.args.map((a) => this.evaluate(a));
    const inputs = parts.flatMap((p) => p.inputs);
    if (parts.some((p) => p.value.kind === 'missing')) return { value: MISSING_VALUE, inputs };
    const numbers = parts.flatMap((p) => (p.value.kind === 'number' ? [p.value.interval] : []));
    if (b.fn === 'sum') {
      // Empty cells and text add nothing to a sum.
      return num(numbers.reduce(I.add, I.ZERO_INTERVAL), inputs);
    }
    if (numbers.length === 0) return { value: MISSING_VALUE, inputs };
    if (b.fn === 'avg') return num(I.scale(numbers.reduce(I.add, I.ZERO_INTERVAL), R.rat(1n, BigInt(numbers.length))), inputs);
    return num(numbers.reduce(b.fn === 'min' ? I.min : I.max), inputs);
  }
}

