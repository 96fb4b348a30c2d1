// prose-figure: a figure written out in a chapter's or section's text that is, as printed, exactly one
// figure of the chapter's tables ("915,1 mnkr" where Tabell 8 prints 915,1). Written as a reference
// (`{T8.totalt.beviljat}`) it is printed from the table and cannot drift from it; the fix writes the
// reference. Only figures that say something are looked at: with a decimal, or of at least three digits,
// and no year; and only the tables of the text's own section and of the sections under it, which the text
// speaks of: a figure that several of those cells print, or that only a table elsewhere prints, is left
// alone, as which one is meant cannot be told (a chapter's 32,3 may be another table's 32,3 by chance).
// A figure that is one cell rounded ("117 800" where the table prints 117 793, "915" for 915,1), with at
// least three significant digits, is nearly that cell: it is written as a claim (`{117 800 ~
// T23.totalt.anställda2023}`), which keeps the text's figure and checks it against the table.
import type { FixContext } from '../features/fixes/types';
import { writeInPlace } from '../features/fixes/writeInPlace';
import { proseClaims, proseRefs } from '../model/proseRefs';
import type { Origin, Section, Table } from '../model/types';
import * as R from '../numbers/rational';
import { formatNumber } from '../tables/format';
import type { TableIndex } from '../tables/resolve';
import { findingsOf } from './memo';
import { defineRule } from './unit';
import type { Finding } from '../findings';

type ProseFigure = Finding & { readonly code: 'prose-figure' };

/** A figure in Swedish prose: an optional minus, groups of three digits apart, an optional decimal part. */
const FIGURE = /(?<![\d,.\p{L}])([−-])?(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(,\d+)?(?![\d\p{L}]|,\d)/gu;

const unspaced = (s: string) => s.replace(/[ \u00a0]/g, '');

interface PrintedCell {
  readonly key: string;
  readonly negative: boolean;
  /** The figure without its sign, and the decimals it is printed with. */
  readonly magnitude: R.Rational;
  readonly decimals: number;
}

/** Each printed figure of the tables, without its sign, with the cells that print it and their signs. */
function printedFigures(tables: readonly Table[], index: TableIndex): Map<string, PrintedCell[]> {
  const out = new Map<string, PrintedCell[]>();
  for (const t of tables) {
    if (index.tables.get(t.id) !== t) continue;
    for (const r of t.dataRows) {
      for (const c of t.columns) {
        const cell = index.cell(t, r, c);
        const lit = cell.source?.literal;
        if (lit?.kind !== 'number') continue;
        const decimals = Math.max(cell.decimals, lit.literalDecimals);
        const text = unspaced(formatNumber(lit.value, decimals, 'sv')).replace(/^-/, '');
        const list = out.get(text) ?? [];
        const negative = R.cmp(lit.value, R.ZERO) < 0;
        list.push({ key: cell.key, negative, magnitude: negative ? R.neg(lit.value) : lit.value, decimals });
        out.set(text, list);
      }
    }
  }
  return out;
}

/** The tables of a section and of every section under it. */
function tablesUnder(s: Section): Table[] {
  return [...s.tables, ...s.sections.flatMap(tablesUnder)];
}

/**
 * The one cell that the figure rounds, when exactly one does: the figure has fewer digits than the cell
 * (trailing zeros of a whole figure are no digits) and at least three significant ones.
 */
function nearlyOne(int: string, frac: string | undefined, sign: string | undefined, printed: ReadonlyMap<string, readonly PrintedCell[]>): PrintedCell | undefined {
  const whole = int.replace(/^0+/, '');
  const fraction = frac ? frac.slice(1) : '';
  const decimals = frac ? fraction.length : -(/0*$/.exec(whole)![0].length);
  const significant = (frac ? whole : whole.replace(/0+$/, '')).length + fraction.length;
  if (significant < 3) return undefined;
  const value = R.fromDecimal(frac ? `${int}.${fraction}` : int);
  if (!value) return undefined;
  const found: PrintedCell[] = [];
  for (const list of printed.values()) {
    for (const c of list) {
      if (c.decimals <= decimals || (sign && !c.negative)) continue;
      if (R.cmp(R.roundTo(c.magnitude, decimals), value) === 0) found.push(c);
    }
  }
  return found.length === 1 ? found[0] : undefined;
}

/** The figures of a text (a section's, or a table's remark) that the tables around it print. */
function inText(text: string | undefined, origin: Origin, printed: ReadonlyMap<string, readonly PrintedCell[]>): ProseFigure[] {
  if (!text) return [];
  const refs = [...proseRefs(text), ...proseClaims(text)];
  const out: ProseFigure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const start = m.index!;
    if (refs.some((r) => start >= r.start && start < r.end)) continue;
    const [whole, sign, int, frac] = m;
    const digits = unspaced(int) + (frac ?? '');
    // Years and small counts say too little to be matched to one cell.
    if (!frac && (/^(19|20)\d\d$/.test(int) || digits.replace(/^0+/, '').length < 3)) continue;
    const cells = printed.get(unspaced(int) + (frac ?? ''));
    const matching = cells?.filter((c) => !sign || c.negative);
    const figure = whole.trim();
    if (!matching || matching.length === 0) {
      const near = nearlyOne(unspaced(int), frac, sign, printed);
      if (!near) continue;
      const claim = `{${figure} ~ ${near.negative && !sign ? '-' : ''}${near.key}}`;
      out.push({
        code: 'prose-figure',
        at: { origin, span: { start, end: start + whole.length } },
        message: {
          sv: `${figure} i texten är ${near.key} i tabellen, avrundad; skriv ${claim}, så står siffran kvar som den är skriven och kontrolleras mot tabellen.`,
          en: `${figure} in the text is ${near.key} of the table, rounded; write ${claim}, so that the figure stays as written and is checked against the table.`,
        },
        data: { reference: claim },
      });
      continue;
    }
    if (matching.length !== 1) continue;
    const cell = matching[0];
    const reference = `{${cell.key}${cell.negative && !sign ? ' abs' : ''}}`;
    out.push({
      code: 'prose-figure',
      at: { origin, span: { start, end: start + whole.length } },
      message: {
        sv: `${figure} i texten är ${cell.key} i tabellen; skriv ${reference}, så skrivs siffran ut ur tabellen och kan inte glida isär från den.`,
        en: `${figure} in the text is ${cell.key} of the table; write ${reference}, so that the figure is printed from the table and cannot drift from it.`,
      },
      data: { reference },
    });
  }
  return out;
}

