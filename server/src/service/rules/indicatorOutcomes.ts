// indicator-outcome-missing: every indicator of the requirement set has an outcome in the report that is
// a figure: a value or formula under a section's indikatorer, or the outcome column of a table with
// form: indikatorer.
import { addIndicatorOutcome } from '../features/fixes/addIndicatorOutcome';
import { entryPointer, invalidEntries, missingEntries } from './projectionErrors';
import { defineRule } from './unit';

export const indicatorOutcomes = defineRule({
  name: 'indicatorOutcomes',
  reportKinds: ['årsredovisning'],
  codes: {
    'indicator-outcome-missing': {
      severity: 'error',
      title: { sv: 'Indikatorn saknar utfall', en: 'Indicator without outcome' },
      summary: 'An indicator has no numeric outcome in the report.',
    },
  },
  report(ctx, out) {
    const rs = ctx.project.requirementSet;
    if (!rs) return;
    for (const id of missingEntries(ctx, 'indikatorer')) {
      const ind = rs.indicators.get(id);
      if (!ind) continue;
      out.report('indicator-outcome-missing', ctx.locate.origin({ uri: rs.uri, ptr: `${ind.origin.ptr}/id` }), {
        sv: `Indikatorn ${id} (${ind.namn ?? ''}) har inget utfall i årsredovisningen. Redovisa det under indikatorer i ett avsnitt eller i en tabell med form: indikatorer.`,
        en: `The indicator ${id} (${ind.namn ?? ''}) has no outcome in the report. Report it under indikatorer in a section or in a table with form: indikatorer.`,
      });
    }
    for (const id of invalidEntries(ctx, 'indikatorer', ['type', 'required'])) {
      const origin = ctx.projection.origins.get(entryPointer('indikatorer', id))?.[0];
      if (!origin) continue;
      out.report('indicator-outcome-missing', ctx.locate.origin(origin), {
        sv: `Utfallet för indikatorn ${id} är ingen siffra och kan inte beräknas.`,
        en: `The outcome of the indicator ${id} is no figure and cannot be computed.`,
      });
    }
  },
  fixes: { 'indicator-outcome-missing': addIndicatorOutcome },
});
