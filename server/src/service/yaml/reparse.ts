// Re-reading a YAML file after an edit without parsing all of it again. An edit in the editor usually falls
// inside one item of a block sequence (a row of a table, a table, a section); only that item's text is
// parsed, its nodes take the place of the old item's in the document, and the positions of everything after
// it move by the edit's length. The result is the document a full parse gives (a test holds the two equal
// over random edits of the sample); whenever that cannot be vouched for (the edit leaves every item, the
// item's text reads differently alone, the document has anchors, errors or carriage returns), the caller
// parses the whole file instead.
import { isAlias, isCollection, isMap, isNode, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Document, Node, YAMLMap, YAMLSeq } from 'yaml';
import type { ParsedYaml } from './parse';

/** Aliases beyond this count are refused, as in a full parse. */
const MAX_ALIAS_COUNT = 200;

/**
 * What is re-read alone: an item of a block sequence (from its dash line), or a pair of a block mapping
 * whose value is a block scalar (`text: |`, from its key's line), the prose an author types most.
 */
interface Item {
  readonly seq?: YAMLSeq;
  readonly map?: YAMLMap;
  /** For a pair: its key, which the edit leaves as it was. */
  readonly key?: string;
  readonly index: number;
  /** The item's path in the document's data (keys and indices from the root). */
  readonly path: readonly (string | number)[];
  /** Where the item's text starts (its dash line) and ends (the start of the line after it). */
  readonly start: number;
  readonly end: number;
}

function range(node: unknown): [number, number, number] | undefined {
  return isNode(node) ? (node as Node).range ?? undefined : undefined;
}

/** The deepest block-sequence item whose text holds the whole changed region [from, to). */
function itemAround(doc: Document.Parsed, text: string, from: number, to: number): Item | undefined {
  let best: Item | undefined;
  const descend = (node: unknown, path: (string | number)[]) => {
    if (isMap(node)) {
      node.items.forEach((pair, index) => {
        const r = range(pair.value);
        const k = range(pair.key);
        if (!r || !k || !isScalar(pair.key)) return;
        const key = String(pair.key.value);
        if (isScalar(pair.value) && (pair.value.type === 'BLOCK_LITERAL' || pair.value.type === 'BLOCK_FOLDED')) {
          // A block scalar's pair: its key alone on the start of its line (no dash, no flow), the change
          // after the key, and the value ending on a line boundary.
          const start = text.lastIndexOf('\n', k[0] - 1) + 1;
          if (node.flow !== true && /^[ ]*$/.test(text.slice(start, k[0])) && k[1] < from && to < r[2] && text[r[2] - 1] === '\n') {
            best = { map: node, key, index, path: [...path, key], start, end: r[2] };
          }
          return;
        }
        if (r[0] <= from && to <= r[2]) descend(pair.value, [...path, key]);
      });
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const r = range(item);
        if (!r) return;
        const start = text.lastIndexOf('\n', r[0] - 1) + 1;
        // A block item: its dash and content on one line, the change strictly after the dash.
        const dash = /^[ ]*-[ ]+$/.exec(text.slice(start, r[0]));
        if (dash && node.flow !== true && start + dash[0].length <= from && to < r[2] && text[r[2] - 1] === '\n') {
          best = { seq: node, index, path: [...path, index], start, end: r[2] };
          descend(item, [...path, index]);
        }
      });
    }
  };
  descend(doc.contents, []);
  return best;
}

