// rb-allocation: the amounts the letter sets are printed as the letter sets them: an appropriation post's
// allotment (tilldelning) in the anslagsredovisning, an income title's estimate (beräknat belopp), and, in
// the sammanställning's budget-year column, the granted loan limit, interest account credit and
// appropriation credits and the estimated fee revenue and income.
import type { Interval } from '../numbers/interval';
import type { Origin, Table } from '../model/types';
import type { Message } from '../problems';
import { replaceFigure } from '../features/fixes/replaceFigure';
import type { ReportContext } from './context';
import { amount, amountSum, cellAt, checkEquals, letterLimits, postName, postRows, tablesOfForm } from './letterFigures';
import { defineRule } from './unit';
import type { RuleOutput } from './unit';

type Out = RuleOutput<'rb-allocation'>;

export const rbAllocation = defineRule({
  name: 'rbAllocation',
  reportKinds: ['årsredovisning'],
  codes: {
    'rb-allocation': {
      severity: 'error',
      title: { sv: 'Beloppet skiljer sig från regleringsbrevet', en: 'Amount differs from the letter' },
      summary: 'An allotment, estimate or granted limit differs from the letter.',
    },
  },
  report(ctx, out) {
    const f = ctx.project.requirementSet?.finance;
    if (!f) return;
    for (const { table, row, post } of postRows(ctx, f)) {
      if (!post.amount) continue;
      const name = postName(post);
      checkEquals(ctx, out, 'rb-allocation', cellAt(ctx, table, row, 'årets_tilldelning'), amount(post.amount, f.unit, f.decimals),
        { sv: `tilldelningen för ${name} enligt regleringsbrevet`, en: `the allotment of ${name} in the letter` }, post.origin);
    }
    for (const table of tablesOfForm(ctx, 'inkomsttitlar')) {
      for (const row of table.dataRows) {
        const t = row.links.inkomsttitel ? f.incomeTitles.get(row.links.inkomsttitel.id) : undefined;
        if (!t?.estimate) continue;
        checkEquals(ctx, out, 'rb-allocation', cellAt(ctx, table, row, 'beräknat_belopp'), amount(t.estimate, f.unit, f.decimals),
          { sv: `beräknat belopp för inkomsttitel ${t.nummer ?? t.id} enligt regleringsbrevet`, en: `the estimate of income title ${t.nummer ?? t.id} in the letter` }, t.origin);
      }
    }
    for (const table of tablesOfForm(ctx, 'sammanställning')) summaryGranted(ctx, out, table);
  },
  fixes: { 'rb-allocation': replaceFigure },
});

/** The budget year's granted figures of the sammanställning against the letter. */
function summaryGranted(ctx: ReportContext, out: Out, table: Table): void {
  const rs = ctx.project.requirementSet!;
  const f = rs.finance!;
  const limits = letterLimits(f);
  const facts: [string, Interval | undefined, Message, Origin][] = [
    ['låneram_beviljad', limits.låneram_beviljad, { sv: 'låneramen i regleringsbrevet', en: 'the loan limit of the letter' }, f.loanLimit?.origin ?? f.origin],
    ['kontokredit_beviljad', limits.kontokredit_beviljad, { sv: 'räntekontokrediten i regleringsbrevet', en: 'the interest account credit of the letter' }, f.accountCredit?.origin ?? f.origin],
    ['anslagskredit_beviljad', limits.anslagskredit_beviljad, { sv: 'summan av anslagskrediterna i regleringsbrevet', en: 'the sum of the letter’s appropriation credits' }, f.origin],
    ['avgiftsintäkter_beräknat', amountSum([...f.feeRows.values()].map((r) => r.values.get('intäkter')), f.feeUnit, f.feeDecimals), { sv: 'summan av regleringsbrevets beräknade avgiftsintäkter', en: 'the sum of the letter’s estimated fee revenue' }, f.origin],
    ['inkomsttitel_beräknat', amountSum([...f.incomeTitles.values()].map((t) => t.estimate), f.unit, f.decimals), { sv: 'regleringsbrevets beräknade belopp på inkomsttitlar', en: 'the letter’s estimates on income titles' }, f.origin],
  ];
  for (const column of table.columns) {
    if (column.year === undefined || column.year !== rs.year) continue;
    for (const [id, expected, what, origin] of facts) {
      if (expected) checkEquals(ctx, out, 'rb-allocation', cellAt(ctx, table, table.dataRows.find((r) => r.id === id), column.id), expected, what, origin);
    }
  }
}
