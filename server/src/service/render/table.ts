// One computed table as an accessible HTML table, printed the way the report prints it: a caption,
// column and row headers, heading rows as row groups, a "Not" column, right-aligned figures in Swedish
// typography, and the unit and remark under the table. Cells the source leaves out and cells whose figure
// disagrees with a formula are marked, with a title that says why.
import type { ComputedCell, ComputedRow, ComputedTable } from '../features/computedTables';
import type { Language } from '../problems';
import { findingsAt } from './checks';
import type { CellFinding, CheckMarks } from './checks';
import type { Caption } from '../model/labels';
import { escapeAttr, escapeHtml, slug } from './escape';
import { labels } from './labels';
import type { Labels } from './labels';
import { renderInlineMarkdown } from './markdown';
import type { SourceMap } from './sourceMap';

export interface TableRenderOptions {
  readonly language: Language;
  /** The caption; derived from the table's label when not given (the preview of one table). */
  readonly caption?: Caption;
  /** True when the caption repeats the heading just above (a note's table): then only screen readers get it. */
  readonly captionHidden?: boolean;
  /** Whether to print the unit under the table; false when a heading above already names it. */
  readonly unitNote?: boolean;
  /** The link target of a note reference, or undefined for no link. Defaults to `#not-<n>`. */
  readonly noteHref?: (note: number) => string | undefined;
  /** The table's anchor id. Defaults to `tabell-<id>`. */
  readonly anchor?: string;
  /** Ties tables, rows and cells to their source (`data-src`), so that a preview can jump to it. */
  readonly sources?: SourceMap;
  /** Shows what the checker found: marks on figures with findings, and the count of checked figures. */
  readonly checks?: CheckMarks;
}

/**
 * Swedish typography for a figure: a true minus sign for negatives. The thousands separator stays the
 * no-break space the computed tables use; a narrow one looked like no space at all in Arial at 8.5 pt.
 */
