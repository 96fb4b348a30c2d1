// The report's stylesheet: a restrained screen layout and a print layout for A4. Only local fonts are
// named (Arial, or its metric twin Liberation Sans on Linux), so the page loads nothing from the network
// and prints the same on a build server as on a desktop. A printed report also gets a running head: ESV
// asks that every page show the agency, the word "årsredovisning" and the year.
import { cssString } from './escape';

const SCREEN = `
:root {
  --ink: #1b1b1b;
  --muted: #555;
  --rule: #1b1b1b;
  --hairline: #c9c9c9;
  --accent: #1d3b5c;
  --computed: #1f5fa8;
  --computed-bg: #eef4fb;
  --mismatch: #a1141b;
  --mismatch-bg: #fdeaea;
  --warning: #7a4b00;
  --warning-bg: #fff4d6;
}
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0;
  color: var(--ink);
  background: #fff;
  font-family: Arial, "Liberation Sans", "Helvetica Neue", Helvetica, sans-serif;
  font-size: 16px;
  line-height: 1.5;
}
.report { max-width: 50rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
a { color: var(--accent); }
p { margin: 0 0 0.75em; }
ul, ol { margin: 0 0 0.75em; padding-left: 1.5em; }
li { margin: 0.15em 0; }
h1, h2, h3, h4, h5, h6 { color: var(--accent); line-height: 1.25; margin: 1.6em 0 0.5em; }
h1 { font-size: 1.9rem; margin-top: 0; }
h2 { font-size: 1.4rem; }
h3 { font-size: 1.15rem; }
h4 { font-size: 1rem; }
h5 { font-size: 1rem; font-style: italic; }
h6 { font-size: 0.95rem; font-style: italic; font-weight: normal; }
.section-number { margin-right: 0.35em; font-variant-numeric: lining-nums; }
.skip-link {
  position: absolute; left: 0.5rem; top: -4rem; z-index: 5; padding: 0.4rem 0.8rem;
  background: #fff; color: var(--accent); border: 2px solid var(--accent); font-weight: bold;
}
.skip-link:focus { top: 0.5rem; }
main:focus { outline: none; }
.visually-hidden {
  position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}

/* Title page and colophon. */
.title-page { display: flex; flex-direction: column; min-height: 80vh; padding-bottom: 2rem; border-bottom: 1px solid var(--hairline); }
.title-block { margin-top: 18vh; }
.agency { font-size: 1.25rem; font-weight: bold; letter-spacing: 0.02em; margin-bottom: 2.5rem; }
.report-title { font-size: 2.8rem; font-weight: bold; margin: 0 0 1rem; color: var(--ink); }
.dnr, .report-number { color: var(--muted); margin: 0.2em 0; }
.colophon { margin: auto 0 0; padding-top: 2rem; font-size: 0.8rem; color: var(--muted); display: grid; grid-template-columns: 1fr 1fr; gap: 0.75rem 2rem; }
.colophon div { break-inside: avoid; }
.colophon dt { font-weight: bold; color: var(--ink); }
.colophon dd { margin: 0; }
.generated { font-size: 0.75rem; color: var(--muted); margin-top: 1.5rem; }

/* Table of contents. */
.toc { padding: 2rem 0 1rem; border-bottom: 1px solid var(--hairline); }
.toc-title { color: var(--accent); font-size: 1.6rem; font-weight: bold; line-height: 1.25; margin: 0 0 0.5em; }
.toc ol { list-style: none; padding: 0; margin: 0; }
.toc > ol > li { margin: 0.5em 0; font-weight: bold; }
.toc ol ol { margin: 0.2em 0 0.4em 2.2em; font-weight: normal; font-size: 0.95em; }
.toc a { color: var(--ink); text-decoration: none; }
.toc a:hover .toc-text, .toc a:focus .toc-text { text-decoration: underline; }
.toc-number { display: inline-block; min-width: 2.2em; font-variant-numeric: tabular-nums; }
.toc ol ol .toc-number { min-width: 3em; }

/* Chapters and sections. */
.note > h4, .note > h5, .note > h6 { font-size: 1rem; font-style: normal; font-weight: bold; }
.chapter { padding-top: 2.5rem; margin-top: 2.5rem; border-top: 2px solid var(--accent); }
.text { max-width: 42rem; }

/* Tables. */
.table-block { margin: 1.5em 0 1.75em; overflow-x: auto; }
.report-table {
  width: 100%;
  border-collapse: collapse;
  font-size: 0.85rem;
  line-height: 1.35;
  font-variant-numeric: tabular-nums lining-nums;
  border-bottom: 1.5px solid var(--rule);
}
.table-block.wide .report-table { font-size: 0.78rem; }
.report-table caption { caption-side: top; text-align: left; font-weight: bold; padding: 0 0 0.45em; line-height: 1.35; }
.caption-label { margin-right: 0.15em; }
.report-table thead th, .report-table thead td { border-top: 1.5px solid var(--rule); border-bottom: 1px solid var(--rule); }
.report-table th, .report-table td { padding: 0.28em 0.5em; vertical-align: top; }
.report-table thead th { font-weight: bold; text-align: left; vertical-align: bottom; }
.report-table thead th.num { text-align: right; }
.report-table thead th.mark { text-align: center; }
.report-table tbody th[scope="row"] { font-weight: normal; text-align: left; min-width: 8em; }
.report-table tbody tr + tr > * { border-top: 0.5px solid var(--hairline); }
.report-table .group-heading th { text-align: left; font-weight: bold; padding-top: 0.75em; }
.report-table tbody:first-of-type .group-heading th { padding-top: 0.35em; }
.report-table td.num { text-align: right; white-space: nowrap; }
.report-table td.mark { text-align: center; }
.report-table td.txt { text-align: left; }
.report-table .note-ref { text-align: center; width: 2.5em; white-space: nowrap; }
.report-table .note-ref a { text-decoration: none; }
.report-table tr.sum > *, .report-table tr.sum > th[scope="row"] { font-weight: bold; border-top: 1px solid var(--rule); }
.report-table tr.sub th[scope="row"] { padding-left: 1.5em; font-style: italic; }
.report-table td.computed { color: var(--computed); background: var(--computed-bg); font-style: italic; }
.report-table td.mismatch { color: var(--mismatch); background: var(--mismatch-bg); box-shadow: inset 0 -2px 0 var(--mismatch); font-weight: bold; }
/* Checks, where they are shown (the preview, render --checks): a sign as well as a colour. */
.report-table .flag { display: inline-block; margin-right: 0.3em; font-style: normal; font-weight: bold; }
.report-table td.computed .flag { color: var(--computed); }
.report-table td.mismatch.severity-warning { color: var(--warning); background: var(--warning-bg); box-shadow: inset 0 -2px 0 var(--warning); }
/* A figure of a text that a finding stands on, marked as a table's cell is. */
.prose-figure.mismatch { color: var(--mismatch); background: var(--mismatch-bg); box-shadow: inset 0 -2px 0 var(--mismatch); font-weight: bold; }
.prose-figure.mismatch.severity-warning { color: var(--warning); background: var(--warning-bg); box-shadow: inset 0 -2px 0 var(--warning); }
.prose-figure .flag { display: inline-block; margin-right: 0.2em; font-style: normal; font-weight: bold; }
.check-count { display: inline-block; margin-left: 0.6em; padding: 0 0.45em; border: 1px solid var(--hairline); border-radius: 0.6em; font-size: 0.8em; font-weight: normal; color: var(--muted); white-space: nowrap; }
.check-count.all::before { content: "\\2713\\00a0"; }
.table-unit, .table-remark { font-size: 0.8rem; color: var(--muted); margin: 0.4em 0 0; max-width: 42rem; }
.render-error { color: var(--mismatch); }

/* Charts: static SVG, drawn in black and greys with patterns and dashes, so print needs no colour. */
.chart { margin: 1.5em 0 1.75em; max-width: 40rem; }
.chart figcaption { font-weight: bold; font-size: 0.85rem; line-height: 1.35; padding: 0 0 0.45em; }
.chart-svg { display: block; max-width: 100%; height: auto; }
.chart-status { font-size: 0.85rem; margin: 0.4em 0 0; max-width: 42rem; }
/* Charts of an indicator's one or two years stand two abreast where the column is wide enough. */
@media (min-width: 48rem) {
  .chart-narrow { display: inline-block; vertical-align: top; width: calc(50% - 0.75rem); margin-right: 0.5rem; }
}

/* Signatures. */
.signatures { margin: 2rem 0; break-inside: avoid; }
.sign-place { margin-bottom: 0.5rem; }
.signers { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(2, minmax(0, 18rem)); gap: 0 3rem; }
.signers li { margin: 0; padding-top: 3rem; }
.sign-line { display: block; border-top: 1px solid var(--rule); margin-bottom: 0.3em; }
.signer-name { display: block; }
.signer-role { display: block; font-size: 0.85em; color: var(--muted); }
`;

