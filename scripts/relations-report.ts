import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLanguageService } from '../server/src/service/index';
const svc = createLanguageService();
function walk(d: string): string[] { return readdirSync(d).flatMap((n) => { const p = join(d, n); return statSync(p).isDirectory() ? walk(p) : p.endsWith('.yaml') ? [p] : []; }); }
for (const f of walk(resolve('samples/ssc-2023'))) svc.setFile({ uri: pathToFileURL(f).toString(), text: readFileSync(f, 'utf8') });
const t0 = Date.now();
const a = svc.analyze();
console.log('analyze ms', Date.now() - t0);
const p = a.projects[0];
console.log('relations', p.relations.length, 'tables', p.project.tables.length);
const byTable = new Map<string, number>();
for (const r of p.relations) byTable.set(r.target.table.id, (byTable.get(r.target.table.id) ?? 0) + 1);
console.log([...byTable].map(([k, v]) => `${k}:${v}`).join(' '));
// formulas that never produced a number
const seen = new Map<string, { n: number; ok: number; text: string }>();
for (const t of p.project.tables) for (const r of t.dataRows) for (const c of t.columns) {
  const cell = p.index.cell(t, r, c);
  for (const f of p.engine.formulasFor(cell)) {
    if (f.kind !== 'author') continue;
    const k = f.source.origin.uri.split('/').pop() + f.source.origin.ptr;
    const e = seen.get(k) ?? { n: 0, ok: 0, text: f.source.parsed.text };
    e.n++;
    if (p.engine.run(f.source, f.ctx).value.kind === 'number') e.ok++;
    seen.set(k, e);
  }
}
for (const [k, e] of seen) if (e.ok === 0) console.log('NEVER', k, e.text, e.n);
// declared numeric cells not in any relation
let inRel = new Set<string>(); for (const r of p.relations) { inRel.add(r.target.key); for (const i of r.inputs) inRel.add(i.key); }
const lonely = new Map<string, number>();
for (const t of p.project.tables) for (const r of t.dataRows) for (const c of t.columns) { const cell = p.index.cell(t, r, c); if (cell.source?.literal.kind === 'number' && !inRel.has(cell.key)) lonely.set(t.id, (lonely.get(t.id) ?? 0) + 1); }
console.log('figures in no relation:', [...lonely].map(([k, v]) => `${k}:${v}`).join(' '));
