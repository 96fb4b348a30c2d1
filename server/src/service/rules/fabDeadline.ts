// fab-deadline: the report is decided and signed no later than 22 February of the year after the
// financial year (FÅB 2 kap. 1 §), unless the date is declared not to apply (another statute sets it).
import { notApplicable } from '../model/applicability';
import { defineRule } from './unit';

export const fabDeadline = defineRule({
  name: 'fabDeadline',
  reportKinds: ['årsredovisning'],
  codes: {
    'fab-deadline': {
      severity: 'error',
      title: { sv: 'Årsredovisningen lämnas för sent', en: 'Report submitted too late' },
      summary: 'The signing date is after 22 February (FÅB 2 kap. 1 §) or within the financial year.',
    },
  },
  report({ project, locate }, out) {
    const year = project.manifest.year;
    if (year === undefined || notApplicable(project, 'tidpunkt')) return;
    const deadline = `${year + 1}-02-22`;
    for (const s of project.sections) {
      const date = s.signatures?.date;
      if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
      if (date > deadline || date <= `${year}-12-31`) {
        out.report('fab-deadline', locate.origin({ uri: s.uri, ptr: `${s.signatures!.origin.ptr}/datum` }), date > deadline ? {
          sv: `Årsredovisningen för ${year} ska lämnas senast den ${deadline} (FÅB 2 kap. 1 §), men den är daterad ${date}.`,
          en: `The report for ${year} is due by ${deadline} (FÅB 2:1), but it is dated ${date}.`,
        } : {
          sv: `Årsredovisningen för ${year} kan inte beslutas före räkenskapsårets slut, men den är daterad ${date}.`,
          en: `The report for ${year} cannot be decided before the year ends, but it is dated ${date}.`,
        });
      }
    }
  },
});
