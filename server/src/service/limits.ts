// The limits beyond which a file is not analysed: its size in bytes and its number of YAML nodes. A file
// beyond either gets one finding (`file-too-large`) and nothing else, so that a 10 MB file opened by
// mistake costs the editor a moment instead of seconds per keystroke. Both limits are settings.
import { isCollection, isPair } from 'yaml';
import type { Document } from 'yaml';
import type { Draft } from './problems';

export interface Limits {
  readonly maxFileSize: number;
  readonly maxNodes: number;
}

/**
 * The length of a text in UTF-8 bytes, counted up to just past `stopAbove`: a file's size is judged the way
 * its author sees it on disk. A UTF-16 unit takes at least one byte, so a text longer than the limit in
 * units is over it in bytes too.
 */
export function utf8Length(text: string, stopAbove = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAbove; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The number of nodes of a document (mappings, sequences, keys, values, aliases), counted up to just past
 * `stopAbove`. The walk keeps its own stack, so that a document nested deeper than the call stack allows
 * is counted like any other.
 */
export function countNodes(doc: Document.Parsed, stopAbove: number): number {
  let n = 0;
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0 && n <= stopAbove) {
    const node = stack.pop();
    if (node === null || node === undefined) continue;
    if (isPair(node)) {
      stack.push(node.key, node.value);
      continue;
    }
    n++;
    if (isCollection(node)) for (const item of node.items) stack.push(item);
  }
  return n;
}

/** Whole numbers grouped in thousands with a no-break space, as every message writes them. */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, '\u00a0');
}

/** What a limit finds; rules/fileTooLarge.ts reports it with its severity. */
export type LimitProblem = Draft & { readonly code: 'file-too-large' };

export function sizeProblem(uri: string, text: string, size: number, limit: number): LimitProblem {
  return limitProblem(uri, text, {
    sv: `Filen är för stor för att kontrolleras: ${grouped(size)} byte, gränsen är ${grouped(limit)} byte. `
      + 'Dela upp den i flera filer, eller höj gränsen med inställningen regbrev.maxFileSize (--max-file-size).',
    en: `The file is too large to check: ${grouped(size)} bytes, the limit is ${grouped(limit)} bytes. `
      + 'Split it into several files, or raise the limit with the setting regbrev.maxFileSize (--max-file-size).',
  });
}

export function nodesProblem(uri: string, text: string, limit: number): LimitProblem {
  return limitProblem(uri, text, {
    sv: `Filen har för många YAML-noder för att kontrolleras: fler än ${grouped(limit)}. `
      + 'Dela upp den i flera filer, eller höj gränsen med inställningen regbrev.maxNodes (--max-nodes).',
    en: `The file has too many YAML nodes to check: more than ${grouped(limit)}. `
      + 'Split it into several files, or raise the limit with the setting regbrev.maxNodes (--max-nodes).',
  });
}

function limitProblem(uri: string, text: string, message: Draft['message']): LimitProblem {
  return { code: 'file-too-large', uri, range: { start: 0, end: Math.min(1, text.length) }, message };
}
