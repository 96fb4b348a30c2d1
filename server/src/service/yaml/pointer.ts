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

/** Whether a scalar's value stands in the file character for character (plain or quoted, without escapes). */
const verbatim = new WeakMap<Scalar, number | null>();

/** Where the value of a scalar written verbatim starts in the file, or null; read once per node. */
function verbatimStart(node: Scalar, text: string): number | null {
  let start = verbatim.get(node);
  if (start !== undefined) return start;
  const value = String(node.value);
  const at = node.range![0];
  start = node.type === Scalar.PLAIN && text.startsWith(value, at) ? at
    : (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) && text.startsWith(value, at + 1) ? at + 1
      : null;
  verbatim.set(node, start);
  return start;
}

/**
 * The offset in the file of character `offset` of a scalar's value, when the scalar is written plainly or
 * quoted without escapes; otherwise undefined (block and folded scalars move characters around).
 */
export function scalarOffset(doc: Document.Parsed, text: string, pointer: string, offset: number): number | undefined {
  const { node } = findNode(doc, pointer);
  if (!isScalar(node) || !node.range) return undefined;
  const start = verbatimStart(node, text);
  return start === null ? undefined : start + offset;
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** For each character of a scalar's value that is no space, where it stands in the file; read once per node. */
const alignments = new WeakMap<Scalar, Int32Array | null>();

/**
 * Aligns a scalar's value with its source: a block or folded scalar drops the indentation and folds line
 * breaks, but keeps every other character in order, so each one is the next of its kind in the source with
 * nothing but spaces and line breaks between. An escape (`\u00e5` for å) breaks the alignment: then null.
 */
function alignment(node: Scalar, text: string): Int32Array | null {
  const known = alignments.get(node);
  if (known !== undefined) return known;
  const value = String(node.value);
  const [from, to] = node.range!;
  const block = node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED;
  // A block scalar's header line (`|-  # comment`) is no part of its value.
  let j = block ? text.slice(from, to).search(/[\r\n]/) + from + 1 : node.type === Scalar.PLAIN ? from : from + 1;
  let map: Int32Array | null = new Int32Array(value.length).fill(-1);
  if (block && j === from) map = null;
  for (let i = 0; map && i < value.length; i++) {
    if (isSpace(value[i])) continue;
    while (j < to && text[j] !== value[i] && isSpace(text[j])) j++;
    if (j >= to || text[j] !== value[i]) map = null;
    else map[i] = j++;
  }
  alignments.set(node, map);
  return map;
}

/**
 * The source range of a stretch [start, end) of a scalar's value (a figure in a block of prose): in a block
 * scalar the value's offsets do not map to the source's, as the indentation is gone, so the stretch runs from
 * where its first character stands to just after its last, over as many lines as it is folded onto.
 */
export function scalarStretch(doc: Document.Parsed, text: string, pointer: string, start: number, end: number): { start: number; end: number } | undefined {
  const { node } = findNode(doc, pointer);
  if (!isScalar(node) || !node.range || typeof node.value !== 'string' || end <= start) return undefined;
  const map = alignment(node, text);
  if (!map) return undefined;
  let first = start;
  while (first < end && map[first] < 0) first++;
  let last = end - 1;
  while (last > first && map[last] < 0) last--;
  return first < end && map[first] >= 0 ? { start: map[first], end: map[last] + 1 } : undefined;
}

/**
 * The character of a scalar's value that stands at `offset` in the file, or, between two (on spaces, line
 * breaks or indentation), the one before; undefined off the scalar or where escapes move its characters.
 */
export function valueOffsetAt(doc: Document.Parsed, text: string, pointer: string, offset: number): number | undefined {
  const { node } = findNode(doc, pointer);
  if (!isScalar(node) || !node.range || typeof node.value !== 'string') return undefined;
  const start = verbatimStart(node, text);
  if (start !== null) return offset >= start && offset <= start + node.value.length ? offset - start : undefined;
  const map = alignment(node, text);
  if (!map) return undefined;
  // The mapped characters stand in the file in the order of the value: the last one at or before the offset.
  let lo = 0;
  let hi = map.length - 1;
  let found: number | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    let k = mid;
    while (k >= lo && map[k] < 0) k--;
    if (k < lo) { lo = mid + 1; continue; }
    if (map[k] <= offset) { found = k; lo = mid + 1; } else hi = k - 1;
  }
  return found;
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
