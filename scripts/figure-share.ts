// `npm run share`: how many of a report's printed figures take part in a check (a formula, a standard
// form, the letter's figures, a claim in the text, last year's report), and, for those that none does,
// what they would have to be checked against:
//   - a counterpart in this report: the text prints the figure from the cell (`{T8.a.år2023}`), or nothing
//     explains why it is unchecked; the second is a relation still to write;
//   - last year's report: a figure of an earlier year, which prior-year compares once that report is in the
//     workspace (give its folder after the report's);
//   - last year's report, restated: a figure of an earlier year that its table, column or row says was
//     restated (`omräknad`), which prior-year leaves uncompared;
//   - nothing: the row, column or table says why (`fristående`).
// The share that counts is that of the figures with a counterpart in this report or in last year's.
//   tsx scripts/figure-share.ts [report folder] [last year's folder …] [--check]
// With --check it exits 1 when figures with a counterpart in this report are left unchecked beyond 5 %, or
// when a figure is unchecked with no reason at all, so that the sample keeps its relations.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLanguageService } from '../server/src/service/index';
import type { FigureRecord } from '../server/src/service/index';
import { internalsOf } from '../server/src/service/internal';
import { proseRefs } from '../server/src/service/model/proseRefs';
import { printingTexts, proseTarget } from '../server/src/service/tables/proseTarget';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? yamlFiles(p) : /\.ya?ml$/.test(n) ? [p] : [];
  });
}

const args = process.argv.slice(2);
const check = args.includes('--check');
const dirs = args.filter((a) => a !== '--check').map((d) => resolve(d));
if (dirs.length === 0) dirs.push(join(__dirname, '..', 'samples', 'ssc-2023'));
const service = createLanguageService();
for (const dir of dirs) for (const f of yamlFiles(dir)) service.setFile({ uri: pathToFileURL(f).toString(), text: readFileSync(f, 'utf8') });
const own = pathToFileURL(dirs[0]).toString();
const manifest = service.uris().find((u) => u.startsWith(`${own}/`) && service.getFile(u)?.kind === 'årsredovisning');
const figures = manifest ? service.figures(manifest) : undefined;
const pa = manifest ? internalsOf(service).projectFor(manifest) : undefined;
if (!figures || !pa) {
  console.error(`figure-share: no annual report in ${dirs[0]}`);
  process.exit(2);
}

// The cells the texts print by reference: their counterpart is the text, printed from them.
const inText = new Set<string>();
for (const s of printingTexts(pa.project)) {
  for (const ref of proseRefs(s.text)) {
    const target = proseTarget(pa.index, ref);
    if ('cell' in target) inText.add(target.cell.key);
  }
}

type Why = 'checked' | 'in text' | 'earlier year' | 'restated' | 'standalone' | 'unexplained';
const why = (c: FigureRecord): Why => {
  if (c.checked) return 'checked';
  if (c.year !== undefined && figures.year !== undefined && c.year < figures.year) return c.restated ? 'restated' : 'earlier year';
  if (c.standalone) return 'standalone';
  return inText.has(c.id) ? 'in text' : 'unexplained';
};

// Printed figures of printed tables: what a reader sees.
const printed = figures.cells.filter((c) => c.kind === 'declared' && c.tablePrinted);
const counts = new Map<Why, number>();
interface TableShare { label: string; printed: number; why: Map<Why, number>; reasons: Set<string>; unexplained: string[] }
const byTable = new Map<string, TableShare>();
for (const c of printed) {
  const w = why(c);
  counts.set(w, (counts.get(w) ?? 0) + 1);
  const t: TableShare = byTable.get(c.table) ?? { label: `${c.tableLabel || c.table}${c.tableTitle ? ` ${c.tableTitle}` : ''}`, printed: 0, why: new Map(), reasons: new Set(), unexplained: [] };
  t.printed++;
  t.why.set(w, (t.why.get(w) ?? 0) + 1);
  if (w === 'standalone') t.reasons.add(c.standalone!);
  if (w === 'unexplained') t.unexplained.push(c.id);
  byTable.set(c.table, t);
}
const n = (w: Why) => counts.get(w) ?? 0;
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)} %`;
const checked = n('checked');
const inReport = checked + n('in text') + n('unexplained');
// A restated figure has its counterpart in last year's report too, one that differs by declaration: it counts.
const withLastYear = inReport + n('earlier year') + n('restated');

console.log(`${checked} of ${printed.length} printed figures take part in a check (${pct(checked, printed.length)}).`);
console.log(`Of the figures with a counterpart in this report, ${checked} of ${inReport} are checked (${pct(checked, inReport)}); the text prints ${n('in text')} of the others from their cells, and ${n('unexplained')} have no reason to stand unchecked.`);
console.log(`With the figures of earlier years, whose counterpart is last year's report, ${checked} of ${withLastYear} (${pct(checked, withLastYear)}): ${n('earlier year') + n('restated')} are unchecked${dirs.length > 1 ? ' although a report of an earlier year is in the workspace' : ', as last year\'s report is not in the workspace (prior-year compares them when it is)'}.`);
if (n('restated') > 0) console.log(`${n('restated')} of earlier years are restated since last year's report (omräknad), so that prior-year does not compare them.`);
console.log(`${n('standalone')} have no counterpart anywhere, as their tables say (fristående).`);
console.log('');
console.log('Printed figures no check compares, by table:');
const order: Why[] = ['earlier year', 'restated', 'standalone', 'in text', 'unexplained'];
for (const [id, t] of byTable) {
  const unchecked = t.printed - (t.why.get('checked') ?? 0);
  if (unchecked === 0) continue;
  const parts = order.filter((w) => t.why.has(w)).map((w) => `${t.why.get(w)} ${w}`);
  console.log(`  ${id.padEnd(6)} ${String(unchecked).padStart(3)} of ${String(t.printed).padStart(3)}  ${t.label}`);
  console.log(`         ${parts.join(', ')}`);
  for (const r of t.reasons) console.log(`         fristående: ${r}`);
  if (t.unexplained.length) console.log(`         unexplained: ${t.unexplained.join(', ')}`);
}
if (check && (n('unexplained') > 0 || checked < 0.95 * inReport)) {
  console.error('figure-share: figures with a counterpart in the report are left unchecked; write their relations or say why they stand alone (fristående).');
  process.exit(1);
}
