// Finds what stands at an offset of a YAML document: the path of JSON keys and indexes to it, whether the
// offset is on a key or a value, and the nodes involved. Completion, hover and navigation start here.
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair, Scalar, YAMLMap } from 'yaml';

export interface NodeAt {
  /** Keys and indexes from the root to the element at the offset. */
  readonly path: (string | number)[];
  /** 'key' when the offset is on a map key, 'value' on a scalar value, 'none' in the free space of a map. */
  readonly part: 'key' | 'value' | 'none';
  readonly scalar?: Scalar;
  /** The map that holds the key or value (or, for 'none', the map whose body the offset is in). */
  readonly map?: YAMLMap;
  readonly pair?: Pair;
}

function contains(node: { range?: [number, number, number] | null } | null | undefined, offset: number): boolean {
  const r = node?.range;
  return !!r && offset >= r[0] && offset <= r[1];
}

function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

/** The element at `offset`. Never throws; returns the deepest element that contains the offset. */
export function nodeAt(doc: Document.Parsed, offset: number): NodeAt {
  const path: (string | number)[] = [];
  let node: unknown = doc.contents;
  let result: NodeAt = { path: [], part: 'none', map: isMap(node) ? (node as YAMLMap) : undefined };
  for (let depth = 0; depth < 64; depth++) {
    if (isMap(node)) {
      result = { path: [...path], part: 'none', map: node as YAMLMap };
      let next: unknown;
      for (const item of node.items) {
        if (!isPair(item)) continue;
        const key = keyOf(item);
        if (isScalar(item.key) && contains(item.key, offset)) {
          return { path: [...path, key ?? ''], part: 'key', scalar: item.key, map: node as YAMLMap, pair: item };
        }
        const value = item.value as Node | null;
        if (value && contains(value as { range?: [number, number, number] }, offset)) {
          path.push(key ?? '');
          if (isScalar(value)) return { path: [...path], part: 'value', scalar: value, map: node as YAMLMap, pair: item };
          next = value;
          break;
        }
        // "key: |" with the cursor after the colon and no value yet.
        if (value === null && isScalar(item.key) && item.key.range && offset > item.key.range[1] && offset <= lineEnd(doc, item.key.range[1])) {
          return { path: [...path, key ?? ''], part: 'value', map: node as YAMLMap, pair: item };
        }
      }
      if (next === undefined) return result;
      node = next;
    } else if (isSeq(node)) {
      let found = false;
      for (let i = 0; i < node.items.length; i++) {
        const item = node.items[i] as Node;
        if (item && contains(item as { range?: [number, number, number] }, offset)) {
          path.push(i);
          if (isScalar(item)) return { path: [...path], part: 'value', scalar: item, map: result.map };
          node = item;
          found = true;
          break;
        }
      }
      if (!found) return { path: [...path], part: 'value', map: result.map };
    } else {
      return result;
    }
  }
  return result;
}

function lineEnd(doc: Document.Parsed, offset: number): number {
  const text = String((doc as unknown as { source?: string }).source ?? '');
  if (!text) return offset + 200;
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl;
}
