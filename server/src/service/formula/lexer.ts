// Splits a formula into tokens. Identifiers may hold Swedish letters; there is no other way to run code.
import type { Span } from './ast';

type TokenKind = 'ident' | 'number' | 'string' | 'op' | 'end';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly span: Span;
}

const OPS = ['!=', '<=', '>=', '+', '-', '*', '/', '(', ')', ',', '.', ':', '=', '<', '>', '−'];
const IDENT_START = /[\p{L}_]/u;
const IDENT_PART = /[\p{L}\p{N}_]/u;

export type LexResult = { tokens: Token[] } | { error: { at: number; char: string } };

export function lex(text: string): LexResult {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const start = i;
    if (IDENT_START.test(c)) {
      while (i < text.length && IDENT_PART.test(text[i])) i++;
      tokens.push({ kind: 'ident', text: text.slice(start, i), span: { start, end: i } });
      continue;
    }
    if (/\d/.test(c)) {
      while (i < text.length && /\d/.test(text[i])) i++;
      // A decimal point belongs to the number only when a digit follows, so that `a.2` stays a path.
      if (text[i] === '.' && /\d/.test(text[i + 1] ?? '')) {
        i++;
        while (i < text.length && /\d/.test(text[i])) i++;
      }
      tokens.push({ kind: 'number', text: text.slice(start, i), span: { start, end: i } });
      continue;
    }
    if (c === '"' || c === "'") {
      i++;
      while (i < text.length && text[i] !== c) i++;
      if (i >= text.length) return { error: { at: start, char: c } };
      i++;
      tokens.push({ kind: 'string', text: text.slice(start + 1, i - 1), span: { start, end: i } });
      continue;
    }
    const op = OPS.find((o) => text.startsWith(o, i));
    if (!op) return { error: { at: i, char: c } };
    i += op.length;
    // The typographic minus sign is common in Swedish text; it means minus here too.
    tokens.push({ kind: 'op', text: op === '−' ? '-' : op, span: { start, end: i } });
  }
  tokens.push({ kind: 'op', text: '', span: { start: text.length, end: text.length } });
  tokens[tokens.length - 1] = { kind: 'end', text: '', span: { start: text.length, end: text.length } };
  return { tokens };
}
