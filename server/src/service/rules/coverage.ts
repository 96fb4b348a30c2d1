// coverage: every requirement due in the report is answered, and every appropriation post and income
// title of the letter is reported; coverage-summary: how many are, at the manifest's reference to the
// requirement set. Both read the report's projection against the schema derived from its requirement set.
import { addAnswerSection } from '../features/fixes/addAnswerSection';
import { notApplicable } from '../model/applicability';
import { answeredPart } from '../model/partStatus';
import type { Message } from '../problems';
import { missingEntries } from './projectionErrors';
import type { ReportContext } from './context';
import type { RuleOutput } from './unit';
import { defineRule } from './unit';

const KIND: Record<string, Message> = {
  mål: { sv: 'Målet', en: 'The goal' },
  återrapporteringskrav: { sv: 'Återrapporteringskravet', en: 'The reporting requirement' },
  uppdrag: { sv: 'Uppdraget', en: 'The assignment' },
};

/**
 * A redovisning answers one part of a requirement: each of the part's items must be answered by a section
 * or table (`besvarar: [<requirement>#<item>]`), and the summary says how many are.
 */
function partCoverage(ctx: ReportContext, out: RuleOutput<'coverage' | 'coverage-summary'>): void {
  const { project, locate, names } = ctx;
  const concerns = project.manifest.concerns;
  const concerned = answeredPart(project);
  // A requirement or part that does not exist is an unknown-reference at avser.
  if (!concerns || !concerned) return;
  const { requirement, part } = concerned;
  const answered = part.items.filter((item) => names.answersTo(item.ref).length > 0);
  for (const item of part.items) {
    if (answered.includes(item)) continue;
    const what = item.text ? ` (${item.text})` : '';
    out.report('coverage', locate.origin({ uri: item.origin.uri, ptr: `${item.origin.ptr}/id` }), {
      sv: `Punkten ${item.id}${what} i delen ${part.id} av ${requirement.id} ska besvaras i redovisningen, men inget avsnitt eller tabell besvarar den. Ange besvarar: [${item.ref}] där svaret står.`,
      en: `Item ${item.id}${what} of part ${part.id} of ${requirement.id} is due in the report, but no section or table answers it. Add besvarar: [${item.ref}] where it is answered.`,
    }, undefined, { item: item.ref, rubrik: item.text ?? item.id });
  }
  out.report('coverage-summary', locate.origin(concerns.origin, 'key'), {
    sv: `${answered.length} av ${part.items.length} punkter i delen ${part.id} av ${requirement.id} besvaras.`,
    en: `${answered.length} of ${part.items.length} items of part ${part.id} of ${requirement.id} are answered.`,
  }, undefined, { answered: answered.length, due: part.items.length, indicators: 0, withOutcome: 0 });
}

export const coverage = defineRule({
  name: 'coverage',
  codes: {
    coverage: {
      severity: 'error',
      title: { sv: 'Återrapporteringskravet besvaras inte', en: 'Requirement not answered' },
      summary: 'A requirement due in the report, an appropriation post or an income title is not reported.',
    },
    'coverage-summary': {
      severity: 'info',
      title: { sv: 'Täckning av regleringsbrevets krav', en: 'Coverage of the letter’s requirements' },
      summary: 'How many due requirements are answered and indicators have an outcome, or that coverage waits for YAML syntax errors to be fixed.',
      kind: 'status',
    },
  },
  report(ctx, out) {
    const { project, locate } = ctx;
    const rs = project.requirementSet;
    if (!rs) return;
    const summaryAt = project.manifest.requirementSetOrigin;
    if (project.broken.length > 0) {
      // What the report lacks cannot be told while part of it cannot be read.
      if (!summaryAt) return;
      const files = project.broken.map((u) => u.slice(u.lastIndexOf('/') + 1)).join(', ');
      out.report('coverage-summary', locate.origin(summaryAt), {
        sv: `Täckningen kan inte bedömas förrän YAML-syntaxfelen i ${files} är rättade.`,
        en: `Coverage cannot be judged until the YAML syntax errors in ${files} are fixed.`,
      });
      return;
    }
    if (project.manifest.kind === 'redovisning') {
      partCoverage(ctx, out);
      return;
    }
    for (const id of missingEntries(ctx, 'svar')) {
      const r = rs.requirements.get(id);
      if (!r) continue;
      const what = KIND[r.kind];
      out.report('coverage', locate.origin({ uri: rs.uri, ptr: `${r.origin.ptr}/id` }), {
        sv: `${what.sv} ${id}${r.rubrik ? ` (${r.rubrik})` : ''} ska redovisas i årsredovisningen men inget avsnitt eller tabell besvarar det. Ange besvarar: [${id}] där svaret står.`,
        en: `${what.en} ${id}${r.rubrik ? ` (${r.rubrik})` : ''} is due in the annual report but no section or table answers it. Add besvarar: [${id}] where it is answered.`,
      });
    }
    // An agency declared exempt from the appropriation account accounts for neither posts nor titles.
    const finance = notApplicable(project, 'anslagsredovisning') ? undefined : rs.finance;
    for (const id of finance ? missingEntries(ctx, 'anslagsposter') : []) {
      const p = finance!.posts.get(id);
      if (!p) continue;
      out.report('coverage', locate.origin({ uri: rs.uri, ptr: `${p.origin.ptr}/id` }), {
        sv: `Anslagsposten ${p.appropriation.beteckning ?? ''} ${p.beteckning ?? id} ${p.namn ?? ''} redovisas inte i någon anslagsredovisning (tabell med form: anslagsredovisning och anslagspost: ${id}).`,
        en: `The appropriation post ${p.appropriation.beteckning ?? ''} ${p.beteckning ?? id} ${p.namn ?? ''} is not reported in any anslagsredovisning (a table with form: anslagsredovisning and anslagspost: ${id}).`,
      });
    }
    for (const id of finance ? missingEntries(ctx, 'inkomsttitlar') : []) {
      const t = finance!.incomeTitles.get(id);
      if (!t) continue;
      out.report('coverage', locate.origin({ uri: rs.uri, ptr: `${t.origin.ptr}/id` }), {
        sv: `Inkomsttitel ${t.nummer ?? id} redovisas inte (tabell med form: inkomsttitlar och inkomsttitel: ${id}).`,
        en: `Income title ${t.nummer ?? id} is not reported (a table with form: inkomsttitlar and inkomsttitel: ${id}).`,
      });
    }
    if (!summaryAt) return;
    const data = ctx.projection.data;
    const due = [...rs.requirements.values()].filter((r) => r.dueInReport && !r.removedBy && !r.revokedBy);
    const answered = due.filter((r) => (data.svar[r.id]?.length ?? 0) > 0);
    const indicators = [...rs.indicators.keys()];
    const withOutcome = indicators.filter((i) => typeof data.indikatorer[i]?.utfall === 'number');
    out.report('coverage-summary', locate.origin(summaryAt), {
      sv: `${answered.length} av ${due.length} krav som ska redovisas i årsredovisningen besvaras; ${withOutcome.length} av ${indicators.length} indikatorer har utfall.`,
      en: `${answered.length} of ${due.length} requirements due in the report are answered; ${withOutcome.length} of ${indicators.length} indicators have an outcome.`,
    }, undefined, { answered: answered.length, due: due.length, indicators: indicators.length, withOutcome: withOutcome.length });
  },
  fixes: { coverage: addAnswerSection },
});
