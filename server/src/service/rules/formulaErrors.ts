// formula-error and calc-undefined: what a formula that parses still cannot compute. formula-error: an
// unknown function, wrong arguments, a misplaced range or comparison, a circular reference, a formula
// naming the cell it checks; calc-undefined: a divisor that may be zero within its rounding, so that the
// ratio goes unchecked. Met by the binder and the engine while the tables and the outcomes are evaluated.
import { defineRule } from './unit';

export const formulaErrors = defineRule({
  name: 'formulaErrors',
  codes: {
    'formula-error': {
      severity: 'error',
      title: { sv: 'Formeln kan inte beräknas', en: 'Formula cannot be evaluated' },
      summary: 'Unknown function, wrong arguments, misplaced range or comparison, circular reference, a formula naming the cell it checks.',
    },
    'calc-undefined': {
      severity: 'warning',
      title: { sv: 'Beräkningen är odefinierad', en: 'Calculation undefined' },
      summary: 'A divisor may be zero within its rounding, so the ratio goes unchecked.',
    },
  },
  report(ctx, out) {
    for (const f of ctx.findingsOf('formula-error')) out.place({ ...f, code: 'formula-error' });
    for (const f of ctx.findingsOf('calc-undefined')) out.place({ ...f, code: 'calc-undefined' });
  },
});
