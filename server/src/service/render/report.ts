// The whole report as static HTML: title page, table of contents, chapters with their sections, tables
// and signatures. Pure: it reads only the analysed project it is handed. The CLI writes the result to
// disk; the preview webview shows the same HTML, with the stylesheet handed over separately.
import type { ProjectAnalysis } from '../analyze';
import { computeTables } from '../features/computedTables';
import type { ComputedTable } from '../features/computedTables';
import type { Table } from '../model/types';
import type { Language } from '../problems';
import type { LocateFn } from '../tables/locate';
import { buildChartIndex } from './charts/index';
import { REPORT_CSS, reportCss } from './css';
import type { CheckMarks } from './checks';
import { escapeHtml, IdRegistry } from './escape';
import { labels } from './labels';
import { buildOutline } from './outline';
import { renderSection } from './sections';
import type { SectionContext } from './sections';
import { renderTitlePage, reportTitle } from './titlePage';
import type { SourceMap } from './sourceMap';
import { renderToc } from './toc';
import { prosePrinter } from './proseFigures';

export interface RenderOptions {
  /** The language of the words the renderer adds (captions, contents, titles); the report's text stays as written. */
  readonly language: Language;
  /** The document title; "Årsredovisning <år> – <myndighet>" when not given. */
  readonly title?: string;
  /** True for a complete HTML document with the stylesheet inline; false for the body's content only. */
  readonly standalone: boolean;
  /** Ties headings, sections, tables and cells to their source (`data-src`), for a preview. */
  readonly sources?: SourceMap;
  /** Shows the checker's findings on figures and the count of checked figures, for a preview. */
  readonly checks?: CheckMarks;
  /**
   * Only the chapter of this file (a chapter's URI), without title page and contents: the preview of the
   * chapter being edited. Anchors and note links are those of the whole report.
   */
  readonly chapter?: string;
}

export interface RenderedReport {
  readonly html: string;
  readonly css: string;
  /** What a printed copy says about itself: the PDF's metadata, from the same facts as the page's head. */
  readonly info: DocumentInfo;
}

export interface DocumentInfo {
  readonly title: string;
  /** The agency, when the manifest names it. */
  readonly author?: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  /** The language of the document: the report is Swedish whatever language the added words are in. */
  readonly language: 'sv';
}

/** The id of the report's main content, which the skip link leads to. */
const MAIN_ID = 'huvudinnehall';

function documentTitle(pa: ProjectAnalysis, options: RenderOptions): string {
  if (options.title) return options.title;
  const l = labels(options.language);
  const agency = pa.project.manifest.myndighet;
  return agency ? `${reportTitle(pa, l)} – ${agency}` : reportTitle(pa, l);
}

function renderBody(pa: ProjectAnalysis, locate: LocateFn, options: RenderOptions): string {
  const l = labels(options.language);
  const { chapters, tables, manifest } = pa.project;
  const outline = buildOutline(chapters, new IdRegistry());
  const shown = options.chapter === undefined ? chapters : chapters.filter((c) => c.uri === options.chapter);
  // Figures are always printed in Swedish format: the report is a Swedish document whatever language
  // the renderer's own words are in. One chapter's preview computes that chapter's tables only.
  const computedList = computeTables(pa, locate, options.chapter, 'sv');
  const computedTables = options.chapter === undefined ? tables : tables.filter((t) => t.uri === options.chapter);
  const computed = new Map<Table, ComputedTable>(computedTables.map((t, i) => [t, computedList[i]]));
  const ctx: SectionContext = {
    language: options.language,
    labels: l,
    outline,
    computed,
    roles: new Map(manifest.leadership.flatMap((m) => (m.roll ? [[m.namn, m.roll] as const] : []))),
    locate,
    sources: options.sources,
    checks: options.checks,
    charts: buildChartIndex(pa, l),
    prose: prosePrinter(pa, locate, l, options.checks, options.sources),
  };
  // The whole report starts with a title page and the contents; a skip link leads past them to the
  // chapters (WCAG 2.4.1). One chapter's preview starts with the chapter and needs none.
  const front = options.chapter === undefined
    ? [`<a class="skip-link" href="#${MAIN_ID}"${l.langAttr}>${escapeHtml(l.skipToContent)}</a>`, renderTitlePage(pa, l, options.language), renderToc(chapters, outline, l)]
    : [];
  return [
    '<div class="report">',
    ...front,
    options.chapter === undefined ? `<main id="${MAIN_ID}" tabindex="-1">` : '<main>',
    ...shown.map((c) => renderSection(c, ctx)),
    '</main>',
    '</div>',
  ].join('\n');
}

function wrapDocument(body: string, title: string, css: string, meta: Readonly<Record<string, string | undefined>>): string {
  const metaTags = Object.entries(meta)
    .flatMap(([name, content]) => (content ? [`<meta name="${escapeHtml(name)}" content="${escapeHtml(content)}">`] : []))
    .join('\n');
  // The report's text is Swedish, so the document is marked Swedish even when the added words are English.
  return [
    '<!DOCTYPE html>',
    '<html lang="sv">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    metaTags,
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${css}</style>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function errorBody(e: unknown, language: Language): string {
  const what = language === 'en' ? 'The report could not be rendered' : 'Rapporten kunde inte visas';
  const detail = e instanceof Error ? e.message : String(e);
  return `<div class="report"><p class="render-error"${labels(language).langAttr}>${escapeHtml(`${what}: ${detail}`)}</p></div>`;
}

/** The document's title, subject and keywords, for the page's head and the PDF's metadata. */
function documentInfo(pa: ProjectAnalysis, options: RenderOptions): DocumentInfo {
  const l = labels(options.language);
  const { myndighet, year } = pa.project.manifest;
  const base = reportTitle(pa, l);
  const letter = pa.project.requirementSet?.diarienummer;
  const keywords = [pa.project.manifest.kind === 'redovisning' ? l.partReports.redovisning : l.annualReport, ...(myndighet ? [myndighet] : []), ...(year !== undefined ? [String(year)] : []), ...(letter ? [letter] : [])];
  return { title: documentTitle(pa, options), author: myndighet, subject: l.subject(base, myndighet), keywords, language: 'sv' };
}

/**
 * Renders a report. Never throws: should a part of the model be so broken that rendering fails, the
 * result is a page that says so, because the preview must keep showing something while the author types.
 */
export function renderReport(pa: ProjectAnalysis, locate: LocateFn, options: RenderOptions): RenderedReport {
  let body: string;
  try {
    body = renderBody(pa, locate, options);
  } catch (e) {
    body = errorBody(e, options.language);
  }
  let info: DocumentInfo;
  try {
    info = documentInfo(pa, options);
  } catch {
    const fallback = labels(options.language).annualReport;
    info = { title: fallback, subject: fallback, keywords: [], language: 'sv' };
  }
  if (!options.standalone) return { html: body, css: REPORT_CSS, info };
  // The printed page carries the running head ESV asks for: the agency, "Årsredovisning" and the year.
  const l = labels(options.language);
  let css = REPORT_CSS;
  try {
    css = reportCss({ agency: pa.project.manifest.myndighet, title: reportTitle(pa, l), pageNumber: l.pageNumber });
  } catch {
    // Without a manifest to read, the page prints with page numbers only.
  }
  const meta = {
    generator: 'regbrev',
    author: info.author,
    description: info.subject,
    keywords: info.keywords.join(', '),
  };
  return { html: wrapDocument(body, info.title, css, meta), css, info };
}