const PRINT = `
@page {
  size: A4;
  margin: 20mm 18mm 22mm 22mm;
}
@media print {
  .skip-link { display: none; }
  body { font-size: 10pt; line-height: 1.4; }
  .report { max-width: none; margin: 0; padding: 0; }
  a { color: inherit; text-decoration: none; }
  a[href]::after { content: none !important; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; break-inside: avoid; }
  p, li { orphans: 3; widows: 3; }
  /* The A4 page leaves 255 mm between the margins; the title page must fit in one, or it spills. */
  .title-page { min-height: 0; height: 245mm; padding-bottom: 0; border-bottom: 0; break-after: page; overflow: hidden; }
  .title-block { margin-top: 70mm; }
  .toc { border-bottom: 0; break-after: page; }
  .chapter { break-before: page; border-top: 0; margin-top: 0; padding-top: 0; }
  .table-block { overflow: visible; }
  .table-block.short { break-inside: avoid; }
  .report-table { font-size: 8.5pt; }
  .table-block.wide .report-table { font-size: 7.5pt; }
  .report-table thead { display: table-header-group; }
  .report-table tr, .report-table caption { break-inside: avoid; }
  .report-table caption { break-after: avoid; }
  .report-table td.computed { color: inherit; background: none; font-style: normal; }
  .report-table td.mismatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .signatures { break-inside: avoid; }
  /* A chart is kept on one page with its caption; 150 mm wide its 12-unit text prints at about 8 pt. */
  .chart { break-inside: avoid; page-break-inside: avoid; max-width: 150mm; }
  .chart figcaption { font-size: 8.5pt; break-after: avoid; }
  .chart-status { font-size: 8.5pt; }
  .chart-svg { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  /* Two narrow charts to a row (2 × 83 mm of the 170 mm between the margins): their text prints at about 7 pt. */
  .chart-narrow { display: inline-block; vertical-align: top; width: 80mm; margin-right: 3mm; }
  .chart-narrow .chart-svg { width: 100%; }
}
`;

