// `npm run share`: how many of a report's printed figures take part in a check (a formula, a standard
// form, the letter's figures, last year's report), and, by table, the printed figures that none does, so
// that the relations a report still leaves out can be seen and written. Reads the report through the
// service's figures export, as `regbrev export` does.
//   tsx scripts/figure-share.ts [report folder]   (the SSC 2023 sample when none is given)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLanguageService } from '../server/src/service/index';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? yamlFiles(p) : /\.ya?ml$/.test(n) ? [p] : [];
  });
}

const dir = resolve(process.argv[2] ?? join(__dirname, '..', 'samples', 'ssc-2023'));
const service = createLanguageService();
for (const f of yamlFiles(dir)) service.setFile({ uri: pathToFileURL(f).toString(), text: readFileSync(f, 'utf8') });
const manifest = service.uris().find((u) => service.getFile(u)?.kind === 'årsredovisning');
const figures = manifest ? service.figures(manifest) : undefined;
if (!figures) {
  console.error(`figure-share: no annual report in ${dir}`);
  process.exit(2);
}
// Printed figures of printed tables: what a reader sees.
const printed = figures.cells.filter((c) => c.kind === 'declared' && c.tablePrinted);
const checked = printed.filter((c) => c.checked);
const byTable = new Map<string, { label: string; printed: number; unchecked: number }>();
for (const c of printed) {
  const t = byTable.get(c.table) ?? { label: `${c.tableLabel || c.table}${c.tableTitle ? ` ${c.tableTitle}` : ''}`, printed: 0, unchecked: 0 };
  t.printed++;
  if (!c.checked) t.unchecked++;
  byTable.set(c.table, t);
}
console.log(`${checked.length} of ${printed.length} printed figures take part in a check (${((100 * checked.length) / printed.length).toFixed(1)} %).`);
console.log('Printed figures no check compares, by table:');
for (const [id, t] of byTable) if (t.unchecked > 0) console.log(`  ${id.padEnd(8)} ${String(t.unchecked).padStart(4)} of ${String(t.printed).padStart(4)}  ${t.label}`);
