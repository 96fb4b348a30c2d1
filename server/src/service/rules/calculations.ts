// calc-inconsistent: a printed figure lies outside what its author's formula computes, allowing for
// rounding (XBRL Calculations 1.1 intervals; floor to ceiling for shares rounded by largest remainder).
// The comparison is made when the tables are evaluated (tables/check.ts), part by part, and kept with the
// part's results, and folded where one figure explains several findings (rules/blame.ts); this unit
// reports what it found.
import { replaceFigure } from '../features/fixes/replaceFigure';
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
    // Several broken relations that share one printed figure come folded onto it (rules/blame.ts).
    for (const f of ctx.findingsOf('calc-inconsistent')) out.place({ ...f, code: 'calc-inconsistent' });
  },
  fixes: { 'calc-inconsistent': replaceFigure },
});