export function typographic(text: string): string {
  return text.replace(/(^|[\s[;(,])-(?=\d)/g, '$1\u2212');
}

/** Row headings that print as sums: bold with a rule above, as financial statements print them. */
const SUM_ROW = /^(summa|s:a|totalt?|saldo)\b/i;
/** "varav …" rows are part of the row above and print indented. */
const SUB_ROW = /^varav\b/i;

const isNumber = (c: ComputedCell) => c.kind === 'declared' || c.kind === 'computed';

/**
 * How a column aligns: 'num' (figures, right), 'mark' (short marks such as "X" with perhaps a count
 * under them, centred, as in a checklist) or 'text' (prose, from the left). Empty cells follow their
 * column, so that a dash stands where a figure or a mark would.
 */
type ColumnMode = 'num' | 'mark' | 'text';

function columnMode(table: ComputedTable, i: number): ColumnMode {
  const cells = table.rows.flatMap((r) => (r.cells[i] ? [r.cells[i]] : []));
  if (cells.some((c) => c.kind === 'text' && c.text.length > 3)) return 'text';
  if (cells.some((c) => c.kind === 'text')) return 'mark';
  return cells.some(isNumber) ? 'num' : 'mark';
}

function quoted(formula: string, language: Language): string {
  return language === 'sv' ? `”${formula}”` : `“${formula}”`;
}

function cellTitle(cell: ComputedCell, l: Labels, language: Language): string | undefined {
  const parts: string[] = [];
  if (cell.kind === 'computed') {
    const used = cell.formulas.filter((f) => f.interval !== undefined).map((f) => quoted(f.text, language));
    parts.push(used.length > 0 ? l.computed(used.join(', ')) : l.computedNoFormula);
  }
  if (cell.mismatch) {
    const wrong = cell.formulas
      .filter((f) => f.consistent === false)
      .map((f) => l.formulaGives(quoted(f.text, language), typographic(f.interval ?? '?')));
    const printed = typographic(cell.text) + (cell.unit && cell.unit !== 'antal' && cell.unit !== 'text' ? ` ${cell.unit}` : '');
    parts.push(l.mismatch(printed, cell.interval ? typographic(cell.interval) : undefined, wrong.join('; ')));
  }
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** The visible sign of a mark, so that colour is never the only cue (WCAG 1.4.1). */
export const FLAG = { error: '\u2716', warning: '\u26a0', computed: '\u0192' } as const;

export function flag(symbol: string): string {
  return `<span class="flag" aria-hidden="true">${symbol}</span>`;
}

function cellHtml(cell: ComputedCell, mode: ColumnMode, l: Labels, o: TableRenderOptions, rowLocation?: ComputedRow['location']): string {
  const classes: string[] = [];
  let content: string;
  if (isNumber(cell)) {
    classes.push(mode === 'mark' ? 'mark' : 'num');
    content = escapeHtml(typographic(cell.text));
  } else if (cell.kind === 'text') {
    classes.push(mode === 'text' ? 'txt' : 'mark');
    content = escapeHtml(cell.text);
  } else {
    classes.push('empty', mode === 'num' ? 'num' : mode);
    if (cell.kind === 'missing') classes.push('missing');
    content = '–';
  }
  if (cell.kind === 'computed') classes.push('computed');
  // With checks shown, a mark is what the checker reports on the figure (any rule, after the settings),
  // and a formula that disagrees is marked even when its finding was silenced.
  const findings: CellFinding[] = o.checks ? findingsAt(o.checks, cell.location) : [];
  const mismatch = cell.mismatch || findings.length > 0;
  const severity = findings.length > 0 && findings.every((f) => f.severity === 'warning') ? 'warning' : 'error';
  if (mismatch) classes.push('mismatch');
  if (mismatch && o.checks) classes.push(`severity-${severity}`);
  const title = findings.length > 0 ? findings.map((f) => f.message).join(' ') : cellTitle(cell, l, o.language);
  const attrs = [`class="${classes.join(' ')}"`];
  // The title is in the renderer's language; the figure it stands on reads the same in any language.
  if (title) attrs.push(`title="${escapeAttr(title)}"${l.langAttr}`);
  if (o.sources) {
    attrs.push(`data-cell="${escapeAttr(cell.key)}"`);
    const at = cell.location ?? rowLocation;
    const src = o.sources.attr(at ? { uri: at.uri, range: { start: at.start, end: at.end } } : undefined);
    if (src) attrs.push(src.trim());
  }
  const explained = title !== undefined && (cell.kind === 'computed' || mismatch);
  if (!o.checks) {
    // A screen reader hears the reason too: the title attribute alone is not reliably read out.
    const hidden = explained ? `<span class="visually-hidden"${l.langAttr}> (${escapeHtml(title)})</span>` : '';
    return `<td ${attrs.join(' ')}>${content}${hidden}</td>`;
  }
  // The preview: a visible sign, and the finding (or why the cell is computed) as the cell's accessible
  // description, read after its figure.
  const sign = mismatch ? flag(FLAG[severity]) : cell.kind === 'computed' ? flag(FLAG.computed) : '';
  if (!explained) return `<td ${attrs.join(' ')}>${sign}${content}</td>`;
  const id = o.checks.nextId();
  attrs.push(`aria-describedby="${id}"`);
  return `<td ${attrs.join(' ')}>${sign}${content}<span id="${id}" hidden${l.langAttr}>${escapeHtml(title)}</span></td>`;
}

function noteCell(row: ComputedRow, l: Labels, o: TableRenderOptions): string {
  if (row.not === undefined) return '<td class="note-ref"></td>';
  const href = (o.noteHref ?? ((n: number) => `#not-${n}`))(row.not);
  const label = `${l.note} ${row.not}`;
  const inner = href ? `<a href="${escapeAttr(href)}" aria-label="${escapeAttr(label)}"${l.langAttr}>${row.not}</a>` : String(row.not);
  return `<td class="note-ref">${inner}</td>`;
}

function rowHtml(row: ComputedRow, modes: readonly ColumnMode[], hasNotes: boolean, l: Labels, o: TableRenderOptions, total = false): string {
  const heading = row.rubrik ?? (row.id.startsWith('#') ? '' : row.id);
  const classes = [total || SUM_ROW.test(heading) ? 'sum' : '', SUB_ROW.test(heading) ? 'sub' : ''].filter(Boolean);
  const cls = classes.length > 0 ? ` class="${classes.join(' ')}"` : '';
  const cells = row.cells.map((c, i) => cellHtml(c, modes[i] ?? 'mark', l, o, row.location)).join('');
  const src = o.sources && row.location ? o.sources.attr({ uri: row.location.uri, range: { start: row.location.start, end: row.location.end } }) : '';
  return `<tr${cls}><th scope="row"${src}>${escapeHtml(heading)}</th>${hasNotes ? noteCell(row, l, o) : ''}${cells}</tr>`;
}

/**
 * Whether the caption or a heading above already names the unit, as in "Resultaträkning (tkr)": the unit,
 * in any case, stands inside parentheses, alone or as a word of them ("(belopp i tkr)"). A scan rather
 * than a regular expression, because a pattern with `[^)]*\s` before the unit backtracks quadratically on
 * a caption such as `( ( ( …`; this one looks at every character a bounded number of times (the unit is
 * found with Knuth–Morris–Pratt).
 */
export function namesUnit(text: string | undefined, unit: string): boolean {
  if (!text || !unit) return false;
  const fold = (c: string) => {
    const lower = c.toLowerCase();
    return lower.length === 1 ? lower : c;
  };
  const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
  const t = Array.from({ length: text.length }, (_, i) => fold(text[i]));
  const pattern = Array.from({ length: unit.length }, (_, i) => fold(unit[i]));
  // The failure function of the unit, for Knuth–Morris–Pratt.
  const fail = new Array<number>(pattern.length).fill(0);
  for (let i = 1, k = 0; i < pattern.length; i++) {
    while (k > 0 && pattern[i] !== pattern[k]) k = fail[k - 1];
    if (pattern[i] === pattern[k]) k++;
    fail[i] = k;
  }
  const lastClose = text.lastIndexOf(')');
  // The last "(" and ")" seen before the character the scan stands on, so that the text before a
  // match can be judged without looking back.
  let open = -1;
  let close = -1;
  let seen = 0;
  for (let i = 0, k = 0; i < t.length; i++) {
    while (k > 0 && t[i] !== pattern[k]) k = fail[k - 1];
    if (t[i] === pattern[k]) k++;
    if (k < pattern.length) continue;
    k = fail[k - 1];
    const start = i - pattern.length + 1;
    const end = i + 1;
    // Brackets strictly before the character that precedes the match.
    for (; seen < start - 1; seen++) {
      if (text[seen] === '(') open = seen;
      else if (text[seen] === ')') close = seen;
    }
    const before = start > 0 ? text[start - 1] : undefined;
    const leftOk = before === '(' || (isSpace(before) && open > close);
    const after = text[end];
    const rightOk = after === ')' || (isSpace(after) && lastClose > end);
    if (leftOk && rightOk) return true;
  }
  return false;
}

/**
 * Whether a heading row only repeats the one row under it ("Verksamhetsutfall" over the row
 * "Verksamhetsutfall"), as sources write a total line that the form wants in a group of its own. The
 * printed report has one bold line there, so the heading is left out and the row prints as a total.
 */
function headingRepeatsRow(rows: readonly ComputedRow[], i: number): boolean {
  const next = rows[i + 1];
  const after = rows[i + 2];
  return next !== undefined && next.heading === undefined && next.rubrik === rows[i].heading
    && (after === undefined || after.heading !== undefined);
}

function bodyHtml(table: ComputedTable, modes: readonly ColumnMode[], hasNotes: boolean, l: Labels, o: TableRenderOptions): string {
  const span = table.columns.length + 1 + (hasNotes ? 1 : 0);
  const groups: string[] = [];
  let current: string[] | undefined;
  let total = false;
  table.rows.forEach((row, i) => {
    if (row.heading !== undefined) {
      if (current) groups.push(`<tbody>\n${current.join('\n')}\n</tbody>`);
      total = headingRepeatsRow(table.rows, i);
      current = row.heading && !total ? [`<tr class="group-heading"><th scope="rowgroup" colspan="${span}">${escapeHtml(row.heading)}</th></tr>`] : [];
      return;
    }
    current ??= [];
    current.push(rowHtml(row, modes, hasNotes, l, o, total));
  });
  if (current) groups.push(`<tbody>\n${current.join('\n')}\n</tbody>`);
  return groups.join('\n');
}

/** "12 av 14 siffror kontrollerade": how many of the table's printed figures some check compares. */
function checkCount(table: ComputedTable, l: Labels): string {
  let printed = 0;
  let checked = 0;
  for (const row of table.rows) {
    for (const cell of row.cells) {
      if (cell.kind !== 'declared') continue;
      printed++;
      if (cell.checked) checked++;
    }
  }
  if (printed === 0) return '';
  const cls = checked === printed ? 'check-count all' : 'check-count';
  return ` <span class="${cls}"${l.langAttr}>${escapeHtml(l.checkedFigures(checked, printed))}</span>`;
}

function renderTableUnsafe(table: ComputedTable, o: TableRenderOptions): string {
  const l = labels(o.language);
  const caption = o.caption ?? table.caption;
  const hasNotes = table.rows.some((r) => r.not !== undefined);
  const modes = table.columns.map((_, i) => columnMode(table, i));
  const anchor = o.anchor ?? `tabell-${slug(table.id)}`;
  const dataAttrs = ` data-table="${escapeAttr(table.id)}"`;
  const blockSrc = o.sources ? o.sources.attr({ uri: table.location.uri, range: { start: table.location.start, end: table.location.end } }) : '';
  const label = caption.label ? `<span class="caption-label"${l.langAttr}>${escapeHtml(caption.label)}</span> ` : '';
  const count = o.checks ? checkCount(table, l) : '';
  const captionClass = o.captionHidden ? ' class="visually-hidden"' : '';
  const headers = table.columns
    .map((c, i) => `<th scope="col"${modes[i] === 'text' ? '' : ` class="${modes[i]}"`}>${escapeHtml(c.rubrik)}</th>`)
    .join('');
  const noteHeader = hasNotes ? `<th scope="col" class="note-ref"${l.langAttr}>${escapeHtml(l.noteColumn)}</th>` : '';
  const unitText = table.unit && o.unitNote !== false && !namesUnit(caption.text, table.unit) ? l.unitNote(table.unit) : undefined;
  const below = [
    unitText ? `<p class="table-unit"${l.langAttr}>${escapeHtml(unitText)}</p>` : '',
    table.note ? `<p class="table-remark">${renderInlineMarkdown(table.note)}</p>` : '',
  ].filter(Boolean);
  // Wide tables print smaller; short tables are kept on one page, long ones may break between rows.
  const classes = ['table-block', table.columns.length >= 6 ? 'wide' : '', table.rows.length <= 20 ? 'short' : ''].filter(Boolean);
  return [
    `<div class="${classes.join(' ')}" id="${escapeAttr(anchor)}"${blockSrc}>`,
    `<table class="report-table"${dataAttrs}>`,
    `<caption${captionClass}>${label}${escapeHtml(caption.text)}${count}</caption>`,
    `<thead><tr><td class="stub"></td>${noteHeader}${headers}</tr></thead>`,
    bodyHtml(table, modes, hasNotes, l, o),
    '</table>',
    ...below,
    '</div>',
  ].join('\n');
}

/** Renders one computed table. Never throws: a table that cannot be rendered becomes a short notice. */
export function renderTable(table: ComputedTable, options: TableRenderOptions): string {
  try {
    return renderTableUnsafe(table, options);
  } catch {
    const what = options.language === 'en' ? 'The table could not be rendered' : 'Tabellen kunde inte visas';
    return `<p class="render-error"${options.language === 'en' ? ' lang="en"' : ''}>${escapeHtml(`${what}: ${table.id}`)}</p>`;
  }
}
