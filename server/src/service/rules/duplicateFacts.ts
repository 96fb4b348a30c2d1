// duplicate-fact: a figure printed as a plain copy of another (its formula is one reference, as a note's
// total in the balance sheet or a figure repeated in another table) in the same unit, with the same
// decimals and rounding, differs from it. Like XBRL's duplicate facts, two printings of one fact must read
// the same; the interval rule would let a one-unit slip pass, as the two intervals touch. The comparison
// is made when the tables are evaluated (tables/check.ts); this unit reports what it found.
import { replaceFigure } from '../features/fixes/replaceFigure';
import { defineRule } from './unit';

export const duplicateFacts = defineRule({
  name: 'duplicateFacts',
  codes: {
    'duplicate-fact': {
      severity: 'error',
      title: { sv: 'Samma uppgift tryckt olika', en: 'One fact printed two ways' },
      summary: 'A figure that copies another in the same unit and precision differs from it.',
    },
  },
  report(ctx, out) {
    for (const f of ctx.findingsOf('duplicate-fact')) out.place({ ...f, code: 'duplicate-fact' });
  },
  fixes: { 'duplicate-fact': replaceFigure },
});
