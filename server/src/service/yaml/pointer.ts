// Maps a JSON pointer (as ajv and the model use them) to the YAML node it names and to a text range:
// the key of a property, the value node, or the whole pair.
import { isMap, isPair, isScalar, isSeq, Scalar } from 'yaml';
import type { Document, Node, Pair } from 'yaml';
import type { OffsetRange } from '../problems';

export interface PointerTarget {
  readonly node?: Node;
  readonly pair?: Pair;
  /** How many segments of the pointer could be followed; less than all when the path is missing. */
  readonly depth: number;
}

export function splitPointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function joinPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function keyText(pair: Pair): string | undefined {
  const key = pair.key;
  if (isScalar(key)) return String(key.value);
  return typeof key === 'string' || typeof key === 'number' ? String(key) : undefined;
}

export function findNode(doc: Document.Parsed, pointer: string): PointerTarget {
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  const segments = splitPointer(pointer);
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    if (isMap(node)) {
      const found = node.items.find((p) => isPair(p) && keyText(p) === seg);
      if (!found) return { node: node as Node, pair, depth: i };
      pair = found;
      node = found.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)];
      if (item === undefined) return { node: node as Node, pair, depth: i };
      pair = undefined;
      node = item;
    } else {
      return { node: node as Node | undefined, pair, depth: i };
    }
  }
  return { node: (node as Node | null) ?? undefined, pair, depth: segments.length };
}

function nodeRange(node: Node | undefined): OffsetRange | undefined {
  if (!node || !node.range) return undefined;
  const [start, valueEnd] = node.range;
  return { start, end: Math.max(valueEnd, start) };
}

export type RangeTarget = 'key' | 'value';

/**
 * The text range a pointer names: for 'key' the property's key (falling back to the value), for 'value'
 * the value node. A pointer that runs past the document falls back to the deepest node that exists.
 */
export function pointerRange(doc: Document.Parsed, pointer: string, target: RangeTarget = 'value'): OffsetRange {
  const t = findNode(doc, pointer);
  if (target === 'key' && t.pair && isScalar(t.pair.key)) {
    const r = nodeRange(t.pair.key as Scalar);
    if (r) return r;
  }
  const value = nodeRange(t.node);
  if (value && value.end > value.start) return value;
  if (t.pair && isScalar(t.pair.key)) {
    const r = nodeRange(t.pair.key as Scalar);
    if (r) return r;
  }
  return value ?? { start: 0, end: 0 };
}

/**
 * The offset in the file of character `offset` of a scalar's value, when the scalar is written plainly or
 * quoted without escapes; otherwise undefined (block and folded scalars move characters around).
 */
export function scalarOffset(doc: Document.Parsed, text: string, pointer: string, offset: number): number | undefined {
  const { node } = findNode(doc, pointer);
  if (!isScalar(node) || !node.range) return undefined;
  const start = node.range[0];
  const value = String(node.value);
  if (node.type === Scalar.PLAIN && text.startsWith(value, start)) return start + offset;
  if ((node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) && text.startsWith(value, start + 1)) {
    return start + 1 + offset;
  }
  return undefined;
}

/**
 * The source range of a stretch [start, end) of a scalar's value that stands on one line of the source
 * (a figure in a block of prose): in a block scalar the value's offsets do not map to the source's, as the
 * indentation is gone, so the stretch is found as the same occurrence of its text in the scalar's source.
 */
export function scalarStretch(doc: Document.Parsed, text: string, pointer: string, start: number, end: number): { start: number; end: number } | undefined {
  const { node } = findNode(doc, pointer);
  if (!isScalar(node) || !node.range || typeof node.value !== 'string' || end <= start) return undefined;
  const value = node.value;
  const needle = value.slice(start, end);
  let k = 0;
  for (let i = value.indexOf(needle); i >= 0 && i < start; i = value.indexOf(needle, i + 1)) k++;
  const source = text.slice(node.range[0], node.range[1]);
  let at = -1;
  for (let n = 0; n <= k; n++) {
    at = source.indexOf(needle, at + 1);
    if (at < 0) return undefined;
  }
  return { start: node.range[0] + at, end: node.range[0] + at + needle.length };
}

/** The plain value at a JSON pointer of a document's data, or undefined when nothing stands there. */
export function valueAtPointer(value: unknown, pointer: string): unknown {
  let at = value;
  for (const segment of splitPointer(pointer)) {
    if (Array.isArray(at)) at = at[Number(segment)];
    else if (at !== null && typeof at === 'object') at = (at as Record<string, unknown>)[segment];
    else return undefined;
  }
  return at;
}
