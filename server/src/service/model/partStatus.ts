// How each part of a requirement reported in parts stands, judged from the reports (redovisningar) that
// answer its parts: the one judgement that the part rules (rules/parts.ts) report and the coverage views
// (features/coverage.ts) show, so that they cannot disagree. A part answered by a report is reported (late
// when the report is dated after its deadline); a part no report answers is missing when its deadline lies
// before the requirement's latest report, not yet due when after, and not judged without any report, as
// the letter alone does not know today's date.
import type { Project } from '../project';
import type { Requirement, RequirementPart } from './types';

export type PartStatus = 'redovisad' | 'sen' | 'saknas' | 'inte-förfallen' | 'obedömd';

export interface PartJudgement {
  readonly status: PartStatus;
  /** The reports that answer the part. */
  readonly reports: readonly Project[];
  /** The date of the requirement's latest report, against which an unanswered part is judged. */
  readonly latest?: string;
}

/** A deadline as the last day it allows: a month (ÅÅÅÅ-MM) runs to its end. */
function lastDay(senast: string): string {
  return senast.length === 7 ? `${senast}-31` : senast;
}

/** The requirement and part a report answers, when it is a redovisning of a part that exists. */
export function answeredPart(project: Project): { requirement: Requirement; part: RequirementPart } | undefined {
  const c = project.manifest.concerns;
  const requirement = c && project.requirementSet?.requirements.get(c.requirementId);
  const part = requirement?.parts.find((p) => p.id === c!.partId);
  return requirement && part ? { requirement, part } : undefined;
}

/** Whether a report answering a part is dated after the part's deadline. */
export function isLate(project: Project, part: RequirementPart): boolean {
  const date = project.manifest.date;
  return date !== undefined && part.senast !== undefined && date > lastDay(part.senast);
}

/** The judgement of every part of every requirement that some report of `projects` answers a part of. */
export function judgeParts(projects: readonly Project[]): Map<RequirementPart, PartJudgement> {
  const byRequirement = new Map<Requirement, Project[]>();
  for (const p of projects) {
    const answered = answeredPart(p);
    if (!answered) continue;
    const list = byRequirement.get(answered.requirement);
    if (list) list.push(p);
    else byRequirement.set(answered.requirement, [p]);
  }
  const out = new Map<RequirementPart, PartJudgement>();
  for (const [requirement, reports] of byRequirement) {
    const latest = reports.map((p) => p.manifest.date).filter((d): d is string => d !== undefined).sort().pop();
    for (const part of requirement.parts) {
      const answering = reports.filter((p) => answeredPart(p)?.part === part);
      let status: PartStatus;
      if (answering.length > 0) status = answering.some((p) => !isLate(p, part)) ? 'redovisad' : 'sen';
      else if (!latest || !part.senast) status = 'obedömd';
      else status = lastDay(part.senast) < latest ? 'saknas' : 'inte-förfallen';
      out.set(part, { status, reports: answering, latest });
    }
  }
  return out;
}