const MARGIN_TEXT = 'font-family: Arial, "Liberation Sans", sans-serif; font-size: 8.5pt; color: #555;';

/** What a printed page carries in its margins, beyond the page number. */
export interface RunningHead {
  /** The agency, at the top left. */
  readonly agency?: string;
  /** "Årsredovisning 2023", at the top right. */
  readonly title: string;
  /** The page number as CSS `content` values (a label's `pageNumber`), at the bottom centre. */
  readonly pageNumber: string;
}

/**
 * The margin boxes of the printed page: the running head and the page number on every page but the
 * title page. The texts come from the sources, so they go in as escaped CSS strings.
 */
function pageBoxes(head: RunningHead | undefined): string {
  if (!head) {
    return `@page { @bottom-center { content: counter(page); ${MARGIN_TEXT} } }\n@page :first { @bottom-center { content: none; } }`;
  }
  const left = head.agency ? `@top-left { content: ${cssString(head.agency)}; ${MARGIN_TEXT} vertical-align: bottom; padding-bottom: 6mm; }` : '';
  return [
    '@page {',
    `  ${left}`,
    `  @top-right { content: ${cssString(head.title)}; ${MARGIN_TEXT} vertical-align: bottom; padding-bottom: 6mm; }`,
    `  @bottom-center { content: ${head.pageNumber}; ${MARGIN_TEXT} }`,
    '}',
    '@page :first { @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } }',
  ].join('\n');
}

/**
 * The full stylesheet, screen rules first and print rules after, so that print overrides screen. With a
 * running head (the standalone page that `render` prints), every page but the first carries it.
 */
export function reportCss(head?: RunningHead): string {
  return `${SCREEN.trim()}\n${PRINT.trim()}\n${pageBoxes(head)}\n`;
}

/** The stylesheet without a running head: the preview, which is never printed from the editor. */
export const REPORT_CSS = reportCss();
