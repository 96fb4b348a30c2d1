// coverage, coverage-summary, indicator-outcome-missing, answer-outdated and answer-removed: the report's
// projection validated against the schema derived from its requirement set, and answers checked against
// the versions of the requirements they answer.
import type { ErrorObject } from 'ajv';
import { deriveSchema } from '../derived/derivedSchema';
import { buildProjection } from '../derived/projection';
import type { Origin, RequirementSet } from '../model/types';
import type { Problem } from '../problems';
import { derivedValidator } from '../schema/derivedValidators';
import { splitPointer } from '../yaml/pointer';
import { problem } from './context';
import { closestId } from './references';
import type { ProjectRule, RuleContext } from './context';

const validatorFor = (rs: RequirementSet) => derivedValidator(deriveSchema(rs));

const KIND: Record<string, { sv: string; en: string }> = {
  mål: { sv: 'Målet', en: 'The goal' },
  återrapporteringskrav: { sv: 'Återrapporteringskravet', en: 'The reporting requirement' },
  uppdrag: { sv: 'Uppdraget', en: 'The assignment' },
};

function mapError(e: ErrorObject, ctx: RuleContext, rs: RequirementSet, origins: ReadonlyMap<string, readonly Origin[]>): Problem[] {
  const { locate } = ctx;
  const [section, key] = splitPointer(e.instancePath);
  const finance = rs.finance;
  if (e.keyword === 'required' && key === undefined) {
    const id = String((e.params as { missingProperty: string }).missingProperty);
    switch (section) {
      case 'svar': {
        const r = rs.requirements.get(id)!;
        const what = KIND[r.kind];
        return [problem('coverage', locate.origin({ uri: rs.uri, ptr: `${r.origin.ptr}/id` }), {
          sv: `${what.sv} ${id}${r.rubrik ? ` (${r.rubrik})` : ''} ska redovisas i årsredovisningen men inget avsnitt eller tabell besvarar det. Ange besvarar: [${id}] där svaret står.`,
          en: `${what.en} ${id}${r.rubrik ? ` (${r.rubrik})` : ''} is due in the annual report but no section or table answers it. Add besvarar: [${id}] where it is answered.`,
        })];
      }
      case 'indikatorer': {
        const ind = rs.indicators.get(id)!;
        return [problem('indicator-outcome-missing', locate.origin({ uri: rs.uri, ptr: `${ind.origin.ptr}/id` }), {
          sv: `Indikatorn ${id} (${ind.namn ?? ''}) har inget utfall i årsredovisningen. Redovisa det under indikatorer i ett avsnitt eller i en tabell med form: indikatorer.`,
          en: `The indicator ${id} (${ind.namn ?? ''}) has no outcome in the report. Report it under indikatorer in a section or in a table with form: indikatorer.`,
        })];
      }
      case 'anslagsposter': {
        const p = finance!.posts.get(id)!;
        return [problem('coverage', locate.origin({ uri: rs.uri, ptr: `${p.origin.ptr}/id` }), {
          sv: `Anslagsposten ${p.appropriation.beteckning ?? ''} ${p.beteckning ?? id} ${p.namn ?? ''} redovisas inte i någon anslagsredovisning (tabell med form: anslagsredovisning och anslagspost: ${id}).`,
          en: `The appropriation post ${p.appropriation.beteckning ?? ''} ${p.beteckning ?? id} ${p.namn ?? ''} is not reported in any anslagsredovisning (a table with form: anslagsredovisning and anslagspost: ${id}).`,
        })];
      }
      case 'avgiftsrader': {
        const f = finance!.feeRows.get(id)!;
        return [problem('rb-fee-table', locate.origin({ uri: rs.uri, ptr: `${f.origin.ptr}/id` }), {
          sv: `Verksamheten ”${f.verksamhet ?? id}” i regleringsbrevets avgiftstabell har inget utfall i årsredovisningen (tabell med form: avgiftstabell, avser: utfall, verksamhet: ${id}).`,
          en: `The activity "${f.verksamhet ?? id}" of the letter's fee table has no outcome in the report (a table with form: avgiftstabell, avser: utfall, verksamhet: ${id}).`,
        })];
      }
      case 'inkomsttitlar': {
        const t = finance!.incomeTitles.get(id)!;
        return [problem('coverage', locate.origin({ uri: rs.uri, ptr: `${t.origin.ptr}/id` }), {
          sv: `Inkomsttitel ${t.nummer ?? id} redovisas inte (tabell med form: inkomsttitlar och inkomsttitel: ${id}).`,
          en: `Income title ${t.nummer ?? id} is not reported (a table with form: inkomsttitlar and inkomsttitel: ${id}).`,
        })];
      }
      default:
        return [];
    }
  }
  if (e.keyword === 'propertyNames' && section === 'svar') {
    const id = String((e.params as { propertyName: string }).propertyName);
    const near = closestId(id, rs.requirements.keys());
    const hint = near ? { sv: ` Menade du ”${near}”?`, en: ` Did you mean "${near}"?` } : { sv: '', en: '' };
    return (origins.get(`/svar/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`) ?? []).map((o) =>
      problem('unknown-reference', locate.origin(o), {
        sv: `Kravet ”${id}” finns inte i regleringsbrevet.${hint.sv}`,
        en: `The requirement "${id}" is not in the requirement set.${hint.en}`,
      }),
    );
  }
  if (section === 'indikatorer' && key !== undefined && (e.keyword === 'type' || e.keyword === 'required')) {
    return (origins.get(`/indikatorer/${key}`) ?? []).slice(0, 1).map((o) =>
      problem('indicator-outcome-missing', locate.origin(o), {
        sv: `Utfallet för indikatorn ${key} är ingen siffra och kan inte beräknas.`,
        en: `The outcome of the indicator ${key} is no figure and cannot be computed.`,
      }),
    );
  }
  return [];
}

