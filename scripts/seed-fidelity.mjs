#!/usr/bin/env node
// Development aid, not part of CI: compares every table row of the sample with the tab-separated lines of
// the seed text of Statens servicecenter's Årsredovisning 2023, so that transcription slips show up.
// Usage: node scripts/seed-fidelity.mjs <seed.txt> <chapter.yaml>...
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const [seedPath, ...files] = process.argv.slice(2);
if (!seedPath || files.length === 0) {
  console.error('usage: node scripts/seed-fidelity.mjs <seed.txt> <chapter.yaml>...');
  process.exit(2);
}
const norm = (s) => String(s).replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
const seedLines = readFileSync(seedPath, 'utf8').split('\n').filter((l) => l.includes('\t'))
  .map((l) => l.split('\t').map(norm));

function cellKey(v) {
  if (v === null || v === undefined) return '–';
  let s = norm(v).replace(/%$/, '').trim();
  if (s === '' || s === '-' || s === '–') return '–';
  const n = s.replace(/ /g, '').replace(/,/g, '.').replace(/[−–]/g, '-');
  if (/^-?\d+(\.\d+)?$/.test(n)) return String(Number(n));
  return s.toLowerCase();
}

function* tables(node) {
  if (!node || typeof node !== 'object') return;
  for (const t of node.tabeller ?? []) yield t;
  for (const s of node.avsnitt ?? []) yield* tables(s);
}

let bad = 0;
let checked = 0;
for (const file of files) {
  const doc = parse(readFileSync(file, 'utf8'));
  for (const t of tables(doc)) {
    const cols = (t.kolumner ?? []).map((c) => c.id);
    for (const r of t.rader ?? []) {
      if (!r || r.avsnitt !== undefined || r.värden === undefined) continue;
      const vals = Array.isArray(r.värden) ? r.värden : cols.map((c) => r.värden[c]);
      const want = vals.map(cellKey);
      const label = norm(r.rubrik ?? '');
      const candidates = seedLines.filter((l) => l[0] === label);
      const ok = candidates.some((l) => {
        const got = l.slice(1).map(cellKey);
        // The seed prints a "Not" column in the statements; allow it before the figures.
        return got.join('|') === want.join('|') || got.slice(1).join('|') === want.join('|');
      });
      checked++;
      if (!ok) {
        bad++;
        console.log(`${file}: ${t.id} ${r.id ?? ''} "${label}": ${want.join(' | ')}`);
        for (const c of candidates.slice(0, 3)) console.log(`    seed: ${c.slice(1).map(cellKey).join(' | ')}`);
        if (candidates.length === 0) console.log('    seed: no line starts with this label');
      }
    }
  }
}
console.log(`${checked} rows checked, ${bad} without an identical seed line`);
process.exit(bad ? 1 : 0);
