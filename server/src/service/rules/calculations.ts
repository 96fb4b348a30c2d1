// calc-inconsistent: a printed figure lies outside what its author's formula computes, allowing for
// rounding (XBRL Calculations 1.1 intervals; floor to ceiling for shares rounded by largest remainder).
// The comparison is made when the tables are evaluated (tables/check.ts), part by part, and kept with the
// part's results; this unit reports what it found.
import { replaceFigure } from '../features/fixes/replaceFigure';
import { blame, relatedOf } from './blame';
import { defineRule } from './unit';

export const calculations = defineRule({
  name: 'calculations',
  codes: {
    'calc-inconsistent': {
      severity: 'error',
      title: { sv: 'Siffran stämmer inte med formeln', en: 'Figure does not match its formula' },
      summary: 'A printed figure lies outside its formula\'s result, allowing for rounding (XBRL Calc 1.1 intervals; floor–ceiling for largest remainder).',
    },
  },
  report(ctx, out) {
    const found = ctx.findingsOf('calc-inconsistent').map((f) => ({ ...f, code: 'calc-inconsistent' as const }));
    // Several broken relations that share one printed figure are reported once, on that figure.
    const blamed = blame(found, (culprit, figure, group) => ({
      code: 'calc-inconsistent',
      at: { origin: figure.origin },
      message: {
        sv: `${figure.label?.sv ?? culprit} är troligen felskriven: ${group.length} samband som siffran ingår i går inte ihop, och den är den enda siffra som alla har gemensamt.`,
        en: `${figure.label?.en ?? culprit} is probably mistyped: ${group.length} relations it takes part in do not hold, and it is the one figure they all share.`,
      },
      related: relatedOf(group),
      data: { cell: culprit, culprit: true },
    }));
    for (const f of blamed) out.place(f);
  },
  fixes: { 'calc-inconsistent': replaceFigure },
});