/** The latest of the amendments that changed a requirement, in the order the letter lists them. */
function latestChange(rs: RequirementSet, changedBy: readonly string[]): string {
  const order = (d: string) => rs.amendments.findIndex((a) => a.diarienummer === d);
  return [...changedBy].sort((a, b) => order(a) - order(b))[changedBy.length - 1];
}

export const coverage: ProjectRule = (ctx) => {
  const { project, engine, locate } = ctx;
  const rs = project.requirementSet;
  if (!rs) return [];
  if (project.broken.length > 0) {
    // What the report lacks cannot be told while part of it cannot be read.
    if (!project.manifest.requirementSetOrigin) return [];
    const files = project.broken.map((u) => u.slice(u.lastIndexOf('/') + 1)).join(', ');
    return [problem('coverage-summary', locate.origin(project.manifest.requirementSetOrigin), {
      sv: `Täckningen kan inte bedömas förrän YAML-syntaxfelen i ${files} är rättade.`,
      en: `Coverage cannot be judged until the YAML syntax errors in ${files} are fixed.`,
    })];
  }
  const projection = buildProjection(project, engine);
  const validate = validatorFor(rs);
  const out: Problem[] = [];
  if (!validate(projection.data)) {
    for (const e of validate.errors ?? []) out.push(...mapError(e, ctx, rs, projection.origins));
  }
  // Answers that name an older wording, or a requirement an amendment removed.
  for (const s of project.sections) {
    for (const a of [...s.answers, ...s.tables.flatMap((t) => t.answers)]) {
      const r = rs.requirements.get(a.requirementId);
      if (!r) continue;
      if (r.removedBy) {
        out.push(problem('answer-removed', locate.origin(a.origin), {
          sv: `${a.requirementId} togs bort genom ${r.removedBy}; svaret behövs inte längre.`,
          en: `${a.requirementId} was removed by ${r.removedBy}; the answer is no longer needed.`,
        }));
      } else if (r.changedBy.length > 0 && a.version !== latestChange(rs, r.changedBy)) {
        const latest = latestChange(rs, r.changedBy);
        out.push(problem('answer-outdated', locate.origin(a.origin), {
          sv: `${a.requirementId} ändrades genom ${latest}; svaret avser ${a.version ? `lydelsen enligt ${a.version}` : 'den ursprungliga lydelsen'}. Se över svaret och skriv ${a.requirementId}@${latest}.`,
          en: `${a.requirementId} was changed by ${latest}; the answer addresses ${a.version ? `the wording of ${a.version}` : 'the original wording'}. Review it and write ${a.requirementId}@${latest}.`,
        }, [{ ...locate.origin(r.origin), message: { sv: 'kravet', en: 'the requirement' } }]));
      }
    }
  }
  // The summary for the report, at the manifest's reference to its requirement set.
  const due = [...rs.requirements.values()].filter((r) => r.dueInReport && !r.removedBy);
  const answered = due.filter((r) => (projection.data.svar[r.id]?.length ?? 0) > 0);
  const indicators = [...rs.indicators.keys()];
  const withOutcome = indicators.filter((i) => typeof projection.data.indikatorer[i]?.utfall === 'number');
  if (project.manifest.requirementSetOrigin) {
    out.push(problem('coverage-summary', locate.origin(project.manifest.requirementSetOrigin), {
      sv: `${answered.length} av ${due.length} krav som ska redovisas i årsredovisningen besvaras; ${withOutcome.length} av ${indicators.length} indikatorer har utfall.`,
      en: `${answered.length} of ${due.length} requirements due in the report are answered; ${withOutcome.length} of ${indicators.length} indicators have an outcome.`,
    }, undefined, { answered: answered.length, due: due.length, indicators: indicators.length, withOutcome: withOutcome.length }));
  }
  return out;
};
