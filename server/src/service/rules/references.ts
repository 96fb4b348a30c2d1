// unknown-reference: a name that names nothing. The report's reference sites as the name-resolution layer
// resolved them (names/report.ts): answers to requirements and the decisions they name, indicator and goal
// outcomes, row links to the letter's anslagsposter, fee rows, income titles and indicators, notes cited
// by rows, section references and a requirement's amendments; formula names as the binder resolved them
// (found when the tables and the outcomes are evaluated); and what names a vocabulary of its own: rows or
// columns of a standard form that the form does not know, column keys of värden and cellformler, and the
// rows a chart names. The files the manifest names are missing-file's (rules/files.ts).
import type { Finding } from '../findings';
import { FORMS } from '../forms/definitions';
import { proseRefs } from '../model/proseRefs';
import { printingTexts, proseTarget } from '../tables/proseTarget';
import type { Table } from '../model/types';
import type { ReferenceSite } from '../names/types';
import type { Message } from '../problems';
import { closestName } from '../text/distance';
import type { ReportContext } from './context';
import { findingsOf } from './memo';
import { defineRule } from './unit';
import type { RuleOutput } from './unit';

type Out = RuleOutput<'unknown-reference'>;

function hint(name: string, candidates: Iterable<string>): Message {
  const c = closestName(name, candidates);
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
    for (const site of ctx.names.sites) {
      const message = site.target ? undefined : unresolved(ctx, site);
      if (message) out.report('unknown-reference', ctx.locate.origin(site.origin), message);
    }
    for (const t of ctx.project.tables) {
      if (!t.chart) continue;
      for (const issue of ctx.chartOf(t).issues) {
        if (issue.code === 'unknown-reference') out.report('unknown-reference', ctx.locate.origin(issue.origin, issue.target), issue.message);
      }
    }
    vocabularies(ctx, out);
    proseReferences(ctx, out);
  },
});

/** A figure a text names (`{T8.totalt.år2023}`) must be a cell with a figure; it is printed from there. */
function proseReferences(ctx: ReportContext, out: Out): void {
  for (const s of printingTexts(ctx.project)) {
    for (const ref of proseRefs(s.text)) {
      const target = proseTarget(ctx.index, ref);
      const lit = 'cell' in target ? target.cell.source?.literal : undefined;
      const missing = 'cell' in target
        ? (lit && lit.kind !== 'number' ? { sv: 'cellen har ingen siffra', en: 'the cell has no figure' } : undefined)
        : target.missing === 'table' ? { sv: `tabellen ${ref.table} finns inte`, en: `there is no table ${ref.table}` }
          : target.missing === 'row' ? { sv: `tabellen ${ref.table} har ingen rad ${ref.row}.${hint(ref.row, target.table.dataRows.map((r) => r.id)).sv}`, en: `table ${ref.table} has no row ${ref.row}.${hint(ref.row, target.table.dataRows.map((r) => r.id)).en}` }
            : { sv: `tabellen ${ref.table} har ingen kolumn ${ref.column}.${hint(ref.column, target.table.columns.map((c) => c.id)).sv}`, en: `table ${ref.table} has no column ${ref.column}.${hint(ref.column, target.table.columns.map((c) => c.id)).en}` };
      if (!missing) continue;
      out.report('unknown-reference', ctx.locate.span(s.origin, { start: ref.start, end: ref.end }), {
        sv: `Texten nämner ${ref.text}, men ${missing.sv}`.replace(/([^.?!])$/, '$1.'),
        en: `The text names ${ref.text}, but ${missing.en}`.replace(/([^.?!])$/, '$1.'),
      });
    }
  }
}

