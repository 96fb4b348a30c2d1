// The names of formulas, resolved: a formula's references become the cells, figures of the letter and posts
// of standard forms they name in the context the formula applies to (a row formula in each column, a column
// formula in each row, a cell's own formula, an identity of a form for a year or a row, an outcome). What
// names nothing is reported here, once, with the span of the part that is wrong: evaluation (engine.ts) then
// only computes. Binding needs no value, so it also tells which tables a table depends on.
import { FUNCTIONS, functionNamed } from '../formula/functions';
import * as I from '../numbers/interval';
import * as R from '../numbers/rational';
import type { Expr, RefExpr, Span } from '../formula/ast';
import type { Column, DataRow, FormulaSource, Table } from '../model/types';
import type { Message } from '../problems';
import { isComputedPost } from '../forms/definitions';
import { formFormula } from './formFormulas';
import type { Bound, BoundAt, EngineIssue } from './bound';
import { MISSING } from './bound';
import type { FormView, TableIndex } from './resolve';

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

export type IssueSink = (issue: EngineIssue) => void;

const num = (interval: I.Interval): Bound => ({ kind: 'number', interval });

export class Binder {
  constructor(private readonly index: TableIndex, private readonly report: IssueSink) {}

  private issue(code: EngineIssue['code'], ctx: Ctx, span: Span | undefined, message: Message): void {
    const at = ctx.table && ctx.row && ctx.column ? { table: ctx.table, row: ctx.row, column: ctx.column } : undefined;
    this.report({ code, source: ctx.source, span, message, at });
  }

  private unknown(ctx: Ctx, span: Span, sv: string, en: string): Bound {
    this.issue('unknown-reference', ctx, span, { sv, en });
    return MISSING;
  }

  /** Binds a whole formula; one that does not parse binds to nothing (its syntax is reported elsewhere). */
  bindFormula(source: FormulaSource, ctx: Ctx): Bound {
    return source.parsed.expr ? this.bind(source.parsed.expr, ctx) : MISSING;
  }

  bind(expr: Expr, ctx: Ctx): Bound {
    switch (expr.kind) {
      case 'number':
        return num(I.point(expr.value));
      case 'string':
        return { kind: 'text', text: expr.value };
      case 'ref':
        return this.ref(expr, ctx);
      case 'unary':
        return { kind: expr.op === '-' ? 'negate' : 'plus', arg: this.bind(expr.arg, ctx) };
      case 'binary':
        return { kind: 'binary', op: expr.op, left: this.bind(expr.left, ctx), right: this.bind(expr.right, ctx), rightSpan: expr.right.span, at: this.at(ctx) };
      case 'call':
        return this.call(expr, ctx);
      case 'star':
      case 'range':
        this.issue('formula-error', ctx, expr.span, {
          sv: 'Ett område (a:b eller *) kan bara stå i en funktion, t.ex. sum(*).',
          en: 'A range (a:b or *) can only appear inside a function, e.g. sum(*).',
        });
        return MISSING;
      case 'compare':
        this.issue('formula-error', ctx, expr.span, {
          sv: 'Jämförelser kan bara stå i villkoren till countif.',
          en: 'Comparisons can only appear as countif conditions.',
        });
        return MISSING;
    }
  }

  private at(ctx: Ctx): BoundAt {
    return { source: ctx.source, cell: ctx.table && ctx.row && ctx.column ? { table: ctx.table, row: ctx.row, column: ctx.column } : undefined };
  }

  // ---------------------------------------------------------------- references

  private cell(table: Table, row: DataRow, column: Column): Bound {
    return { kind: 'cell', cell: this.index.cell(table, row, column) };
  }