/**
 * A brace that would begin a plain scalar (`text: {T1…}`) starts a flow mapping instead: the reference cannot
 * be written there.
 */
const outsideFlowStart = ({ problem, file }: FixContext) =>
  !/(^|:|-)\s*$/.test(file.text.slice(file.text.lastIndexOf('\n', problem.range.start - 1) + 1, problem.range.start));

export const proseFigures = defineRule({
  name: 'proseFigures',
  codes: {
    'prose-figure': {
      severity: 'info',
      title: { sv: 'Siffra i texten som står i en tabell', en: 'A table’s figure written out in the text' },
      summary: 'A figure in the text is, as printed, exactly one figure of the chapter’s tables; a reference keeps the two equal.',
    },
  },
  report({ project, index }, out) {
    for (const s of project.sections) {
      if (!s.text) continue;
      const origin = { uri: s.uri, ptr: `${s.origin.ptr}/text` };
      for (const f of findingsOf('proseFigures', s, () => inText(s.text, origin, printedFigures(tablesUnder(s), index)))) out.place(f);
    }
    // A table's remark repeats figures as a text does, most often its own section's.
    for (const t of project.tables) {
      if (!t.note) continue;
      const origin = { uri: t.uri, ptr: `${t.origin.ptr}/anmärkning` };
      for (const f of findingsOf('proseFigures', t, () => inText(t.note, origin, printedFigures(tablesUnder(t.section), index)))) out.place(f);
    }
  },
  fixes: { 'prose-figure': writeInPlace({ key: 'reference', preferred: true, offered: outsideFlowStart }) },
});
