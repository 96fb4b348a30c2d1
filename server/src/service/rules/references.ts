// unknown-reference: a name that names nothing. In formulas (found by the binder when the tables and the
// outcomes are evaluated), answers to requirements and the decisions they name, indicator and goal
// outcomes, row links to the letter's anslagsposter, fee rows, income titles and indicators, notes
// referenced from rows, section references, a requirement's amendments, rows or columns of a standard form
// that the form does not know, column keys of värden and cellformler, and the rows a chart names.
import { FORMS } from '../forms/definitions';
import { closestName } from '../text/distance';
import type { ReportContext } from './context';
import { entryPointer, unknownEntries } from './projectionErrors';
import { defineRule } from './unit';
import type { RuleOutput } from './unit';

export function closestId(name: string, candidates: Iterable<string>): string | undefined {
  return closestName(name, candidates);
}

function hint(name: string, candidates: Iterable<string>): { sv: string; en: string } {
  const c = closestId(name, candidates);
  return c ? { sv: ` Menade du ”${c}”?`, en: ` Did you mean "${c}"?` } : { sv: '', en: '' };
}

export const references = defineRule({
  name: 'references',
  codes: {
    'unknown-reference': {
      severity: 'error',
      title: { sv: 'Okänd referens', en: 'Unknown reference' },
      summary: 'A formula, answer, outcome, note, section reference, link, form post, amendment, chart row or column key of `värden`/`cellformler` points at something that does not exist.',
    },
  },
  report(ctx, out) {
    for (const f of ctx.findingsOf('unknown-reference')) out.place({ ...f, code: 'unknown-reference' });
    for (const t of ctx.project.tables) {
      if (!t.chart) continue;
      for (const issue of ctx.chartOf(t).issues) {
        if (issue.code === 'unknown-reference') out.report('unknown-reference', ctx.locate.origin(issue.origin, issue.target), issue.message);
      }
    }
    unknownAnswers(ctx, out);
    names(ctx, out);
  },
});

/** Answers to requirements the letter does not have, as the derived schema finds them. */
function unknownAnswers(ctx: ReportContext, out: RuleOutput<'unknown-reference'>): void {
  const rs = ctx.project.requirementSet;
  if (!rs) return;
  for (const id of unknownEntries(ctx, 'svar')) {
    const h = hint(id, rs.requirements.keys());
    for (const o of ctx.projection.origins.get(entryPointer('svar', id)) ?? []) {
      out.report('unknown-reference', ctx.locate.origin(o), {
        sv: `Kravet ”${id}” finns inte i regleringsbrevet.${h.sv}`,
        en: `The requirement "${id}" is not in the requirement set.${h.en}`,
      });
    }
  }
}

