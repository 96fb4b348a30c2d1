// The letter's financial conditions against the report's statements:
// rb-allocation (tilldelning, beräknat belopp and the sammanställning's granted limits equal the letter),
// rb-carry-over (anslagssparande within the share that may be kept), rb-appropriation-credit (anslagskredit
// not exceeded), rb-loan-limit, rb-account-credit, rb-fee-table (a budget table repeats the letter), and
// form-inconsistent for the sammanställning's anslagssparande against the anslagsredovisning.
import * as I from '../numbers/interval';
import type { Interval } from '../numbers/interval';
import * as R from '../numbers/rational';
import { unitScale } from '../numbers/units';
import type { Unit } from '../numbers/units';
import type { DataRow, Origin, Table } from '../model/types';
import type { FeeColumn } from '../model/types';
import type { Language, Message, Problem } from '../problems';
import type { Cell } from '../tables/cells';
import { toUnit } from '../tables/cells';
import { consistentWith } from '../tables/check';
import { cellLabel, printedBoth, unitText } from '../tables/describe';
import { formatInterval, formatNumber } from '../tables/format';
import type { RuleCode } from './registry';
import { problem } from './context';
import type { ProjectRule, RuleContext } from './context';

function amount(value: R.Rational, unit: Unit, decimals: number | undefined): Interval {
  const base = I.scale(I.point(value), unitScale(unit));
  if (decimals === undefined) return base;
  const half = R.div(R.pow10(-decimals), R.fromInt(2));
  return I.scale(I.make(R.sub(value, half), R.add(value, half)), unitScale(unit));
}

/** A percentage with as many decimals as it has (3 %, 2,5 %). */
function percentText(p: R.Rational, language: Language): string {
  let d = 0;
  while (d < 4 && R.cmp(R.roundTo(p, d), p) !== 0) d++;
  return formatNumber(p, d, language);
}

function shown(interval: Interval, cell: Cell, language: Language = 'sv'): string {
  const v = toUnit(interval, cell.unit);
  return (I.isPoint(v) ? formatNumber(v.lo, cell.decimals, language) : formatInterval(v, cell.decimals + 1, language)) + unitText(cell);
}

class Checker {
  readonly out: Problem[] = [];
  constructor(private readonly ctx: RuleContext) {}

  cell(table: Table, row: DataRow, columnId: string): Cell | undefined {
    const column = this.ctx.index.column(table, columnId);
    return column ? this.ctx.index.cell(table, row, column) : undefined;
  }

  value(cell: Cell | undefined): Interval | undefined {
    if (!cell) return undefined;
    const v = this.ctx.engine.declared(cell);
    return v.kind === 'number' ? v.interval : undefined;
  }

  /** The printed figure must equal the letter's figure. */
  equals(code: RuleCode, cell: Cell | undefined, expected: Interval, what: Message, at: Origin): void {
    const v = this.value(cell);
    if (cell && v) this.ctx.checked.add(cell);
    if (!cell || !v || consistentWith(cell, v, expected)) return;
    const label = cellLabel(cell);
    this.out.push(problem(code, this.ctx.locate.origin(cell.source!.origin), {
      sv: `${label.sv}: tryckt ${printedBoth(cell).sv} men ${what.sv} är ${shown(expected, cell)}.`,
      en: `${label.en}: printed ${printedBoth(cell).en} but ${what.en} is ${shown(expected, cell, 'en')}.`,
    }, [{ ...this.ctx.locate.origin(at), message: what }], { cell: cell.key, computed: R.toFixed(toUnit(expected, cell.unit).lo, cell.decimals) }));
  }

