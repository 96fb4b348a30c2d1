// Writes the figures that a text names (`{T8.totalt.år2023}`, model/proseRefs.ts) as their tables print
// them, in Swedish format, before the text is rendered; a reference that names no cell is left as written
// (the references rule reports it), so that nothing the author wrote disappears. With the checks shown (the
// preview, `render --checks`), a figure of a text that a finding stands on — a claim that does not hold, a
// reference or formula that names nothing — is marked as a table's cell is: a sign, the finding as its
// description, and its source for the preview's click. The mark is carried through the Markdown by
// private-use sentinels around the figure and written as HTML afterwards, since Markdown prints no HTML.
import type { ProjectAnalysis } from '../analyze';
import type { Origin } from '../model/types';
import type { LocateFn } from '../tables/locate';
import type { CellFinding, CheckMarks } from './checks';
import { findingKey } from './checks';
import { escapeAttr, escapeHtml } from './escape';
import type { Labels } from './labels';
import type { SourceMap } from './sourceMap';
import * as I from '../numbers/interval';
import * as R from '../numbers/rational';
import { unitScale } from '../numbers/units';
import { proseClaims, proseRefs } from '../model/proseRefs';
import type { ProseRef } from '../model/proseRefs';
import { formatNumber } from '../tables/format';
import { proseTarget } from '../tables/proseTarget';
import { flag, FLAG, typographic } from './table';

/** The figure a reference names, as printed, or undefined when it names no cell with a figure. */
function proseFigure(pa: ProjectAnalysis, ref: ProseRef): string | undefined {
  const target = proseTarget(pa.index, ref);
  if (!('cell' in target)) return undefined;
  const { cell } = target;
  const lit = cell.source?.literal;
  const sameUnit = ref.unit === undefined || ref.unit === cell.unit;
  let text: string;
  if (lit?.kind === 'number' && sameUnit && ref.decimals === undefined) {
    text = formatNumber(lit.value, Math.max(cell.decimals, lit.literalDecimals), 'sv');
  } else {
    const v = pa.engine.valueOf(cell);
    if (v.kind !== 'number') return undefined;
    const unit = ref.unit ?? cell.unit;
    const decimals = ref.decimals ?? (sameUnit ? cell.decimals : 1);
    text = formatNumber(R.roundTo(R.div(I.midpoint(v.interval), unitScale(unit)), decimals), decimals, 'sv');
  }
  // The report's minus is the true minus sign, as its tables print it; `abs` leaves the sign to the words.
  return ref.abs ? text.replace(/^-/, '') : typographic(text);
}

interface Piece {
  readonly start: number;
  readonly end: number;
  readonly figure: string;
}

/** The pieces of a text that print a figure: its references and its claims, in order. */
function piecesOf(pa: ProjectAnalysis, text: string | undefined): Piece[] {
  return [
    ...proseRefs(text).map((ref) => ({ start: ref.start, end: ref.end, figure: proseFigure(pa, ref) ?? ref.text })),
    ...proseClaims(text).map((c) => ({ start: c.start, end: c.end, figure: typographic(c.figure.replace(/ /g, '\u00a0')) })),
  ].sort((a, b) => a.start - b.start);
}

/** The text with each piece written as `write` says, and what stands between them as `between` says. */
function splice(text: string, pieces: readonly Piece[], write: (p: Piece) => string, between: (s: string) => string = (s) => s): string {
  let out = '';
  let at = 0;
  for (const p of pieces) {
    out += between(text.slice(at, p.start)) + write(p);
    at = p.end;
  }
  return out + between(text.slice(at));
}

/**
 * The text with every reference that names a figure replaced by that figure, and every claim
 * (`{48 685 = …}`) by the figure it states, as the report prints it.
 */
function withProseFigures(pa: ProjectAnalysis, text: string | undefined): string | undefined {
  const pieces = piecesOf(pa, text);
  return !text || pieces.length === 0 ? text : splice(text, pieces, (p) => p.figure);
}

