// prose-inconsistent: a figure a text states on its own and checks against the tables (`{48 685 =
// T11.antal.år2023 - T11.antal.år2022}`, "en ökning med 48 685") disagrees with what the formula gives,
// allowing for the figure's rounding. The claims are evaluated with the outcomes (tables/proseClaims.ts);
// this unit reports those that do not hold and marks the cells they read as checked.
import { writeInPlace } from '../features/fixes/writeInPlace';
import * as I from '../numbers/interval';
import * as R from '../numbers/rational';
import { unitScale } from '../numbers/units';
import type { Unit } from '../numbers/units';
import { printedBoth } from '../tables/describe';
import { formatNumber } from '../tables/format';
import { defineRule } from './unit';

/** What a bound asks of the formula's value, after "which". */
const BOUND_WORDS = {
  '=': undefined,
  '~': undefined,
  '<': { sv: 'större än', en: 'greater than' },
  '<=': { sv: 'minst', en: 'at least' },
  '>': { sv: 'mindre än', en: 'less than' },
  '>=': { sv: 'högst', en: 'at most' },
} as const;

const unitWord = (unit: Unit | undefined) => (unit && unit !== 'antal' && unit !== 'text' ? ` ${unit}` : '');

export const proseClaims = defineRule({
  name: 'proseClaims',
  codes: {
    'prose-inconsistent': {
      severity: 'error',
      title: { sv: 'Siffran i texten stämmer inte med tabellerna', en: 'A figure in the text disagrees with the tables' },
      summary: 'A figure the text checks against the tables ({48 685 = …}) differs from what its formula gives, allowing for rounding.',
    },
  },
  report(ctx, out) {
    for (const r of ctx.claims.results) {
      for (const cell of r.inputs) if (cell.source?.literal.kind === 'number') out.checked(cell);
      if (r.holds !== false || !r.computed) continue;
      const { claim } = r;
      const decimals = Math.max(claim.decimals, 0);
      const value = R.roundTo(R.div(I.midpoint(r.computed), unitScale(r.unit)), decimals);
      const sv = formatNumber(value, decimals, 'sv');
      const en = formatNumber(value, decimals, 'en');
      const at = ctx.locate.span(r.at, { start: claim.figureStart, end: claim.figureStart + claim.figure.length });
      const inputs = r.inputs.slice(0, 6).map((c) => ({ sv: `${c.key} = ${printedBoth(c).sv}`, en: `${c.key} = ${printedBoth(c).en}` }));
      const bound = BOUND_WORDS[claim.op];
      const figure = `${claim.figure}${unitWord(r.unit)}`;
      out.report('prose-inconsistent', at, {
        sv: `Texten skriver ${figure}, men ${claim.formula} ger ${sv}${unitWord(r.unit)}${bound ? `, som skulle vara ${bound.sv} ${figure}` : ''} (${inputs.map((x) => x.sv).join(', ')}).`,
        en: `The text says ${figure}, but ${claim.formula} gives ${en}${unitWord(r.unit)}${bound ? `, which should be ${bound.en} ${figure}` : ''} (${inputs.map((x) => x.en).join(', ')}).`,
      }, r.inputs.filter((c) => c.source).slice(0, 6).map((c) => ({ ...ctx.locate.origin(c.source!.origin), message: { sv: `${c.key} = ${printedBoth(c).sv}`, en: `${c.key} = ${printedBoth(c).en}` } })),
      claim.op === '=' || claim.op === '~' ? { computed: sv } : undefined);
    }
  },
  // The text may be right and a table's figure wrong: the figure the formula gives is offered, not preferred.
  fixes: { 'prose-inconsistent': writeInPlace({ key: 'computed', preferred: false }) },
});