  /** The printed figure must not exceed (or, with `atLeast`, fall below) a limit, within rounding. */
  limit(code: RuleCode, cell: Cell | undefined, limit: Interval, what: Message, at: Origin | undefined, atLeast = false, limitCell?: Cell): void {
    const v = this.value(cell);
    if (cell && v) this.ctx.checked.add(cell);
    if (limitCell && v) this.ctx.checked.add(limitCell);
    if (!cell || !v) return;
    const broken = atLeast ? R.cmp(v.hi, limit.lo) < 0 : R.cmp(v.lo, limit.hi) > 0;
    if (!broken) return;
    const label = cellLabel(cell);
    const op = atLeast ? { sv: 'understiger', en: 'is below' } : { sv: 'överstiger', en: 'exceeds' };
    const source = limitCell ? ` (${limitCell.key})` : '';
    const related = limitCell?.source ? limitCell.source.origin : at;
    // A limit printed in the table is quoted as printed; the letter's limit as its exact amount.
    const bound = limitCell ? printedBoth(limitCell) : { sv: shown(limit, cell), en: shown(limit, cell, 'en') };
    this.out.push(problem(code, this.ctx.locate.origin(cell.source!.origin), {
      sv: `${label.sv}: ${printedBoth(cell).sv} ${op.sv} ${what.sv} ${bound.sv}${source}.`,
      en: `${label.en}: ${printedBoth(cell).en} ${op.en} ${what.en} ${bound.en}${source}.`,
    }, related ? [{ ...this.ctx.locate.origin(related), message: what }] : undefined));
  }
}

export const rbFinance: ProjectRule = (ctx) => {
  const { project, index } = ctx;
  const rs = project.requirementSet;
  const f = rs?.finance;
  if (!rs || !f) return [];
  const check = new Checker(ctx);
  const year = rs.year;
  for (const table of project.tables) {
    if (index.tables.get(table.id) !== table) continue;
    if (table.form === 'anslagsredovisning') {
      for (const row of table.dataRows) {
        const post = row.links.anslagspost ? f.posts.get(row.links.anslagspost.id) : undefined;
        if (!post) continue;
        const name = `${post.appropriation.beteckning ?? ''} ${post.beteckning ?? ''} ${post.namn ?? ''}`.replace(/\s+/g, ' ').trim();
        if (post.amount) {
          check.equals('rb-allocation', check.cell(table, row, 'årets_tilldelning'), amount(post.amount, f.unit, f.decimals),
            { sv: `tilldelningen för ${name} enligt regleringsbrevet`, en: `the allotment of ${name} in the letter` }, post.origin);
        }
        const out = check.cell(table, row, 'utgående_överföringsbelopp');
        if (post.credit) {
          check.limit('rb-appropriation-credit', out, I.neg(amount(post.credit, f.unit, f.decimals)),
            { sv: `den medgivna anslagskrediten (negativt överföringsbelopp) för ${name}`, en: `the granted credit (negative carry-over) of ${name}` }, post.origin, true);
        }
        if (post.carryOverPercent && post.amount) {
          const max = I.scale(amount(post.amount, f.unit, f.decimals), R.div(post.carryOverPercent, R.fromInt(100)));
          check.limit('rb-carry-over', out, max,
            { sv: `anslagsbehållningen som får disponeras (${percentText(post.carryOverPercent, 'sv')} % av tilldelningen) för ${name}`, en: `the carry-over allowed (${percentText(post.carryOverPercent, 'en')} % of the allotment) of ${name}` },
            post.origin);
        }
        appropriationName(ctx, check, table, row, post.beteckning, post.namn, name);
      }
    }
    if (table.form === 'inkomsttitlar') {
      for (const row of table.dataRows) {
        const t = row.links.inkomsttitel ? f.incomeTitles.get(row.links.inkomsttitel.id) : undefined;
        if (t?.estimate) {
          check.equals('rb-allocation', check.cell(table, row, 'beräknat_belopp'), amount(t.estimate, f.unit, f.decimals),
            { sv: `beräknat belopp för inkomsttitel ${t.nummer ?? t.id} enligt regleringsbrevet`, en: `the estimate of income title ${t.nummer ?? t.id} in the letter` }, t.origin);
        }
      }
    }
    if (table.form === 'avgiftstabell' && table.avser === 'budget') {
      for (const row of table.dataRows) {
        const fee = row.links.verksamhet ? f.feeRows.get(row.links.verksamhet.id) : undefined;
        if (!fee) continue;
        for (const [column, value] of fee.values) {
          check.equals('rb-fee-table', check.cell(table, row, column), amount(value, f.feeUnit, f.feeDecimals),
            { sv: `regleringsbrevets budget (${column as FeeColumn})`, en: `the letter's budget (${column})` }, fee.origin);
        }
      }
    }
    if (table.form === 'sammanställning') summary(ctx, check, table, year);
  }
  return check.out;
};

