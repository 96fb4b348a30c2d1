// Counts the work of key completion near the top of a chapter followed by 1 000 and by 4 000 more sections,
// in a process of its own (see test/helpers/work.ts), and prints the counts as JSON.
import { countWork, startCounting } from '../helpers/work';

startCounting();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createLanguageService } = require('../../server/src/service/index') as typeof import('../../server/src/service/index');

const URI = 'file:///x/kapitel.yaml';
const HEAD = 'typ: kapitel\nnummer: "1"\nrubrik: R\n';
const results: Record<string, number[]> = {};
for (const [name, cursor] of [['new key', `${HEAD}\n`], ['existing key', `${HEAD}tex: a\n`]] as const) {
  results[name] = [1_000, 4_000].map((n) => {
    const text = `${cursor}avsnitt:\n${'  - rubrik: Avsnitt\n    text: Text.\n'.repeat(n)}`;
    const service = createLanguageService({ maxNodes: 10_000_000, maxFileSize: 100_000_000 });
    service.setFile({ uri: URI, text });
    service.analyze();
    const offset = name === 'new key' ? HEAD.length : HEAD.length + 1;
    let items = 0;
    const work = countWork(() => void (items = service.complete(URI, offset).length));
    if (items === 0) throw new Error(`no completion for ${name}`);
    return work;
  });
}
process.stdout.write(`${JSON.stringify(results)}\n`);
