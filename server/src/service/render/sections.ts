// Chapters and their nested sections: headings h1–h6 with their numbers, the text from the Markdown
// subset, the tables in the order the source gives them, the signatures, then the sub-sections.
import type { ComputedTable } from '../features/computedTables';
import type { Section, Signatures, Table } from '../model/types';
import type { Language } from '../problems';
import { tableCaption } from '../model/labels';
import type { ChartIndex } from './charts/index';
import { escapeAttr, escapeHtml } from './escape';
import { longDate } from './labels';
import type { Labels } from './labels';
import { renderMarkdown } from './markdown';
import { sectionTitle } from './outline';
import type { Outline } from './outline';
import { namesUnit, renderTable } from './table';
import type { CheckMarks } from './checks';
import type { ProsePrinter } from './proseFigures';
import type { SourceMap } from './sourceMap';
import type { LocateFn } from '../tables/locate';

export interface SectionContext {
  readonly language: Language;
  readonly labels: Labels;
  readonly outline: Outline;
  readonly computed: ReadonlyMap<Table, ComputedTable>;
  /** The role of each member of the leadership by name, from the manifest. */
  readonly roles: ReadonlyMap<string, string>;
  readonly locate: LocateFn;
  /** Ties headings, sections, tables and cells to their source, for a preview. */
  readonly sources?: SourceMap;
  /** Shows the checker's findings and counts, for a preview. */
  readonly checks?: CheckMarks;
  /** The report's charts; without it no chart is printed (the preview of one file may leave it out). */
  readonly charts?: ChartIndex;
  /** Writes the figures a text names (`{T8.totalt.år2023}`) or states in, as their tables print them. */
  readonly prose: ProsePrinter;
}

const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase('sv') + s.slice(1);

function renderSignatures(sig: Signatures, ctx: SectionContext): string {
  const { labels: l } = ctx;
  const date = sig.date ? longDate(sig.date, ctx.language) : '';
  const where = sig.place && date ? l.place(sig.place, date) : sig.place ?? date;
  const signers = sig.names.map((n) => {
    const role = ctx.roles.get(n.namn);
    return [
      '<li>',
      '<span class="sign-line" aria-hidden="true"></span>',
      `<span class="signer-name">${escapeHtml(n.namn)}</span>`,
      role ? `<span class="signer-role">${escapeHtml(capitalize(role))}</span>` : '',
      '</li>',
    ].join('');
  });
  return [
    `<div class="signatures" role="group" aria-label="${escapeAttr(l.signatures)}"${ctx.sources ? ctx.sources.attr(ctx.locate.origin(sig.origin)) : ''}>`,
    // The place and date are in the renderer's words ("Stockholm, 21 February 2024"); the names and roles are the source's.
    where ? `<p class="sign-place"${sig.date ? l.langAttr : ''}>${escapeHtml(where)}</p>` : '',
    signers.length > 0 ? `<ul class="signers">\n${signers.join('\n')}\n</ul>` : '',
    '</div>',
  ].filter(Boolean).join('\n');
}

function renderSectionTable(table: Table, section: Section, headings: readonly string[], ctx: SectionContext): string {
  const computed = ctx.computed.get(table);
  if (!computed) return '';
  const caption = tableCaption(table, ctx.language);
  // A note's table usually has the note's own heading; printing it twice would look like a mistake, so
  // the caption is then kept for screen readers only.
  const repeatsNote = section.not !== undefined && table.nummer === undefined && table.figur === undefined
    && (table.rubrik ?? '') === (section.rubrik ?? '');
  const unitNamed = table.unit !== undefined && headings.some((h) => namesUnit(h, table.unit!));
  // The remark under the table may name figures (`{T29.totalt.år2023}`) or state them (`{0,4 = …}`) as a text does.
  // So may a row's heading state them (`varav arvoden {284 = …} tkr`): written from its source, so that a claim
  // that does not hold is marked there too.
  const claiming = new Map(table.dataRows.filter((r) => r.rubrikSource).map((r) => [r.id, r]));
  const rows = claiming.size === 0 ? computed.rows : computed.rows.map((row) => {
    const source = claiming.get(row.id);
    return source ? { ...row, rubrik: ctx.prose.text(source.rubrikSource, { uri: table.uri, ptr: `${source.origin.ptr}/rubrik` }) } : row;
  });
  const note = computed.note ? ctx.prose.text(computed.note, { uri: table.uri, ptr: `${table.origin.ptr}/anmärkning` }) : computed.note;
  const withFigures = { ...computed, rows, note };
  return ctx.prose.html(renderTable(withFigures, {
    language: ctx.language,
    caption,
    captionHidden: repeatsNote,
    unitNote: !unitNamed,
    noteHref: (n) => {
      const id = ctx.outline.noteIds.get(n);
      return id ? `#${id}` : undefined;
    },
    anchor: ctx.outline.tableIds.get(table),
    sources: ctx.sources,
    checks: ctx.checks,
  }));
}

/**
 * Renders a section and everything under it. `headings` are the titles of the sections above it, and
 * `parentLevel` the level of the nearest heading above (0 for a chapter). A section without a title prints
 * no heading, so its sub-sections take the next level after the one above it: heading levels never skip
 * (WCAG 1.3.1), and the PDF's bookmarks nest as the headings do.
 */
export function renderSection(section: Section, ctx: SectionContext, headings: readonly string[] = [], parentLevel = 0): string {
  const title = sectionTitle(section, ctx.labels);
  const id = ctx.outline.sectionIds.get(section);
  const level = Math.min(parentLevel + 1, 6);
  const inner: string[] = [];
  const src = ctx.sources ? ctx.sources.attr(ctx.locate.origin(section.origin)) : '';
  if (title) {
    const num = title.number ? `<span class="section-number"${title.added ? ctx.labels.langAttr : ''}>${escapeHtml(title.number)}</span> ` : '';
    inner.push(`<h${level}${src}>${num}${escapeHtml(title.text)}</h${level}>`);
  }
  const text = ctx.prose.html(renderMarkdown(ctx.prose.text(section.text, { uri: section.uri, ptr: `${section.origin.ptr}/text` })));
  if (text) inner.push(`<div class="text">\n${text}\n</div>`);
  const below = [...headings, ...(section.rubrik ? [section.rubrik] : [])];
  // Tables kept only to check relations are not printed, nor their charts.
  for (const table of section.tables) {
    if (table.printed) inner.push(renderSectionTable(table, section, below, ctx), ctx.charts?.afterTable(table) ?? '');
  }
  inner.push(ctx.charts?.forSection(section) ?? '');
  if (section.signatures) inner.push(renderSignatures(section.signatures, ctx));
  for (const sub of section.sections) inner.push(renderSection(sub, ctx, below, title ? level : parentLevel));
  const classes = [section.depth === 0 ? 'chapter' : 'section', section.not !== undefined ? 'note' : '', section.part ? `part-${section.part}` : '']
    .filter(Boolean)
    .join(' ');
  const idAttr = id ? ` id="${escapeAttr(id)}"` : '';
  return `<section class="${escapeAttr(classes)}"${idAttr}${src}>\n${inner.filter(Boolean).join('\n')}\n</section>`;
}
