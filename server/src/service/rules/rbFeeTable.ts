// rb-fee-table: the report's fee table follows the letter's: each fee-funded activity of the letter has an
// outcome row (a table with form: avgiftstabell, avser: utfall), and a budget table (avser: budget)
// repeats the letter's figures.
import type { FeeColumn } from '../model/types';
import { replaceFigure } from '../features/fixes/replaceFigure';
import { missingEntries } from './projectionErrors';
import { amount, cellAt, checkEquals, tablesOfForm } from './letterFigures';
import { defineRule } from './unit';

export const rbFeeTable = defineRule({
  name: 'rbFeeTable',
  reportKinds: ['årsredovisning'],
  codes: {
    'rb-fee-table': {
      severity: 'error',
      title: { sv: 'Avgiftstabellen följer inte regleringsbrevet', en: 'Fee table does not follow the letter' },
      summary: 'A fee-funded activity lacks an outcome row, or the budget table differs from the letter.',
    },
  },
  report(ctx, out) {
    const f = ctx.project.requirementSet?.finance;
    if (!f) return;
    for (const table of tablesOfForm(ctx, 'avgiftstabell', 'budget')) {
      for (const row of table.dataRows) {
        const fee = row.links.verksamhet ? f.feeRows.get(row.links.verksamhet.id) : undefined;
        if (!fee) continue;
        for (const [column, value] of fee.values) {
          checkEquals(ctx, out, 'rb-fee-table', cellAt(ctx, table, row, column), amount(value, f.feeUnit, f.feeDecimals),
            { sv: `regleringsbrevets budget (${column as FeeColumn})`, en: `the letter's budget (${column})` }, fee.origin);
        }
      }
    }
    for (const id of missingEntries(ctx, 'avgiftsrader')) {
      const fee = f.feeRows.get(id);
      if (!fee) continue;
      out.report('rb-fee-table', ctx.locate.origin({ uri: ctx.project.requirementSet!.uri, ptr: `${fee.origin.ptr}/id` }), {
        sv: `Verksamheten ”${fee.verksamhet ?? id}” i regleringsbrevets avgiftstabell har inget utfall i årsredovisningen (tabell med form: avgiftstabell, avser: utfall, verksamhet: ${id}).`,
        en: `The activity "${fee.verksamhet ?? id}" of the letter's fee table has no outcome in the report (a table with form: avgiftstabell, avser: utfall, verksamhet: ${id}).`,
      });
    }
  },
  fixes: { 'rb-fee-table': replaceFigure },
});