function appropriationName(ctx: RuleContext, check: Checker, table: Table, row: DataRow, beteckning: string | undefined, namn: string | undefined, full: string): void {
  const heading = (row.rubrik ?? '').toLowerCase().replace(/\s+/g, ' ');
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const designation = (beteckning ?? '').toLowerCase().replace(/^ap\.?\s*/, '');
  // Whole words only: "Verksamhetsstöd" does not name "Verksamhet", nor "ap.1.2" name "ap.1".
  const name = namn ? escape(namn.toLowerCase().replace(/\s+/g, ' ')) : '';
  const hasName = !namn || new RegExp(`(^|[^\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'u').test(heading);
  const hasDesignation = !designation || new RegExp(`(^|[^\\p{L}])ap\\.?\\s*${escape(designation)}(?![\\p{N}]|\\.\\p{N})`, 'u').test(heading);
  if (hasName && hasDesignation) return;
  check.out.push(problem('rb-appropriation-name', ctx.locate.origin({ uri: table.uri, ptr: `${row.origin.ptr}/rubrik` }), {
    sv: `Raden ska ange anslagsposten med beteckning och benämning som i regleringsbrevet: ”${full}”.`,
    en: `The row must name the appropriation post with the designation and name of the letter: "${full}".`,
  }));
}

function summary(ctx: RuleContext, check: Checker, table: Table, year: number | undefined): void {
  const f = ctx.project.requirementSet!.finance!;
  const row = (id: string) => table.dataRows.find((r) => r.id === id);
  const at = (id: string, column: { id: string }) => {
    const r = row(id);
    return r ? check.cell(table, r, column.id) : undefined;
  };
  const sum = (values: (R.Rational | undefined)[], unit: Unit, decimals: number | undefined): Interval | undefined => {
    const present = values.filter((v): v is R.Rational => v !== undefined);
    return present.length ? present.map((v) => amount(v, unit, decimals)).reduce(I.add) : undefined;
  };
  for (const column of table.columns) {
    if (column.year === undefined) continue;
    const budgetYear = column.year === year;
    const granted = (id: string) => check.value(at(id, column));
    if (budgetYear) {
      const facts: [string, Interval | undefined, Message, Origin][] = [
        ['låneram_beviljad', f.loanLimit && amount(f.loanLimit.value, f.unit, f.decimals), { sv: 'låneramen i regleringsbrevet', en: 'the loan limit of the letter' }, f.loanLimit?.origin ?? f.origin],
        ['kontokredit_beviljad', f.accountCredit && amount(f.accountCredit.value, f.unit, f.decimals), { sv: 'räntekontokrediten i regleringsbrevet', en: 'the interest account credit of the letter' }, f.accountCredit?.origin ?? f.origin],
        ['anslagskredit_beviljad', sum([...f.posts.values()].map((p) => p.credit), f.unit, f.decimals), { sv: 'summan av anslagskrediterna i regleringsbrevet', en: 'the sum of the letter’s appropriation credits' }, f.origin],
        ['avgiftsintäkter_beräknat', sum([...f.feeRows.values()].map((r) => r.values.get('intäkter')), f.feeUnit, f.feeDecimals), { sv: 'summan av regleringsbrevets beräknade avgiftsintäkter', en: 'the sum of the letter’s estimated fee revenue' }, f.origin],
        ['inkomsttitel_beräknat', sum([...f.incomeTitles.values()].map((t) => t.estimate), f.unit, f.decimals), { sv: 'regleringsbrevets beräknade belopp på inkomsttitlar', en: 'the letter’s estimates on income titles' }, f.origin],
      ];
      for (const [id, expected, what, origin] of facts) if (expected) check.equals('rb-allocation', at(id, column), expected, what, origin);
    }
    // In the budget year the letter's exact limit applies (rb-allocation holds the printed granted figure to
    // it); other years have only the printed granted figure. Either way each limit is checked once.
    const letterLimits: Record<string, Interval | undefined> = budgetYear ? {
      låneram_beviljad: f.loanLimit && amount(f.loanLimit.value, f.unit, f.decimals),
      kontokredit_beviljad: f.accountCredit && amount(f.accountCredit.value, f.unit, f.decimals),
      anslagskredit_beviljad: sum([...f.posts.values()].map((p) => p.credit), f.unit, f.decimals),
    } : {};
    const limits: [RuleCode, string, string, Message, Message][] = [
      ['rb-loan-limit', 'låneram_utnyttjad', 'låneram_beviljad', { sv: 'beviljad låneram', en: 'the granted loan limit' }, { sv: 'låneramen i regleringsbrevet', en: 'the loan limit of the letter' }],
      ['rb-account-credit', 'kontokredit_max_utnyttjad', 'kontokredit_beviljad', { sv: 'beviljad räntekontokredit', en: 'the granted interest account credit' }, { sv: 'räntekontokrediten i regleringsbrevet', en: 'the interest account credit of the letter' }],
      ['rb-appropriation-credit', 'anslagskredit_utnyttjad', 'anslagskredit_beviljad', { sv: 'beviljad anslagskredit', en: 'the granted appropriation credit' }, { sv: 'anslagskrediterna i regleringsbrevet', en: 'the appropriation credits of the letter' }],
    ];
    for (const [code, used, grantedId, what, whatLetter] of limits) {
      const letter = letterLimits[grantedId];
      const printedLimit = granted(grantedId);
      // The letter's limit is quoted as the letter gives it; the printed granted figure is held to it by
      // rb-allocation.
      if (letter) check.limit(code, at(used, column), letter, whatLetter, f.origin);
      else if (printedLimit) check.limit(code, at(used, column), printedLimit, what, row(grantedId)?.origin, false, at(grantedId, column));
    }
    savings(ctx, check, at('anslagssparande', column), column.year, year);
  }
}

/** The sammanställning's anslagssparande equals the anslagsredovisning's positive carry-over. */
function savings(ctx: RuleContext, check: Checker, cell: Cell | undefined, columnYear: number, year: number | undefined): void {
  if (!cell || year === undefined || (columnYear !== year && columnYear !== year - 1)) return;
  const columnId = columnYear === year ? 'utgående_överföringsbelopp' : 'ingående_överföringsbelopp';
  const views = ctx.index.forms.get('anslagsredovisning')?.tables ?? [];
  const parts: Interval[] = [];
  let origin: Origin | undefined;
  for (const t of views) {
    for (const r of t.dataRows) {
      if (!r.links.anslagspost) continue;
      const v = check.value(check.cell(t, r, columnId));
      if (!v) continue;
      origin ??= r.origin;
      // Only positive carry-over is savings; a negative one is used credit.
      parts.push({ lo: R.max(v.lo, R.ZERO), hi: R.max(v.hi, R.ZERO) });
    }
  }
  if (!parts.length || !origin) return;
  check.equals('form-inconsistent', cell, parts.reduce(I.add),
    { sv: `anslagssparandet enligt anslagsredovisningen (${columnYear === year ? 'utgående' : 'ingående'} överföringsbelopp)`, en: `the savings in the anslagsredovisning (${columnYear === year ? 'closing' : 'opening'} carry-over)` },
    origin);
}
