// Workloads for the benchmark, generated from the SSC 2023 sample:
//   * `largeReport(dir, factor)`: one report `factor` times the sample's size. Every chapter is repeated
//     factor − 1 times with its tables, notes, sections and figures renamed (T30 → T30_c2, Not 20 →
//     Not 2020, "4.1" → "c2-4.1"), so that every relation of a copy resolves within the copy and the
//     report still checks clean. Standard forms are declared once (a form merges the tables that declare
//     it), so the copies keep their formulas but not their `form:`.
//   * `workspace(dir, count)`: `count` copies of the sample, each its own report, for CI scale.
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { isMap, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Pair, Scalar, YAMLMap } from 'yaml';

export const SAMPLE = join(__dirname, '..', 'samples', 'ssc-2023');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? yamlFiles(p) : n.endsWith('.yaml') ? [p] : [];
  });
}

/** The ids of every table of the sample, to recognise them inside formulas. */
function tableIds(files: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const f of files) {
    for (const m of readFileSync(f, 'utf8').matchAll(/^\s*- id: ([A-Z][\w]*)\s*$/gmu)) ids.add(m[1]);
  }
  return [...ids].sort((a, b) => b.length - a.length);
}

const FORMULA_KEYS = new Set(['formel', 'utfall']);

function keyOf(pair: unknown): string | undefined {
  return isPair(pair) && isScalar(pair.key) ? String(pair.key.value) : undefined;
}

/** Renames one chapter's YAML for copy `c`; returns the new text. */
function renameChapter(text: string, c: number, ids: readonly string[]): string {
  const doc = parseDocument(text);
  const table = new RegExp(`(?<![\\p{L}\\p{N}_])(${ids.join('|')})(?=\\.)`, 'gu');
  const renameFormula = (s: string) => s.replace(table, `$1_c${c}`);
  visit(doc, {
    Pair(_, pair, path) {
      const key = keyOf(pair);
      const parentKey = keyOf(path[path.length - 3]);
      const value = (pair as Pair<unknown, unknown>).value;
      if (!isScalar(value)) {
        if (key === 'tabeller' && isSeq(value)) {
          // A standard form merges every table that declares it; the copies keep their own formulas only.
          for (const item of value.items) if (isMap(item)) (item as YAMLMap).delete('form');
        }
        if (key && FORMULA_KEYS.has(key) && isSeq(value)) {
          // A list of formulas (`formel: [sum(*), T30.x]`): each is renamed like a single one.
          for (const item of value.items) if (isScalar(item) && typeof item.value === 'string') item.value = renameFormula(item.value);
        }
        if (key === 'cellformler' && isMap(value)) {
          for (const p of (value as YAMLMap).items) if (isScalar(p.value) && typeof p.value.value === 'string') p.value.value = renameFormula(p.value.value);
        }
        return undefined;
      }
      const scalar = value as Scalar;
      if (key === 'id' && parentKey === 'tabeller' && typeof scalar.value === 'string') scalar.value = `${scalar.value}_c${c}`;
      else if (key === 'id' && typeof scalar.value === 'string' && parentKey === 'avsnitt') scalar.value = `${scalar.value}_c${c}`;
      else if (key && FORMULA_KEYS.has(key) && typeof scalar.value === 'string') scalar.value = renameFormula(scalar.value);
      else if (key === 'not' && typeof scalar.value === 'number') scalar.value = scalar.value + 1000 * c;
      else if ((key === 'nummer' || key === 'figur') && typeof scalar.value === 'number') scalar.value = scalar.value + 1000 * c;
      else if (key === 'nummer' && typeof scalar.value === 'string') scalar.value = `c${c}-${scalar.value}`;
      return undefined;
    },
  });
  // `hänvisar_till` lists section numbers; they follow the sections' renaming.
  visit(doc, {
    Pair(_, pair) {
      if (keyOf(pair) !== 'hänvisar_till') return undefined;
      const value = (pair as Pair<unknown, unknown>).value;
      const items = isSeq(value) ? value.items : [value];
      for (const item of items) if (isScalar(item) && typeof item.value === 'string') item.value = `c${c}-${item.value}`;
      return undefined;
    },
  });
  return doc.toString({ lineWidth: 0 });
}

export interface Workload {
  readonly dir: string;
  readonly manifest: string;
  readonly files: readonly string[];
}

/** A report `factor` times the sample, in `dir`. */
export function largeReport(dir: string, factor: number): Workload {
  cpSync(SAMPLE, dir, { recursive: true });
  const chapters = yamlFiles(join(SAMPLE, 'kapitel')).concat(yamlFiles(join(SAMPLE, 'bilagor')));
  const ids = tableIds(chapters);
  const manifestPath = join(dir, 'arsredovisning.yaml');
  let manifest = readFileSync(manifestPath, 'utf8');
  const extra: string[] = [];
  for (let c = 2; c <= factor; c++) {
    const target = join(dir, `kopia-${c}`);
    mkdirSync(target, { recursive: true });
    for (const f of chapters) {
      const name = `${basename(f, '.yaml')}.yaml`;
      writeFileSync(join(target, name), renameChapter(readFileSync(f, 'utf8'), c, ids));
      extra.push(`kopia-${c}/${name}`);
    }
  }
  manifest = manifest.replace(/(\nkapitel:\n(?:\s+- .*\n)+)/u, (block) => `${block}${extra.map((p) => `  - ${p}\n`).join('')}`);
  writeFileSync(manifestPath, manifest);
  return { dir, manifest: manifestPath, files: yamlFiles(dir) };
}

/** `count` copies of the sample under `dir`, each a report of its own. */
export function workspace(dir: string, count: number): Workload[] {
  const out: Workload[] = [];
  for (let i = 1; i <= count; i++) {
    const target = join(dir, `rapport-${String(i).padStart(2, '0')}`);
    cpSync(SAMPLE, target, { recursive: true });
    out.push({ dir: target, manifest: join(target, 'arsredovisning.yaml'), files: yamlFiles(target) });
  }
  return out;
}

export function sizeOf(files: readonly string[]): number {
  return files.reduce((n, f) => n + statSync(f).size, 0);
}

export { relative, yamlFiles };
