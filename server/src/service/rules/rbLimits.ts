// The letter's limits on what the agency may use, against the report: rb-carry-over (the closing
// carry-over within the share of the allotment that may be kept), rb-appropriation-credit (an
// appropriation not overspent beyond its credit; the sammanställning's used credit within the granted),
// rb-loan-limit and rb-account-credit (the sammanställning's used loan limit and interest account credit
// within the granted). In the budget year the letter's exact limit applies; in other years the printed
// granted figure, so that each limit is checked once.
import * as I from '../numbers/interval';
import * as R from '../numbers/rational';
import type { Message } from '../problems';
import type { Table } from '../model/types';
import type { ReportContext } from './context';
import { amount, cellAt, checkLimit, letterLimits, percentText, postName, postRows, printedValue, tablesOfForm } from './letterFigures';
import { defineRule } from './unit';
import type { RuleOutput } from './unit';

type Code = 'rb-carry-over' | 'rb-appropriation-credit' | 'rb-loan-limit' | 'rb-account-credit';

export const rbLimits = defineRule({
  name: 'rbLimits',
  reportKinds: ['årsredovisning'],
  codes: {
    'rb-carry-over': {
      severity: 'warning',
      title: { sv: 'Anslagssparandet överstiger vad som får disponeras', en: 'Carry-over exceeds the allowed share' },
      summary: 'The closing carry-over exceeds the share of the allotment that may be kept.',
    },
    'rb-appropriation-credit': {
      severity: 'error',
      title: { sv: 'Anslagskrediten överskrids', en: 'Appropriation credit exceeded' },
      summary: 'The appropriation is overspent beyond its credit in the letter, or the summary\'s used credit exceeds the granted one.',
    },
    'rb-loan-limit': {
      severity: 'error',
      title: { sv: 'Låneramen överskrids', en: 'Loan limit exceeded' },
      summary: 'The used loan limit exceeds the letter\'s (budget year) or the printed granted one (other years).',
    },
    'rb-account-credit': {
      severity: 'error',
      title: { sv: 'Räntekontokrediten överskrids', en: 'Interest account credit exceeded' },
      summary: 'The maximum use of the interest account credit exceeds the letter\'s (budget year) or the printed granted one.',
    },
  },
  report(ctx, out) {
    const f = ctx.project.requirementSet?.finance;
    if (!f) return;
    for (const { table, row, post } of postRows(ctx, f)) {
      const name = postName(post);
      const closing = cellAt(ctx, table, row, 'utgående_överföringsbelopp');
      if (post.credit) {
        checkLimit(ctx, out, 'rb-appropriation-credit', closing, I.neg(amount(post.credit, f.unit, f.decimals)),
          { sv: `den medgivna anslagskrediten (negativt överföringsbelopp) för ${name}`, en: `the granted credit (negative carry-over) of ${name}` }, post.origin, true);
      }
      if (post.carryOverPercent && post.amount) {
        const max = I.scale(amount(post.amount, f.unit, f.decimals), R.div(post.carryOverPercent, R.fromInt(100)));
        checkLimit(ctx, out, 'rb-carry-over', closing, max,
          { sv: `anslagsbehållningen som får disponeras (${percentText(post.carryOverPercent, 'sv')} % av tilldelningen) för ${name}`, en: `the carry-over allowed (${percentText(post.carryOverPercent, 'en')} % of the allotment) of ${name}` },
          post.origin);
      }
    }
    for (const table of tablesOfForm(ctx, 'sammanställning')) summaryLimits(ctx, out, table);
  },
});

const LIMITS: readonly [Code, string, string, Message, Message][] = [
  ['rb-loan-limit', 'låneram_utnyttjad', 'låneram_beviljad', { sv: 'beviljad låneram', en: 'the granted loan limit' }, { sv: 'låneramen i regleringsbrevet', en: 'the loan limit of the letter' }],
  ['rb-account-credit', 'kontokredit_max_utnyttjad', 'kontokredit_beviljad', { sv: 'beviljad räntekontokredit', en: 'the granted interest account credit' }, { sv: 'räntekontokrediten i regleringsbrevet', en: 'the interest account credit of the letter' }],
  ['rb-appropriation-credit', 'anslagskredit_utnyttjad', 'anslagskredit_beviljad', { sv: 'beviljad anslagskredit', en: 'the granted appropriation credit' }, { sv: 'anslagskrediterna i regleringsbrevet', en: 'the appropriation credits of the letter' }],
];

function summaryLimits(ctx: ReportContext, out: RuleOutput<Code>, table: Table): void {
  const rs = ctx.project.requirementSet!;
  const f = rs.finance!;
  const row = (id: string) => table.dataRows.find((r) => r.id === id);
  for (const column of table.columns) {
    if (column.year === undefined) continue;
    const letter: Record<string, ReturnType<typeof letterLimits>[keyof ReturnType<typeof letterLimits>]> = column.year === rs.year ? letterLimits(f) : {};
    for (const [code, used, grantedId, what, whatLetter] of LIMITS) {
      const granted = cellAt(ctx, table, row(grantedId), column.id);
      const printedLimit = printedValue(ctx, granted);
      // The letter's limit is quoted as the letter gives it; the printed granted figure is held to it by
      // rb-allocation.
      if (letter[grantedId]) checkLimit(ctx, out, code, cellAt(ctx, table, row(used), column.id), letter[grantedId]!, whatLetter, f.origin);
      else if (printedLimit) checkLimit(ctx, out, code, cellAt(ctx, table, row(used), column.id), printedLimit, what, row(grantedId)?.origin, false, granted);
    }
  }
}
