// Reads the value of a table cell as the author wrote it: a YAML number, a Swedish-formatted figure
// ("1 574,6", "−3,7", "58 %"), an empty mark ("–", "-", null) or text ("X", a name).
import { fromDecimal } from './rational';
import type { Rational } from './rational';

export type CellLiteral =
  | { kind: 'number'; value: Rational; /** Digits after the decimal point as written, for strings. */ ownDecimals?: number; literalDecimals: number }
  | { kind: 'empty' }
  | { kind: 'text'; text: string };

const EMPTY_MARKS = new Set(['', '-', '–', '—', '−']);

/** Digits after the decimal point in a plain decimal text. */
function decimalsOf(text: string): number {
  const m = /\.(\d+)/.exec(text);
  return m ? m[1].length : 0;
}

/**
 * Reads a YAML number, given also its source text so that "911.60" keeps its digits.
 * Returns undefined for NaN and infinities, which are no figures.
 */
export function readNumber(value: number, source?: string): CellLiteral | undefined {
  if (!Number.isFinite(value)) return undefined;
  const text = source && /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(source.trim()) ? source.trim() : String(value);
  const exact = fromDecimal(text);
  if (!exact) return undefined;
  return { kind: 'number', value: exact, literalDecimals: /e/i.test(text) ? 0 : decimalsOf(text) };
}

/** Reads a string cell: a Swedish-formatted figure keeps its own precision. */
export function readString(text: string): CellLiteral {
  const trimmed = text.replace(/[\u00a0\u202f]/g, ' ').trim();
  if (EMPTY_MARKS.has(trimmed)) return { kind: 'empty' };
  const compact = trimmed.replace(/\s*%$/, '').replace(/ /g, '').replace(/^[−–]/, '-').replace(',', '.');
  if (/^[+-]?\d+(\.\d+)?$/.test(compact)) {
    const value = fromDecimal(compact);
    if (value) {
      const decimals = decimalsOf(compact);
      return { kind: 'number', value, ownDecimals: decimals, literalDecimals: decimals };
    }
  }
  return { kind: 'text', text: trimmed };
}