function names({ project, locate }: ReportContext, out: RuleOutput<'unknown-reference'>): void {
  const rs = project.requirementSet;
  const finance = rs?.finance;
  const decisions = new Set([rs?.diarienummer, ...(rs?.amendments.map((a) => a.diarienummer) ?? [])].filter(Boolean) as string[]);
  const notes = new Set(project.sections.flatMap((s) => (s.not !== undefined ? [s.not] : [])));
  const sectionKeys = new Set(project.sections.flatMap((s) => [s.nummer, s.id].filter(Boolean) as string[]));

  for (const r of rs?.requirements.values() ?? []) {
    const named: [string | undefined, string][] = [
      ...r.changedBy.map((d, i): [string, string] => [d, `ändrad_av/${i}`]),
      [r.removedBy, 'borttagen_av'],
      [r.addedBy, 'tillagd_av'],
    ];
    for (const [d, key] of named) {
      if (!d || decisions.has(d)) continue;
      out.report('unknown-reference', locate.origin({ uri: rs!.uri, ptr: `${r.origin.ptr}/${key}` }), {
        sv: `”${d}” är inget av regleringsbrevets ändringsbeslut; lägg till det under ändringsbeslut.`,
        en: `"${d}" is not one of the letter's amendments; add it under ändringsbeslut.`,
      });
    }
  }
  for (const s of project.sections) {
    if (rs) {
      for (const a of [...s.answers, ...s.tables.flatMap((t) => t.answers)]) {
        if (a.version && rs.requirements.has(a.requirementId) && !decisions.has(a.version)) {
          out.report('unknown-reference', locate.origin(a.origin), {
            sv: `Beslutet ”${a.version}” är varken regleringsbrevet eller något av dess ändringsbeslut.`,
            en: `The decision "${a.version}" is neither the letter nor one of its amendments.`,
          });
        }
      }
      for (const o of s.indicatorOutcomes) {
        if (!rs.indicators.has(o.target)) {
          const h = hint(o.target, rs.indicators.keys());
          out.report('unknown-reference', locate.origin(o.targetOrigin), {
            sv: `Indikatorn ”${o.target}” finns inte i regleringsbrevet.${h.sv}`,
            en: `The indicator "${o.target}" is not in the requirement set.${h.en}`,
          });
        }
      }
      for (const o of s.goalOutcomes) {
        const r = rs.requirements.get(o.target);
        if (!r || r.kind !== 'mål') {
          const h = hint(o.target, [...rs.requirements.values()].filter((x) => x.kind === 'mål').map((x) => x.id));
          out.report('unknown-reference', locate.origin(o.targetOrigin), {
            sv: `Målet ”${o.target}” finns inte i regleringsbrevet.${h.sv}`,
            en: `The goal "${o.target}" is not in the requirement set.${h.en}`,
          });
        }
      }
    }
    for (const p of s.pointsTo) {
      if (!sectionKeys.has(p.target)) {
        out.report('unknown-reference', locate.origin(p.origin), {
          sv: `Det finns inget avsnitt ”${p.target}” i årsredovisningen.`,
          en: `There is no section "${p.target}" in the report.`,
        });
      }
    }
    for (const t of s.tables) {
      const form = t.form ? FORMS.get(t.form) : undefined;
      if (form?.orientation === 'rows') {
        for (const r of t.dataRows) {
          if (r.explicitId && !(r.id in form.posts)) {
            const h = hint(r.id, Object.keys(form.posts));
            out.report('unknown-reference', locate.origin({ uri: t.uri, ptr: `${r.origin.ptr}/id` }), {
              sv: `”${r.id}” är ingen post i uppställningsformen ${form.name}.${h.sv}`,
              en: `"${r.id}" is not a post of the standard form ${form.name}.${h.en}`,
            });
          }
        }
      }
      if (form?.orientation === 'columns') {
        for (const c of t.columns) {
          // Text columns (such as an indicator's name) may stand beside the form's figures.
          if (!(c.id in form.posts) && c.unit !== 'text') {
            const h = hint(c.id, Object.keys(form.posts));
            out.report('unknown-reference', locate.origin({ uri: t.uri, ptr: `${c.origin.ptr}/id` }), {
              sv: `”${c.id}” är ingen kolumn i uppställningsformen ${form.name}.${h.sv}`,
              en: `"${c.id}" is not a column of the standard form ${form.name}.${h.en}`,
            });
          }
        }
      }
      for (const r of t.dataRows) {
        for (const s of r.strays) {
          // A value beyond the table's columns is the schema unit's; a key naming no column is ours.
          if (s.column === undefined) continue;
          const h = hint(s.column, t.columns.map((c) => c.id));
          out.report('unknown-reference', locate.origin(s.origin, 'key'), {
            sv: `Tabellen ${t.id} har ingen kolumn ”${s.column}”.${h.sv}`,
            en: `Table ${t.id} has no column "${s.column}".${h.en}`,
          });
        }
        if (r.not !== undefined && !notes.has(r.not)) {
          out.report('unknown-reference', locate.origin({ uri: t.uri, ptr: `${r.origin.ptr}/not` }), {
            sv: `Not ${r.not} finns inte i årsredovisningen.`,
            en: `Note ${r.not} does not exist in the report.`,
          });
        }
        const links: [string | undefined, ReadonlyMap<string, unknown> | undefined, typeof r.links.anslagspost, string, string][] = [
          [r.links.anslagspost?.id, finance?.posts, r.links.anslagspost, 'Anslagsposten', 'The appropriation post'],
          [r.links.verksamhet?.id, finance?.feeRows, r.links.verksamhet, 'Verksamheten', 'The fee-funded activity'],
          [r.links.inkomsttitel?.id, finance?.incomeTitles, r.links.inkomsttitel, 'Inkomsttiteln', 'The income title'],
          [r.links.indikator?.id, rs?.indicators, r.links.indikator, 'Indikatorn', 'The indicator'],
        ];
        for (const [id, known, link, sv, en] of links) {
          if (!id || !link || !rs || known?.has(id)) continue;
          const h = hint(id, known?.keys() ?? []);
          out.report('unknown-reference', locate.origin(link.origin), {
            sv: `${sv} ”${id}” finns inte i regleringsbrevet.${h.sv}`,
            en: `${en} "${id}" is not in the requirement set.${h.en}`,
          });
        }
      }
    }
  }
}
