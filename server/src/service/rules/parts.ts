// part-deadline and part-status: a requirement reported in parts (delar) is judged by the reports
// (redovisningar) that answer its parts. A report dated after its part's deadline is late. A part that no
// report answers is judged against the latest report of the same requirement: due by then and missing is
// an error; due later is "not yet due", a status, not an error. Without any report of the requirement
// nothing is judged, as the letter alone does not know today's date.
import { answeredPart, isLate, judgeParts } from '../model/partStatus';
import { defineRule } from './unit';

const fileName = (uri: string) => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));

export const parts = defineRule({
  name: 'parts',
  codes: {
    'part-deadline': {
      severity: 'error',
      title: { sv: 'Delredovisningen är sen', en: 'Part reported late' },
      summary: 'A report of a part of a requirement is dated after the part’s deadline, or a part due by the latest report of its requirement is reported by none.',
    },
    'part-status': {
      severity: 'info',
      kind: 'status',
      title: { sv: 'Delens status', en: 'Status of a part' },
      summary: 'How a part of a requirement reported in parts stands: reported, or not yet due.',
    },
  },
  workspace({ projects, locate }, out) {
    // Each late report, on its date.
    for (const project of projects) {
      const answered = answeredPart(project);
      if (!answered || !isLate(project, answered.part)) continue;
      const { part, requirement } = answered;
      const partAt = locate.origin({ uri: part.origin.uri, ptr: `${part.origin.ptr}/id` });
      out.report('part-deadline', locate.origin(project.manifest.dateOrigin!), {
        sv: `Redovisningen är daterad ${project.manifest.date}, men delen ${part.id} av ${requirement.id} skulle redovisas senast ${part.senast}.`,
        en: `The report is dated ${project.manifest.date}, but part ${part.id} of ${requirement.id} was due by ${part.senast}.`,
      }, [{ ...partAt, message: { sv: 'delen i regleringsbrevet', en: 'the part in the letter' } }]);
    }
    // Each part, as the reports of its requirement judge it.
    for (const [part, judged] of judgeParts(projects)) {
      const at = locate.origin({ uri: part.origin.uri, ptr: `${part.origin.ptr}/id` });
      const r = part.requirementId;
      const on = judged.reports.find((p) => !isLate(p, part));
      if (judged.status === 'redovisad' && on) {
        const date = on.manifest.date;
        out.report('part-status', at, {
          sv: `Delen ${part.id} av ${r} redovisas i ${fileName(on.manifest.uri)}${date ? `, daterad ${date}` : ''}${part.senast ? ` (senast ${part.senast})` : ''}.`,
          en: `Part ${part.id} of ${r} is reported in ${fileName(on.manifest.uri)}${date ? `, dated ${date}` : ''}${part.senast ? ` (due by ${part.senast})` : ''}.`,
        });
      } else if (judged.status === 'saknas') {
        out.report('part-deadline', at, {
          sv: `Delen ${part.id} av ${r} skulle redovisas senast ${part.senast}, men ingen redovisning besvarar den (den senaste redovisningen av ${r} är daterad ${judged.latest}).`,
          en: `Part ${part.id} of ${r} was due by ${part.senast}, but no report answers it (the latest report of ${r} is dated ${judged.latest}).`,
        });
      } else if (judged.status === 'inte-förfallen') {
        out.report('part-status', at, {
          sv: `Delen ${part.id} av ${r} ska redovisas senast ${part.senast}: inte förfallen än (den senaste redovisningen av ${r} är daterad ${judged.latest}).`,
          en: `Part ${part.id} of ${r} is due by ${part.senast}: not yet due (the latest report of ${r} is dated ${judged.latest}).`,
        });
      }
    }
  },
});
