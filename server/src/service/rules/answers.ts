// answer-outdated and answer-removed: an answer addresses the wording of its requirement that is in force.
// An amendment may change a requirement after the wording an answer names (besvarar: K1@diarienummer, or
// no version for the original), or remove it; the author should then review or drop the answer.
import { currentWording } from '../model/amendments';
import { defineRule } from './unit';

export const answers = defineRule({
  name: 'answers',
  codes: {
    'answer-outdated': {
      severity: 'warning',
      title: { sv: 'Svaret avser en äldre lydelse', en: 'Answer refers to an outdated version' },
      summary: 'The requirement was changed by an amendment after the wording the answer names.',
    },
    'answer-removed': {
      severity: 'warning',
      title: { sv: 'Svaret avser ett borttaget krav', en: 'Answer refers to a removed requirement' },
      summary: 'The report answers a requirement an amendment removed.',
    },
  },
  report({ project, locate }, out) {
    const rs = project.requirementSet;
    if (!rs || project.broken.length > 0) return;
    for (const s of project.sections) {
      for (const a of [...s.answers, ...s.tables.flatMap((t) => t.answers)]) {
        const r = rs.requirements.get(a.requirementId);
        if (!r) continue;
        const latest = currentWording(rs, r);
        if (r.removedBy) {
          out.report('answer-removed', locate.origin(a.origin), {
            sv: `${a.requirementId} togs bort genom ${r.removedBy}; svaret behövs inte längre.`,
            en: `${a.requirementId} was removed by ${r.removedBy}; the answer is no longer needed.`,
          });
        } else if (r.revokedBy) {
          out.report('answer-removed', locate.origin(a.origin), {
            sv: `${a.requirementId} gavs genom ${r.revokedBy}, som regleringsbrevet upphäver; svaret behövs inte längre.`,
            en: `${a.requirementId} was given by ${r.revokedBy}, which the letter revokes; the answer is no longer needed.`,
          });
        } else if (latest !== undefined && a.version !== latest) {
          out.report('answer-outdated', locate.origin(a.origin), {
            sv: `${a.requirementId} ändrades genom ${latest}; svaret avser ${a.version ? `lydelsen enligt ${a.version}` : 'den ursprungliga lydelsen'}. Se över svaret och skriv ${a.requirementId}@${latest}.`,
            en: `${a.requirementId} was changed by ${latest}; the answer addresses ${a.version ? `the wording of ${a.version}` : 'the original wording'}. Review it and write ${a.requirementId}@${latest}.`,
          }, [{ ...locate.origin(r.origin), message: { sv: 'kravet', en: 'the requirement' } }]);
        }
      }
    }
  },
});