const OPEN = '\ue000';
const MID = '\ue001';
const CLOSE = '\ue002';
const SENTINELS = /[\ue000-\ue002]/g;
const MARKED = /\ue000(\d+)\ue001([^\ue000-\ue002]*)\ue002/g;

/** How a page's texts print their figures: plainly, or marked where the checks found something. */
export interface ProsePrinter {
  /** The text with its figures written in, before Markdown; `origin` is where the text stands. */
  text(text: string | undefined, origin: Origin): string | undefined;
  /** The rendered HTML of such texts with their marked figures written as marks. */
  html(html: string): string;
}

interface Mark {
  readonly findings: readonly CellFinding[];
  readonly source: string;
}

export function prosePrinter(pa: ProjectAnalysis, locate: LocateFn, labels: Labels, checks?: CheckMarks, sources?: SourceMap): ProsePrinter {
  if (!checks) return { text: (text) => withProseFigures(pa, text), html: (html) => html };
  const marks: Mark[] = [];
  // Where in each file a mark could go, sorted: a text that holds none of them is printed without mapping
  // each of its figures to the source, which costs a pass over the text per figure.
  let marked: Map<string, number[]> | undefined;
  const markedIn = (uri: string, start: number, end: number): boolean => {
    if (!marked) {
      marked = new Map();
      for (const [key, found] of checks.findings) {
        if (!found.some((f) => f.severity !== 'info')) continue;
        const hash = key.lastIndexOf('#');
        const list = marked.get(key.slice(0, hash)) ?? [];
        list.push(Number(key.slice(hash + 1)));
        marked.set(key.slice(0, hash), list);
      }
      for (const list of marked.values()) list.sort((x, y) => x - y);
    }
    const list = marked.get(uri);
    if (!list) return false;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] < start) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length && list[lo] < end;
  };
  /** The findings that stand anywhere on the piece as it is written in the source, errors and warnings only. */
  const findingsOn = (origin: Origin, p: Piece): { findings: CellFinding[]; at: ReturnType<LocateFn['span']> } => {
    const at = locate.span(origin, { start: p.start, end: p.end });
    const found: CellFinding[] = [];
    for (let k = at.range.start; k < at.range.end; k++) {
      for (const f of checks.findings.get(findingKey(at.uri, k)) ?? []) if (f.severity !== 'info') found.push(f);
    }
    return { findings: found, at };
  };
  return {
    text(text, origin) {
      if (!text) return text;
      // Sentinels an author pasted would be read as marks: they are invisible, and dropped. The pieces keep
      // the offsets of the text as written, which is what the source is mapped by.
      const clean = (s: string) => s.replace(SENTINELS, '');
      const pieces = piecesOf(pa, text);
      const whole = locate.origin(origin).range;
      if (!markedIn(origin.uri, whole.start, whole.end)) return splice(text, pieces, (p) => p.figure, clean);
      return splice(text, pieces, (p) => {
        const { findings, at } = findingsOn(origin, p);
        if (findings.length === 0) return p.figure;
        marks.push({ findings, source: sources?.attr(at) ?? '' });
        return `${OPEN}${marks.length - 1}${MID}${p.figure}${CLOSE}`;
      }, clean);
    },
    html(html) {
      return html.replace(MARKED, (_whole, n: string, figure: string) => {
        const mark = marks[Number(n)];
        if (!mark) return figure;
        const severity = mark.findings.every((f) => f.severity === 'warning') ? 'warning' : 'error';
        const message = mark.findings.map((f) => f.message).join(' ');
        const id = checks.nextId();
        return `<span class="prose-figure mismatch severity-${severity}" title="${escapeAttr(message)}"${labels.langAttr} aria-describedby="${id}"${mark.source}>`
          + `${flag(FLAG[severity])}${figure}<span id="${id}" hidden${labels.langAttr}>${escapeHtml(message)}</span></span>`;
      });
    },
  };
}