  private ref(ref: RefExpr, ctx: Ctx): Bound {
    const [first, second, third] = ref.parts;
    const spans = ref.partSpans;
    if (first === 'rb') return this.fact(ref, ctx);
    if (ctx.mode === 'form') return this.formRef(ref, ctx);
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
        return this.cell(other, row, column);
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
      return this.cell(table, ctx.row, column);
    }
    const row = this.index.row(table, first);
    if (!row) return this.unknown(ctx, spans[0], `Tabellen ${table.id} har ingen rad ”${first}”.`, `Table ${table.id} has no row "${first}".`);
    return this.cell(table, row, ctx.column);
  }

  private tableCell(table: Table, rowId: string, colId: string, rowSpan: Span, colSpan: Span, ctx: Ctx): Bound {
    const row = this.index.row(table, rowId);
    if (!row) return this.unknown(ctx, rowSpan, `Tabellen ${table.id} har ingen rad ”${rowId}”.`, `Table ${table.id} has no row "${rowId}".`);
    const column = this.index.column(table, colId);
    if (!column) return this.unknown(ctx, colSpan, `Tabellen ${table.id} har ingen kolumn ”${colId}”.`, `Table ${table.id} has no column "${colId}".`);
    return this.cell(table, row, column);
  }

  private fact(ref: RefExpr, ctx: Ctx): Bound {
    const key = ref.parts.slice(1).join('.');
    const fact = this.index.rbFacts.get(key);
    if (!fact) {
      const known = [...this.index.rbFacts.keys()].slice(0, 8).map((k) => `rb.${k}`).join(', ');
      return this.unknown(ctx, ref.span, `Regleringsbrevet har ingen uppgift ”${key}”. Kända: ${known}.`, `The requirement set has no figure "${key}". Known: ${known}.`);
    }
    return { kind: 'fact', interval: fact.interval };
  }

  /** References inside a standard form's identity: posts of this form or `form.post` of another. */
  private formRef(ref: RefExpr, ctx: Ctx): Bound {
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

  formPost(view: FormView, post: string, form: FormContext, ctx: Ctx): Bound {
    const def = view.def;
    if (def.orientation === 'rows') {
      const year = form.year;
      if (year === undefined || !view.years.has(year)) return MISSING;
      const at = view.rows.get(post);
      if (at) {
        const column = this.index.columnForYear(at.table, year);
        return column ? this.cell(at.table, at.row, column) : MISSING;
      }
      return this.virtualPost(view, post, { view, year }, ctx);
    }
    const table = form.table;
    const row = form.row;
    if (!table || !row) return MISSING;
    const column = this.index.column(table, post);
    if (column) return this.cell(table, row, column);
    return this.virtualPost(view, post, { view, table, row }, ctx);
  }

  private readonly virtualBinding = new Set<string>();

  /** A post the tables leave out: computed from its identity, or zero. */
  private virtualPost(view: FormView, post: string, form: FormContext, ctx: Ctx): Bound {
    const def = view.def;
    if (!(post in def.posts)) return MISSING;
    if (!isComputedPost(def, post)) return num(I.ZERO_INTERVAL);
    const key = `${def.name}|${post}|${form.year ?? ''}|${form.table?.id ?? ''}|${form.row?.id ?? ''}`;
    if (this.virtualBinding.has(key)) return MISSING;
    this.virtualBinding.add(key);
    try {
      const source = formFormula(def.name, post, 0, def.posts[post].formulas![0]);
      return this.bindFormula(source, { ...ctx, mode: 'form', form, source });
    } finally {
      this.virtualBinding.delete(key);
    }
  }

  // ---------------------------------------------------------------- functions

  /** The cells a range argument stands for (`*`, `a:b`), or undefined when the range cannot be read. */
  private range(arg: Extract<Expr, { kind: 'star' | 'range' }>, ctx: Ctx): Bound[] | undefined {
    const table = ctx.table;
    if (!table || !ctx.row || !ctx.column) return undefined;
    if (arg.kind === 'star') {
      if (ctx.mode === 'column') return table.columns.filter((c) => c !== ctx.column).map((c) => this.cell(table, ctx.row!, c));
      const rows = table.dataRows.filter((r) => r.group === ctx.row!.group && r !== ctx.row);
      return rows.map((r) => this.cell(table, r, ctx.column!));
    }
    const [a, b] = [arg.from.parts, arg.to.parts];
    if (a.length !== 1 || b.length !== 1) {
      this.issue('formula-error', ctx, arg.span, { sv: 'Ett område skrivs a:b med två id i samma tabell.', en: 'A range is written a:b with two ids of the same table.' });
      return undefined;
    }
    if (ctx.mode === 'column') {
      const from = this.index.column(table, a[0]);
      const to = this.index.column(table, b[0]);
      if (!from || !to) {
        this.unknown(ctx, (from ? arg.to : arg.from).span, `Tabellen ${table.id} har ingen kolumn ”${from ? b[0] : a[0]}”.`, `Table ${table.id} has no column "${from ? b[0] : a[0]}".`);
        return undefined;
      }
      const [lo, hi] = [Math.min(from.index, to.index), Math.max(from.index, to.index)];
      return table.columns.filter((c) => c.index >= lo && c.index <= hi).map((c) => this.cell(table, ctx.row!, c));
    }
    const from = this.index.row(table, a[0]);
    const to = this.index.row(table, b[0]);
    if (!from || !to) {
      this.unknown(ctx, (from ? arg.to : arg.from).span, `Tabellen ${table.id} har ingen rad ”${from ? b[0] : a[0]}”.`, `Table ${table.id} has no row "${from ? b[0] : a[0]}".`);
      return undefined;
    }
    const [lo, hi] = [Math.min(from.index, to.index), Math.max(from.index, to.index)];
    return table.dataRows.filter((r) => r.index >= lo && r.index <= hi).map((r) => this.cell(table, r, ctx.column!));
  }

  /** Each argument bound; ranges spell out their cells, and a range that cannot be read is no value. */
  private args(args: readonly Expr[], ctx: Ctx): Bound[] {
    const out: Bound[] = [];
    for (const a of args) {
      if (a.kind === 'star' || a.kind === 'range') {
        const cells = this.range(a, ctx);
        if (!cells) {
          if (ctx.mode === 'outcome') {
            this.issue('formula-error', ctx, a.span, {
              sv: 'Ett område (a:b eller *) kan bara stå i en tabells formler; räkna upp cellerna här.',
              en: 'A range (a:b or *) can only stand in a table’s formulas; list the cells here.',
            });
          }
          // A range that cannot be read makes the whole call unknown rather than a sum of nothing.
          out.push(MISSING);
          continue;
        }
        out.push(...cells);
      } else {
        out.push(this.bind(a, ctx));
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
    this.issue('formula-error', ctx, expr.span, {
      sv: `${expr.name}() tar ${want} argument men fick ${n}.`,
      en: `${expr.name}() takes ${wantEn} but got ${n}.`,
    });
    return false;
  }

  private call(expr: Extract<Expr, { kind: 'call' }>, ctx: Ctx): Bound {
    const fn = functionNamed(expr.name);
    switch (fn?.name) {
      case 'sum':
        return { kind: 'aggregate', fn: 'sum', args: this.args(expr.args, ctx) };
      case 'avg':
        return this.arity(expr, ctx, 1) ? { kind: 'aggregate', fn: 'avg', args: this.args(expr.args, ctx) } : MISSING;
      case 'min':
      case 'max':
        return this.arity(expr, ctx, 1) ? { kind: 'aggregate', fn: fn.name, args: this.args(expr.args, ctx) } : MISSING;
      case 'abs':
        return this.arity(expr, ctx, 1, 1) ? { kind: 'abs', arg: this.bind(expr.args[0], ctx) } : MISSING;
      case 'count':
        return this.arity(expr, ctx, 1) ? { kind: 'count', args: this.args(expr.args, ctx) } : MISSING;
      case 'countif':
        return this.countif(expr, ctx);
      case 'prev':
        return this.prev(expr, ctx);
      default:
        this.issue('formula-error', ctx, expr.nameSpan, {
          sv: `Okänd funktion ”${expr.name}”. Kända: ${FUNCTIONS.map((f) => f.name).join(', ')}.`,
          en: `Unknown function "${expr.name}". Known: ${FUNCTIONS.map((f) => f.name).join(', ')}.`,
        });
        return MISSING;
    }
  }

  /** countif counts rows by their printed text, which needs no value: it is counted when bound. */
  private countif(expr: Extract<Expr, { kind: 'call' }>, ctx: Ctx): Bound {
    if (!this.arity(expr, ctx, 1)) return MISSING;
    const [target, ...conditions] = expr.args;
    if (target.kind !== 'ref' || target.parts.length !== 1) {
      this.issue('formula-error', ctx, target.span, { sv: 'countif tar en tabell som första argument.', en: 'countif takes a table as its first argument.' });
      return MISSING;
    }
    const table = this.index.tables.get(target.parts[0]);
    if (!table) return this.unknown(ctx, target.span, `Tabellen ”${target.parts[0]}” finns inte.`, `There is no table "${target.parts[0]}".`);
    const tests: { column: Column; op: '=' | '!='; value: string }[] = [];
    for (const c of conditions) {
      if (c.kind !== 'compare' || (c.op !== '=' && c.op !== '!=') || c.left.kind !== 'ref' || c.left.parts.length !== 1 || c.right.kind !== 'string') {
        this.issue('formula-error', ctx, c.span, {
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
    return num(I.point(R.fromInt(n)));
  }

  private prev(expr: Extract<Expr, { kind: 'call' }>, ctx: Ctx): Bound {
    if (!this.arity(expr, ctx, 1, 1)) return MISSING;
    if (ctx.mode === 'form' && ctx.form?.year !== undefined) {
      return this.bind(expr.args[0], { ...ctx, form: { ...ctx.form, year: ctx.form.year - 1 } });
    }
    const table = ctx.table;
    const year = ctx.column?.year;
    // A column without a year (such as "Förändring") beside year columns is simply not one prev() applies to.
    if (table && year === undefined && table.columns.some((c) => c.year !== undefined)) return MISSING;
    if (!table || year === undefined) {
      this.issue('formula-error', ctx, expr.span, {
        sv: 'prev() kräver att kolumnerna anger år.',
        en: 'prev() needs columns that state their year.',
      });
      return MISSING;
    }
    const column = this.index.columnForYear(table, year - 1);
    // The first year has no previous column: the formula simply does not apply there.
    if (!column) return MISSING;
    return this.bind(expr.args[0], { ...ctx, column });
  }
}
