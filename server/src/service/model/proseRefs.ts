// Figures in prose that name a cell instead of repeating it: `{T8.totalt.år2023}` in a chapter's or
// section's text prints the cell as its table prints it, `{T8.totalt.år2023 mnkr 1}` in another unit and
// with other decimals, `{T7.ack.år2023 abs}` without its sign; the renderer and the preview write the figure from the table, so that prose and
// tables cannot drift apart. Found by one pattern, here, for the renderer and the references rule alike.
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
