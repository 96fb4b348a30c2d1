// Figures in prose that name a cell instead of repeating it: `{T8.totalt.år2023}` in a chapter's or
// section's text prints the cell as its table prints it, `{T8.totalt.år2023 mnkr 1}` in another unit and
// with other decimals, `{T7.ack.år2023 abs}` without its sign; the renderer and the preview write the figure from the table, so that prose and
// tables cannot drift apart. Found by one pattern, here, for the renderer and the references rule alike.
//
// A figure the text states on its own, as a difference or a rounded total ("en ökning med 48 685", "cirka
// 465 000"), is written as a claim: `{48 685 = T11.antal.år2023 - T11.antal.år2022}` prints 48 685 and
// checks it against the formula, as a table's figure is checked against its formula. `~` says the figure is
// rounded to its last non-zero digit ("cirka 465 000": to thousands), and `<`, `<=`, `>`, `>=` state a
// bound ("drygt", "minst"). The figure is read in the unit of the formula's first cell unless the claim
// names one (`{0,4 = T29.totalt.år2022 - T29.totalt.år2023 %}`).
import { readString } from '../numbers/literal';
import type { Rational } from '../numbers/rational';
import { isUnit } from '../numbers/units';
import type { Unit } from '../numbers/units';

export interface ProseRef {
  /** Where the reference stands in the text, braces included. */
  readonly start: number;
  readonly end: number;
  readonly table: string;
  readonly row: string;
  readonly column: string;
  readonly unit?: Unit;
  readonly decimals?: number;
  /** `abs`: the figure without its sign, for prose that says the sign in words ("ett underskott på"). */
  readonly abs: boolean;
  /** The reference as written, for messages. */
  readonly text: string;
}

const ID = '[\\p{L}_][\\p{L}\\p{N}_]*';
const PATTERN = new RegExp(`\\{(${ID})\\.(${ID})\\.(${ID})(?:\\s+(kr|tkr|mnkr|mdkr|%))?(?:\\s+(\\d))?(?:\\s+(abs))?\\}`, 'gu');

/** Every cell reference in a text, in order. */
export function proseRefs(text: string | undefined): ProseRef[] {
  if (!text || !text.includes('{')) return [];
  const out: ProseRef[] = [];
  for (const m of text.matchAll(PATTERN)) {
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      table: m[1],
      row: m[2],
      column: m[3],
      unit: isUnit(m[4]) ? m[4] : undefined,
      decimals: m[5] !== undefined ? Number(m[5]) : undefined,
      abs: m[6] === 'abs',
      text: m[0],
    });
  }
  return out;
}

type ClaimOp = '=' | '~' | '<' | '<=' | '>' | '>=';

export interface ProseClaim {
  /** Where the claim stands in the text, braces included. */
  readonly start: number;
  readonly end: number;
  /** The figure as the text prints it, its value, and the decimals it is given to (negative when `~` rounds to tens or more). */
  readonly figure: string;
  readonly figureStart: number;
  readonly value: Rational;
  readonly decimals: number;
  readonly op: ClaimOp;
  /** The formula the figure is checked against, and where it starts in the text. */
  readonly formula: string;
  readonly formulaStart: number;
  readonly unit?: Unit;
  readonly text: string;
}

const FIGURE = '[−-]?\\d{1,3}(?:[ \u00a0]\\d{3})+(?:,\\d+)?|[−-]?\\d+(?:,\\d+)?';
// A claim is read in two steps, a brace and then its inside, each with patterns that cannot backtrack into
// one another: a single pattern for the whole claim let its formula, its unit and the spaces between them
// take the same spaces in every way, and "{1 =" before a thousand spaces took a second.
const BRACED = /\{([^{}]*)\}/gu;
const HEAD = new RegExp(`^\\s*(${FIGURE})\\s*(<=|>=|=|~|<|>)`, 'u');
const UNIT = /^(kr|tkr|mnkr|mdkr|%)$/u;

/** The formula and unit of a claim's inside after its comparison: `T1.a - T1.b %` is the formula and `%`. */
function formulaAndUnit(rest: string): { formula: string; unit?: string } {
  const trimmed = rest.trimEnd();
  if (UNIT.test(trimmed)) return { formula: '' };
  let cut = trimmed.length - 1;
  while (cut >= 0 && !/\s/u.test(trimmed[cut])) cut--;
  const last = trimmed.slice(cut + 1);
  return cut >= 0 && UNIT.test(last) ? { formula: trimmed.slice(0, cut).trimEnd(), unit: last } : { formula: trimmed };
}

/** Every claim in a text, in order. */
export function proseClaims(text: string | undefined): ProseClaim[] {
  if (!text || !text.includes('{')) return [];
  const out: ProseClaim[] = [];
  for (const m of text.matchAll(BRACED)) {
    const whole = m[0];
    const inside = m[1];
    const head = HEAD.exec(inside);
    if (!head) continue;
    const [headText, figure, op] = head;
    let restStart = headText.length;
    while (restStart < inside.length && /\s/u.test(inside[restStart])) restStart++;
    const { formula, unit } = formulaAndUnit(inside.slice(restStart));
    const lit = readString(figure);
    if (lit.kind !== 'number' || formula.trim() === '') continue;
    let decimals = lit.literalDecimals;
    if (op === '~' && decimals === 0) {
      // "cirka 465 000": the trailing zeros are no digits of the figure.
      const zeros = /0*$/.exec(figure.replace(/[^\d]/g, ''))![0].length;
      decimals = -Math.min(zeros, figure.replace(/[^\d]/g, '').length - 1);
    }
    out.push({
      start: m.index!,
      end: m.index! + whole.length,
      figure: figure.replace(/\u00a0/g, ' '),
      figureStart: m.index! + 1 + headText.indexOf(figure),
      value: lit.value,
      decimals,
      op: op as ClaimOp,
      formula,
      formulaStart: m.index! + 1 + restStart,
      unit: isUnit(unit) ? unit : undefined,
      text: whole,
    });
  }
  return out;
}

const CLAIM_LIKE = /\{\s*[−-]?\d[^{}]*\}/gu;

/**
 * Braces that begin with a figure but are no claim (`{9465 000 = …}`, `{12}`): printed as written and
 * checked against nothing, which the author should hear of.
 */
export function unreadableClaims(text: string, claims: readonly ProseClaim[]): { start: number; end: number; text: string }[] {
  const starts = new Set(claims.map((c) => c.start));
  return [...text.matchAll(CLAIM_LIKE)].filter((m) => !starts.has(m.index!)).map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));
}

/** The text as printed: every claim replaced by the figure it states. */
export function withClaimFigures(text: string): string {
  let out = '';
  let at = 0;
  for (const c of proseClaims(text)) {
    out += text.slice(at, c.start) + c.figure;
    at = c.end;
  }
  return out + text.slice(at);
}