function hasAnchors(node: unknown): boolean {
  let found = false;
  visit(node as Node, {
    Node(_, n) {
      if (isAlias(n) || (isNode(n) && (n as Node & { anchor?: string }).anchor)) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function hasCollectionKeys(node: unknown): boolean {
  let found = false;
  visit(node as Node, {
    Pair(_, pair) {
      if (isPair(pair) && isCollection(pair.key)) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * Moves every position of a node's subtree by `delta` where it lies at or after `from`. A subtree that
 * ends before `from` lies wholly before the edit and is not entered.
 */
function shift(root: unknown, from: number, delta: number, skip: unknown): void {
  const move = (n: unknown): boolean => {
    const r = range(n);
    if (!r) return true;
    const reachesEdit = r[2] >= from;
    for (let i = 0; i < 3; i++) if (r[i] >= from) r[i] += delta;
    return reachesEdit;
  };
  // visit() calls Node for keys and values alike, collections included.
  visit(root as Node, {
    Node(_, n) {
      if (n === skip) return visit.SKIP;
      return move(n) ? undefined : visit.SKIP;
    },
  });
}

function offsetAll(root: unknown, delta: number): void {
  shift(root, 0, delta, undefined);
}

/** A copy of `value` with the item at `path` replaced, sharing every part the edit did not touch. */
function replaced(value: unknown, path: readonly (string | number)[], item: unknown): unknown {
  if (path.length === 0) return item;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = value.slice();
    copy[head as number] = replaced(value[head as number], rest, item);
    return copy;
  }
  const o = value as Record<string, unknown>;
  return { ...o, [head]: replaced(o[head as string], rest, item) };
}

interface Fresh {
  readonly node: Node;
  readonly value: unknown;
}

/** The one block item that the re-read text of a sequence item must be. */
function freshItem(sub: Document.Parsed): Fresh | undefined {
  if (!isSeq(sub.contents) || sub.contents.items.length !== 1 || sub.contents.flow) return undefined;
  try {
    return { node: sub.contents.items[0] as Node, value: (sub.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown[])[0] };
  } catch {
    return undefined;
  }
}

/** The block scalar that the re-read text of a pair must hold, under the same key. */
function freshValue(sub: Document.Parsed, key: string): Fresh | undefined {
  const map = sub.contents;
  if (!isMap(map) || map.flow || map.items.length !== 1) return undefined;
  const pair = map.items[0];
  if (!isScalar(pair.key) || String(pair.key.value) !== key || !isScalar(pair.value)) return undefined;
  if (pair.value.type !== 'BLOCK_LITERAL' && pair.value.type !== 'BLOCK_FOLDED') return undefined;
  return { node: pair.value, value: pair.value.toJS(sub) };
}

/**
 * The parse of `text` made from the parse of the text before an edit, or undefined when it cannot be made
 * by re-reading one item. The previous document is taken over (its nodes are moved, not copied): it must
 * not be used again through the previous parse.
 */
export function reparseYaml(previous: ParsedYaml, text: string): ParsedYaml | undefined {
  const old = previous.text;
  if (previous.problems.length > 0 || previous.value === undefined || text.includes('\r') || old.includes('\r')) return undefined;
  if (!previous.incremental) return undefined;
  let p = 0;
  const max = Math.min(old.length, text.length);
  while (p < max && old.charCodeAt(p) === text.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && old.charCodeAt(old.length - 1 - s) === text.charCodeAt(text.length - 1 - s)) s++;
  const oldEnd = old.length - s;
  const delta = text.length - old.length;
  const item = itemAround(previous.doc, old, p, oldEnd);
  if (!item) return undefined;
  const itemText = text.slice(item.start, item.end + delta);
  const sub = parseDocument(itemText, { uniqueKeys: true, prettyErrors: false, keepSourceTokens: false, logLevel: 'error' });
  if (sub.errors.length > 0 || sub.warnings.length > 0) return undefined;
  const fresh = item.map ? freshValue(sub, item.key!) : freshItem(sub);
  if (!fresh) return undefined;
  const freshRange = range(fresh.node);
  if (!freshRange || hasAnchors(fresh.node) || hasCollectionKeys(fresh.node)) return undefined;
  // The item alone must end where it ended in the document: on the same line boundary after the edit.
  if (freshRange[2] !== itemText.length) return undefined;
  offsetAll(fresh.node, item.start);
  if (item.map) {
    const pair = item.map.items[item.index];
    shift(previous.doc, item.end, delta, pair.value);
    pair.value = fresh.node;
  } else {
    const stale = item.seq!.items[item.index] as Node;
    shift(previous.doc, item.end, delta, stale);
    // Comments and blank lines above the dash line belong to the item and lie outside the edit.
    fresh.node.commentBefore = stale.commentBefore;
    fresh.node.spaceBefore = stale.spaceBefore;
    item.seq!.items[item.index] = fresh.node;
  }
  const docRange = (previous.doc as unknown as { range?: number[] }).range;
  if (docRange) for (let i = 0; i < docRange.length; i++) if (docRange[i] >= item.end) docRange[i] += delta;
  const value = fresh.value;
  return {
    uri: previous.uri,
    text,
    doc: previous.doc,
    value: replaced(previous.value, item.path, value),
    problems: [],
    incremental: true,
  };
}
