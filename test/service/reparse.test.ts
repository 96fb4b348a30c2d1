// Re-reading one item after an edit gives the document a full parse gives: the same data, the same node
// positions, the same (absence of) errors, over random edits of the sample's files; and an edit that no
// item holds is left to a full parse.
import { strict as assert } from 'node:assert';
import { isNode, visit } from 'yaml';
import type { Document, Node } from 'yaml';
import { parseYaml } from '../../server/src/service/yaml/parse';
import { reparseYaml } from '../../server/src/service/yaml/reparse';
import { sampleFiles } from '../helpers/sample';

/** Every node's kind and position, in document order. */
function positions(doc: Document.Parsed): string[] {
  const out: string[] = [];
  visit(doc, {
    Node(_, n) {
      if (isNode(n)) out.push(`${(n as Node).constructor.name}@${(n as Node).range?.join(',')}`);
      return undefined;
    },
  });
  return out;
}

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 0x100000000;
  };
}

const ALPHABET = ['1', '7', 'a', 'ö', ' ', ':', '-', '\n', '"', '#', '[', ',', '.'];

function edit(text: string, rnd: () => number): string {
  const at = Math.floor(rnd() * text.length);
  const kind = rnd();
  if (kind < 0.4) return text.slice(0, at) + ALPHABET[Math.floor(rnd() * ALPHABET.length)] + text.slice(at);
  if (kind < 0.7) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(rnd() * 4)));
  // A figure changed, as authors mostly edit.
  return text.replace(/\d+/g, (d, offset: number) => (offset >= at && offset < at + 200 ? String(Number(d) + 1) : d));
}

describe('re-reading one item after an edit', () => {
  it('gives what a full parse gives, over 600 random edits of the sample', function () {
    this.timeout(120000);
    const rnd = random(2023);
    let reparsed = 0;
    for (const [uri, original] of sampleFiles()) {
      let previous = parseYaml(uri, original);
      for (let i = 0; i < 40; i++) {
        const text = edit(previous.text, rnd);
        const full = parseYaml(uri, text);
        const fast = reparseYaml(previous, text);
        if (fast) {
          reparsed++;
          assert.equal(full.problems.length, 0, `a re-read item means a clean document (${uri}, edit ${i})`);
          assert.deepStrictEqual(fast.value, full.value, `data (${uri}, edit ${i})`);
          assert.deepStrictEqual(positions(fast.doc), positions(full.doc), `positions (${uri}, edit ${i})`);
          previous = fast;
        } else {
          previous = full;
        }
        // Now and then a file that does not read is restored, so that the walk goes on from clean text.
        if (previous.problems.length > 0 && rnd() < 0.5) previous = parseYaml(uri, original);
      }
    }
    assert.ok(reparsed > 100, `${reparsed} edits were re-read item by item`);
  });

  it('leaves edits outside every item, in documents with anchors, or with errors, to a full parse', () => {
    const text = 'typ: kapitel\nrubrik: A\ntabeller:\n  - id: T1\n    rubrik: B\n';
    const parsed = parseYaml('file:///a.yaml', text);
    assert.ok(reparseYaml(parsed, text.replace('rubrik: A', 'rubrik: AA')) === undefined, 'a top-level key');
    assert.ok(reparseYaml(parsed, text.replace('rubrik: B', 'rubrik: BB')) !== undefined, 'inside the item');
    const anchored = parseYaml('file:///a.yaml', 'typ: kapitel\nx: &a 1\nlista:\n  - y: 2\n');
    assert.equal(reparseYaml(anchored, 'typ: kapitel\nx: &a 1\nlista:\n  - y: 3\n'), undefined);
    const broken = parseYaml('file:///a.yaml', 'typ: kapitel\nlista:\n  - y: [2\n');
    assert.equal(reparseYaml(broken, 'typ: kapitel\nlista:\n  - y: [3\n'), undefined);
    assert.equal(reparseYaml(parsed, text.replace('rubrik: B', 'rubrik: [B')), undefined, 'an item that no longer reads');
  });

  it('re-reads an edit of prose as its block scalar alone, as a full parse reads it, over 400 random edits', function () {
    this.timeout(120000);
    const rnd = random(2024);
    let alone = 0;
    let tried = 0;
    for (const [uri, original] of sampleFiles()) {
      let previous = parseYaml(uri, original);
      for (let i = 0; i < 40; i++) {
        // An edit at a random place inside the content of one of the file's block scalars.
        const blocks = [...previous.text.matchAll(/: [|>][-+]?\n((?:[ ]+\S[^\n]*\n|\n)+)/g)];
        if (blocks.length === 0) break;
        tried++;
        const b = blocks[Math.floor(rnd() * blocks.length)];
        const at = b.index! + b[0].length - b[1].length + Math.floor(rnd() * b[1].length);
        const kind = rnd();
        const text = kind < 0.5
          ? previous.text.slice(0, at) + ALPHABET[Math.floor(rnd() * ALPHABET.length)] + previous.text.slice(at)
          : previous.text.slice(0, at) + previous.text.slice(Math.min(previous.text.length, at + 1 + Math.floor(rnd() * 3)));
        const before = new Set<unknown>();
        visit(previous.doc, { Node: (_, n) => void before.add(n) });
        const full = parseYaml(uri, text);
        const fast = reparseYaml(previous, text);
        if (fast) {
          assert.equal(full.problems.length, 0, `a re-read item means a clean document (${uri}, edit ${i})`);
          assert.deepStrictEqual(fast.value, full.value, `data (${uri}, edit ${i})`);
          assert.deepStrictEqual(positions(fast.doc), positions(full.doc), `positions (${uri}, edit ${i})`);
          let made = 0;
          visit(fast.doc, { Node: (_, n) => void (before.has(n) ? undefined : made++) });
          if (made === 1) alone++;
          previous = fast;
        } else {
          previous = full;
        }
        if (previous.problems.length > 0) previous = parseYaml(uri, original);
      }
    }
    assert.ok(alone > tried / 2, `${alone} of ${tried} edits of prose re-read the block scalar alone`);
  });
});
