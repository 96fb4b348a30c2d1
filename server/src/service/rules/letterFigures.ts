// What the rules on the letter's financial conditions share: the letter's amounts as intervals at their
// precision, the report's printed figures, and the two comparisons they make: a printed figure equals
// the letter's figure, or stays within a limit, both allowing for rounding.
import * as I from '../numbers/interval';
import type { Interval } from '../numbers/interval';
import * as R from '../numbers/rational';
import { unitScale } from '../numbers/units';
import type { Unit } from '../numbers/units';
import type { AppropriationPost, DataRow, Finance, Origin, Table } from '../model/types';
import type { Language, Message } from '../problems';
import type { Cell } from '../tables/cells';
import { toUnit } from '../tables/cells';
import { consistentWith } from '../tables/check';
import { cellLabel, printedBoth, unitText } from '../tables/describe';
import { formatInterval, formatNumber } from '../tables/format';
import type { ReportContext } from './context';
import type { RuleOutput } from './unit';

/** A letter's amount in base units: exact, or, with its decimals, the interval its rounding stands for. */
export function amount(value: R.Rational, unit: Unit, decimals: number | undefined): Interval {
  const base = I.scale(I.point(value), unitScale(unit));
  if (decimals === undefined) return base;
  const half = R.div(R.pow10(-decimals), R.fromInt(2));
  return I.scale(I.make(R.sub(value, half), R.add(value, half)), unitScale(unit));
}

/** The sum of the letter's amounts that are given, or undefined when none is. */
export function amountSum(values: readonly (R.Rational | undefined)[], unit: Unit, decimals: number | undefined): Interval | undefined {
  const present = values.filter((v): v is R.Rational => v !== undefined);
  return present.length ? present.map((v) => amount(v, unit, decimals)).reduce(I.add) : undefined;
}

/** A percentage with as many decimals as it has (3 %, 2,5 %). */
export function percentText(p: R.Rational, language: Language): string {
  let d = 0;
  while (d < 4 && R.cmp(R.roundTo(p, d), p) !== 0) d++;
  return formatNumber(p, d, language);
}

function shown(interval: Interval, cell: Cell, language: Language = 'sv'): string {
  const v = toUnit(interval, cell.unit);
  return (I.isPoint(v) ? formatNumber(v.lo, cell.decimals, language) : formatInterval(v, cell.decimals + 1, language)) + unitText(cell);
}

/** An appropriation post as the letter names it: "2:1 ap.1 Verksamhet". */
export function postName(post: { appropriation: { beteckning?: string }; beteckning?: string; namn?: string }): string {
  return `${post.appropriation.beteckning ?? ''} ${post.beteckning ?? ''} ${post.namn ?? ''}`.replace(/\s+/g, ' ').trim();
}

/** The tables of one standard form that the report's index evaluates (a duplicate id's loser is left out). */
export function tablesOfForm(ctx: ReportContext, form: string, avser?: string): Table[] {
  return ctx.project.tables.filter((t) => t.form === form && (avser === undefined || t.avser === avser) && ctx.index.tables.get(t.id) === t);
}

/** Each row of the report's appropriation accounts that names a post of the letter, with that post. */
export function postRows(ctx: ReportContext, f: Finance): { table: Table; row: DataRow; post: AppropriationPost }[] {
  return tablesOfForm(ctx, 'anslagsredovisning').flatMap((table) => table.dataRows.flatMap((row) => {
    const post = row.links.anslagspost ? f.posts.get(row.links.anslagspost.id) : undefined;
    return post ? [{ table, row, post }] : [];
  }));
}

export function cellAt(ctx: ReportContext, table: Table, row: DataRow | undefined, columnId: string): Cell | undefined {
  const column = row ? ctx.index.column(table, columnId) : undefined;
  return row && column ? ctx.index.cell(table, row, column) : undefined;
}

export function printedValue(ctx: ReportContext, cell: Cell | undefined): Interval | undefined {
  if (!cell) return undefined;
  const v = ctx.engine.declared(cell);
  return v.kind === 'number' ? v.interval : undefined;
}

/** The sammanställning's granted limits as the letter sets them, for the budget year. */
export function letterLimits(f: Finance): Readonly<Record<'låneram_beviljad' | 'kontokredit_beviljad' | 'anslagskredit_beviljad', Interval | undefined>> {
  return {
    låneram_beviljad: f.loanLimit && amount(f.loanLimit.value, f.unit, f.decimals),
    kontokredit_beviljad: f.accountCredit && amount(f.accountCredit.value, f.unit, f.decimals),
    anslagskredit_beviljad: amountSum([...f.posts.values()].map((p) => p.credit), f.unit, f.decimals),
  };
}

/** The printed figure must equal the letter's figure (or what the report says elsewhere). */
export function checkEquals<C extends string>(
  ctx: ReportContext, out: RuleOutput<C>, code: C, cell: Cell | undefined, expected: Interval, what: Message, at: Origin,
  /** Whether the expected figure is given (the letter's), so that only the printed one can be wrong. */
  given = true,
): void {
  const v = printedValue(ctx, cell);
  if (!cell || !v) return;
  out.checked(cell);
  if (consistentWith(cell, v, expected)) return;
  const label = cellLabel(cell);
  out.report(code, ctx.locate.origin(cell.source!.origin), {
    sv: `${label.sv}: tryckt ${printedBoth(cell).sv} men ${what.sv} är ${shown(expected, cell)}.`,
    en: `${label.en}: printed ${printedBoth(cell).en} but ${what.en} is ${shown(expected, cell, 'en')}.`,
  }, [{ ...ctx.locate.origin(at), message: what }], { cell: cell.key, computed: R.toFixed(toUnit(expected, cell.unit).lo, cell.decimals), sole: given });
}

/** The printed figure must not exceed (or, with `atLeast`, fall below) a limit, within rounding. */
export function checkLimit<C extends string>(
  ctx: ReportContext, out: RuleOutput<C>, code: C, cell: Cell | undefined, limit: Interval, what: Message, at: Origin | undefined,
  atLeast = false, limitCell?: Cell,
): void {
  const v = printedValue(ctx, cell);
  if (!cell || !v) return;
  out.checked(cell);
  if (limitCell) out.checked(limitCell);
  const broken = atLeast ? R.cmp(v.hi, limit.lo) < 0 : R.cmp(v.lo, limit.hi) > 0;
  if (!broken) return;
  const label = cellLabel(cell);
  const op = atLeast ? { sv: 'understiger', en: 'is below' } : { sv: 'överstiger', en: 'exceeds' };
  const source = limitCell ? ` (${limitCell.key})` : '';
  const related = limitCell?.source ? limitCell.source.origin : at;
  // A limit printed in the table is quoted as printed; the letter's limit as its exact amount.
  const bound = limitCell ? printedBoth(limitCell) : { sv: shown(limit, cell), en: shown(limit, cell, 'en') };
  out.report(code, ctx.locate.origin(cell.source!.origin), {
    sv: `${label.sv}: ${printedBoth(cell).sv} ${op.sv} ${what.sv} ${bound.sv}${source}.`,
    en: `${label.en}: ${printedBoth(cell).en} ${op.en} ${what.en} ${bound.en}${source}.`,
  }, related ? [{ ...ctx.locate.origin(related), message: what }] : undefined);
}