/** What to say of a name that names nothing; undefined for the names another rule speaks for. */
function unresolved({ names }: ReportContext, site: ReferenceSite): Message | undefined {
  const { name } = site;
  const h = hint(name, names.namesOf(site.kind));
  const inLetter = (sv: string, en: string): Message => ({
    sv: `${sv} ”${name}” finns inte i regleringsbrevet.${h.sv}`,
    en: `${en} "${name}" is not in the requirement set.${h.en}`,
  });
  switch (site.kind) {
    case 'requirement': return inLetter('Kravet', 'The requirement');
    case 'goal': return inLetter('Målet', 'The goal');
    case 'indicator': return inLetter('Indikatorn', 'The indicator');
    case 'appropriationPost': return inLetter('Anslagsposten', 'The appropriation post');
    case 'feeRow': return inLetter('Verksamheten', 'The fee-funded activity');
    case 'incomeTitle': return inLetter('Inkomsttiteln', 'The income title');
    case 'decision':
      // An answer's version stands in a section or table; a requirement's amendments in the letter.
      return site.owner ? {
        sv: `Beslutet ”${name}” är varken regleringsbrevet eller något av dess ändringsbeslut.`,
        en: `The decision "${name}" is neither the letter nor one of its amendments.`,
      } : {
        sv: `”${name}” är inget av regleringsbrevets ändringsbeslut; lägg till det under ändringsbeslut.`,
        en: `"${name}" is not one of the letter's amendments; add it under ändringsbeslut.`,
      };
    case 'note': return { sv: `Not ${name} finns inte i årsredovisningen.`, en: `Note ${name} does not exist in the report.` };
    case 'section': return { sv: `Det finns inget avsnitt ”${name}” i årsredovisningen.`, en: `There is no section "${name}" in the report.` };
    case 'file': return undefined;
    case 'part': {
      const [requirement, part] = name.split('/');
      const parts = names.namesOf('part').filter((n) => n.startsWith(`${requirement}/`)).map((n) => n.slice(requirement.length + 1));
      return {
        sv: `Kravet ${requirement} har ingen del ”${part}” i regleringsbrevet.${parts.length > 0 ? ` Delarna är: ${parts.join(', ')}.` : ' Det har inga delar (delar:).'}`,
        en: `The requirement ${requirement} has no part "${part}" in the requirement set.${parts.length > 0 ? ` Its parts are: ${parts.join(', ')}.` : ' It has no parts (delar:).'}`,
      };
    }
  }
}

type UnknownReference = Finding & { readonly code: 'unknown-reference' };

/** Row and column ids of standard forms, and the column keys of a row's values, against their tables. */
function vocabularies({ project }: ReportContext, out: Out): void {
  for (const t of project.tables) for (const f of findingsOf('references', t, () => vocabularyOf(t))) out.place(f);
}

/** What a table names by ids of its own vocabulary (its form's posts, its columns) that are none. */
function vocabularyOf(t: Table): UnknownReference[] {
  const out: UnknownReference[] = [];
  const add = (at: Finding['at'], message: Message) => out.push({ code: 'unknown-reference', at, message });
  const form = t.form ? FORMS.get(t.form) : undefined;
  if (form?.orientation === 'rows') {
    for (const r of t.dataRows) {
      if (!r.explicitId || r.id in form.posts) continue;
      const h = hint(r.id, Object.keys(form.posts));
      add({ origin: { uri: t.uri, ptr: `${r.origin.ptr}/id` } }, {
        sv: `”${r.id}” är ingen post i uppställningsformen ${form.name}.${h.sv}`,
        en: `"${r.id}" is not a post of the standard form ${form.name}.${h.en}`,
      });
    }
  }
  if (form?.orientation === 'columns') {
    for (const c of t.columns) {
      // Text columns (such as an indicator's name) may stand beside the form's figures.
      if (c.id in form.posts || c.unit === 'text') continue;
      const h = hint(c.id, Object.keys(form.posts));
      add({ origin: { uri: t.uri, ptr: `${c.origin.ptr}/id` } }, {
        sv: `”${c.id}” är ingen kolumn i uppställningsformen ${form.name}.${h.sv}`,
        en: `"${c.id}" is not a column of the standard form ${form.name}.${h.en}`,
      });
    }
  }
  for (const r of t.dataRows) {
    for (const s of r.strays) {
      // A value beyond the table's columns is the schema unit's; a key naming no column is ours.
      if (s.column === undefined) continue;
      const h = hint(s.column, t.columns.map((c) => c.id));
      add({ origin: s.origin, target: 'key' }, {
        sv: `Tabellen ${t.id} har ingen kolumn ”${s.column}”.${h.sv}`,
        en: `Table ${t.id} has no column "${s.column}".${h.en}`,
      });
    }
  }
  return out;
}
