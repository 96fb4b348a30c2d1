// Edits as the author would type them: every edit inserts or replaces text in place, in the file's own
// line ends (LF, CRLF or CR), never between a CR and its LF, and never with a comment inside a multi-line
// scalar, so that comments, key order and untouched text stay as they were.
import { isCollection, isPair, isScalar, isSeq, Scalar } from 'yaml';
import type { Document, Node, YAMLSeq } from 'yaml';
import { findNode } from '../../yaml/pointer';
import type { FileState } from '../../workspace';
import type { TextEdit } from './types';

/** The file's line end, so that inserted lines match it: the first one it uses, LF when it has none. */
export function eolOf(text: string): string {
  const i = text.search(/[\r\n]/);
  if (i < 0) return '\n';
  return text[i] === '\r' ? (text[i + 1] === '\n' ? '\r\n' : '\r') : '\n';
}

/** The start of the line `offset` is on; CR, LF and CRLF all end lines. */
export function lineStart(text: string, offset: number): number {
  // A scan back to the nearest line end: lastIndexOf of a character the file lacks (CR in an LF file)
  // would scan to the start of the text each time.
  let i = offset - 1;
  while (i >= 0 && text[i] !== '\n' && text[i] !== '\r') i--;
  return i + 1;
}

/** The end of the line `offset` is on: before its CR or LF, so that nothing is inserted inside a CRLF. */
export function lineEnd(text: string, offset: number): number {
  // An offset on the LF of a CRLF (a node's range may end there) belongs to the line the CR ends.
  if (text[offset] === '\n' && text[offset - 1] === '\r') return offset - 1;
  for (let i = offset; i < text.length; i++) if (text[i] === '\n' || text[i] === '\r') return i;
  return text.length;
}

/**
 * The stretches of text where a comment would land inside a scalar and so change the text instead of
 * adding a comment: the inside of multi-line quoted and plain scalars, and the content of block scalars
 * (their header line `text: |` may carry a comment). Collected once per file in one walk and searched by
 * bisection, so that silencing every finding of a file costs linear time, not a tree walk per finding.
 */
export function scalarInteriors(doc: Document.Parsed, text: string): readonly (readonly [number, number])[] {
  const out: [number, number][] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isPair(node)) {
      stack.push(node.key, node.value);
    } else if (isCollection(node)) {
      for (const item of node.items) stack.push(item);
    } else if (isScalar(node) && node.range) {
      const [start, end] = node.range;
      const block = node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED;
      const from = block ? lineEnd(text, start) + 1 : start + 1;
      if (from < end && /[\r\n]/.test(text.slice(start, end))) out.push([from, end - 1]);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

export function insideScalar(interiors: readonly (readonly [number, number])[], at: number): boolean {
  let lo = 0;
  let hi = interiors.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = interiors[mid];
    if (at < start) hi = mid - 1;
    else if (at > end) lo = mid + 1;
    else return true;
  }
  return false;
}

export function indentOf(text: string, offset: number): string {
  const start = lineStart(text, offset);
  return /^[ ]*/.exec(text.slice(start))![0];
}

/** Inserts a new item at the end of a block sequence, or a new key with a one-item sequence. */
export function appendItem(file: FileState, ownerPtr: string, key: string, itemLines: string[]): TextEdit | undefined {
  const text = file.text;
  const eol = eolOf(text);
  const seq = findNode(file.parsed.doc, `${ownerPtr}/${key}`);
  if (seq.node && isSeq(seq.node) && seq.depth === `${ownerPtr}/${key}`.split('/').length - 1 && (seq.node as YAMLSeq).items.length > 0) {
    if ((seq.node as YAMLSeq).flow) return undefined;
    const items = (seq.node as YAMLSeq).items as Node[];
    const first = items[0].range![0];
    const last = items[items.length - 1].range![1];
    const dash = indentOf(text, first);
    const at = lineEnd(text, Math.max(last - 1, first));
    const body = itemLines.map((l, i) => `${dash}${i === 0 ? '- ' : '  '}${l}`).join(eol);
    return { uri: file.uri, range: { start: at, end: at }, newText: `${eol}${body}` };
  }
  const owner = findNode(file.parsed.doc, ownerPtr).node;
  if (!owner?.range) return undefined;
  const ownerIndent = ownerPtr === '' ? '' : indentOf(text, owner.range[0]) + (text.slice(lineStart(text, owner.range[0]), owner.range[0]).trim().startsWith('-') ? '  ' : '');
  const at = lineEnd(text, Math.max(owner.range[1] - 1, owner.range[0]));
  const body = itemLines.map((l, i) => `${ownerIndent}  ${i === 0 ? '- ' : '  '}${l}`).join(eol);
  return { uri: file.uri, range: { start: at, end: at }, newText: `${eol}${ownerIndent}${key}:${eol}${body}` };
}

