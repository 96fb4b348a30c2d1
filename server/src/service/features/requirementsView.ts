// Who answers what: for each requirement of the letter, the sections and tables that answer it, with
// where they stand. Shared by completion (open requirements first), code lens, hover and references.
import type { ProjectAnalysis } from '../analyze';
import type { Origin } from '../model/types';
import { sectionLabel, tableShortLabel } from '../derived/projection';

export interface AnswerSite {
  readonly label: string;
  /** The answer entry (a `besvarar` item or a goal outcome). */
  readonly origin: Origin;
  /** The section or table that answers. */
  readonly owner: Origin;
}

export function answersByRequirement(pa: ProjectAnalysis): Map<string, AnswerSite[]> {
  const out = new Map<string, AnswerSite[]>();
  const add = (id: string, site: AnswerSite) => {
    const list = out.get(id);
    if (list) list.push(site);
    else out.set(id, [site]);
  };
  for (const s of pa.project.sections) {
    const label = sectionLabel(s);
    for (const a of s.answers) add(a.requirementId, { label, origin: a.origin, owner: s.origin });
    for (const o of s.goalOutcomes) add(o.target, { label, origin: o.targetOrigin, owner: s.origin });
    for (const o of s.indicatorOutcomes) add(o.target, { label, origin: o.targetOrigin, owner: s.origin });
    for (const t of s.tables) {
      const tl = tableShortLabel(t);
      for (const a of t.answers) add(a.requirementId, { label: tl, origin: a.origin, owner: t.origin });
      for (const r of t.dataRows) if (r.links.indikator) add(r.links.indikator.id, { label: tl, origin: r.links.indikator.origin, owner: t.origin });
    }
  }
  return out;
}

export function answeredIds(pa: ProjectAnalysis): Set<string> {
  return new Set(answersByRequirement(pa).keys());
}
