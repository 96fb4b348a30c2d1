// part-deadline and part-status: a requirement reported in parts (delar) is judged by the reports
// (redovisningar) that answer its parts. A report dated after its part's deadline is late. A part that no
// report answers is judged against the latest report of the same requirement: due by then and missing is
// an error; due later is "not yet due", a status, not an error. Without any report of the requirement
// nothing is judged, as the letter alone does not know today's date.
import type { Project } from '../project';
import type { Requirement, RequirementPart } from '../model/types';
import { defineRule } from './unit';

/** A deadline as the last day it allows: a month (ÅÅÅÅ-MM) runs to its end. */
function lastDay(senast: string): string {
  return senast.length === 7 ? `${senast}-31` : senast;
}

interface PartReport {
  readonly project: Project;
  readonly requirement: Requirement;
  readonly part: RequirementPart;
  readonly date?: string;
}

function partReports(projects: readonly Project[]): PartReport[] {
  return projects.flatMap((project) => {
    const c = project.manifest.concerns;
    const requirement = c && project.requirementSet?.requirements.get(c.requirementId);
    const part = requirement?.parts.find((p) => p.id === c!.partId);
    return requirement && part ? [{ project, requirement, part, date: project.manifest.date }] : [];
  });
}

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
    const reports = partReports(projects);
    for (const r of reports) {
      const { part, requirement, date } = r;
      const where = { sv: `delen ${part.id} av ${requirement.id}`, en: `part ${part.id} of ${requirement.id}` };
      const partAt = locate.origin({ uri: part.origin.uri, ptr: `${part.origin.ptr}/id` });
      if (date && part.senast && date > lastDay(part.senast)) {
        out.report('part-deadline', locate.origin(r.project.manifest.dateOrigin!), {
          sv: `Redovisningen är daterad ${date}, men ${where.sv} skulle redovisas senast ${part.senast}.`,
          en: `The report is dated ${date}, but ${where.en} was due by ${part.senast}.`,
        }, [{ ...partAt, message: { sv: 'delen i regleringsbrevet', en: 'the part in the letter' } }]);
      } else {
        out.report('part-status', partAt, {
          sv: `Delen ${part.id} av ${requirement.id} redovisas i ${fileName(r.project.manifest.uri)}${date ? `, daterad ${date}` : ''}${part.senast ? ` (senast ${part.senast})` : ''}.`,
          en: `Part ${part.id} of ${requirement.id} is reported in ${fileName(r.project.manifest.uri)}${date ? `, dated ${date}` : ''}${part.senast ? ` (due by ${part.senast})` : ''}.`,
        });
      }
    }
    // The parts no report answers, each requirement judged once against its latest report.
    const byRequirement = new Map<Requirement, PartReport[]>();
    for (const r of reports) {
      const list = byRequirement.get(r.requirement);
      if (list) list.push(r);
      else byRequirement.set(r.requirement, [r]);
    }
    for (const [requirement, answered] of byRequirement) {
      const latest = answered.map((r) => r.date).filter((d): d is string => d !== undefined).sort().pop();
      if (!latest) continue;
      const ids = new Set(answered.map((r) => r.part.id));
      for (const part of requirement.parts) {
        if (ids.has(part.id) || !part.senast) continue;
        const at = locate.origin({ uri: part.origin.uri, ptr: `${part.origin.ptr}/id` });
        if (lastDay(part.senast) < latest) {
          out.report('part-deadline', at, {
            sv: `Delen ${part.id} av ${requirement.id} skulle redovisas senast ${part.senast}, men ingen redovisning besvarar den (den senaste redovisningen av ${requirement.id} är daterad ${latest}).`,
            en: `Part ${part.id} of ${requirement.id} was due by ${part.senast}, but no report answers it (the latest report of ${requirement.id} is dated ${latest}).`,
          });
        } else {
          out.report('part-status', at, {
            sv: `Delen ${part.id} av ${requirement.id} ska redovisas senast ${part.senast}: inte förfallen än (den senaste redovisningen av ${requirement.id} är daterad ${latest}).`,
            en: `Part ${part.id} of ${requirement.id} is due by ${part.senast}: not yet due (the latest report of ${requirement.id} is dated ${latest}).`,
          });
        }
      }
    }
  },
});
