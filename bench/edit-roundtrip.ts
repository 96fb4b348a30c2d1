// Benchmark (not a test): the edit → diagnostics round trip over stdio on the largest file of the
// sample, against the built server. Prints figures; asserts nothing.
//   npm run bench
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
import { LspClient } from '../test/helpers/lspClient';
import { SAMPLE_DIR } from '../test/helpers/sample';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : n.endsWith('.yaml') ? [p] : [];
  });
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

async function main(): Promise<void> {
  const files = walk(SAMPLE_DIR);
  const largest = files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
  const text = readFileSync(largest, 'utf8');
  const uri = pathToFileURL(largest).toString();

  // The bare YAML parse of the whole sample and of the largest file, as the yardstick of later budgets.
  const parse = (t: string) => parseDocument(t).toJS();
  for (let i = 0; i < 3; i++) files.forEach((f) => parse(readFileSync(f, 'utf8')));
  let t0 = performance.now();
  for (let i = 0; i < 10; i++) files.forEach((f) => parse(readFileSync(f, 'utf8')));
  const parseAll = (performance.now() - t0) / 10;
  t0 = performance.now();
  for (let i = 0; i < 10; i++) parse(text);
  const parseLargest = (performance.now() - t0) / 10;

  const client = LspClient.start();
  await client.initialize(pathToFileURL(SAMPLE_DIR).toString());
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  // The server has read the workspace once the manifest's coverage summary is out.
  await client.waitFor(() => [...client.diagnostics.keys()].some((k) => k.endsWith('arsredovisning.yaml')), 60000);

  const anchor = text.indexOf('[915175, 881419]');
  const lines = text.slice(0, anchor + 1).split('\n');
  const position = { line: lines.length - 1, character: lines[lines.length - 1].length };
  const runs: number[] = [];
  for (let i = 0; i < 30; i++) {
    const version = i + 2;
    // Alternate a wrong and the right figure, so that every edit changes the findings.
    const figure = i % 2 === 0 ? '915999' : '915175';
    const started = performance.now();
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: position, end: { line: position.line, character: position.character + 6 } }, text: figure }],
    });
    await client.waitFor(() => client.diagnostics.get(uri)?.version === version);
    runs.push(performance.now() - started);
  }
  await client.stop();
  runs.sort((a, b) => a - b);
  const rel = largest.slice(SAMPLE_DIR.length + 1);
  console.log(`largest file: ${rel} (${(statSync(largest).size / 1024).toFixed(0)} KiB)`);
  console.log(`bare YAML parse: largest file ${parseLargest.toFixed(1)} ms, whole sample ${parseAll.toFixed(1)} ms`);
  console.log(`edit → diagnostics over stdio (${runs.length} edits, includes the server's 150 ms debounce):`);
  console.log(`  min ${runs[0].toFixed(0)} ms, median ${quantile(runs, 0.5).toFixed(0)} ms, p95 ${quantile(runs, 0.95).toFixed(0)} ms, max ${runs[runs.length - 1].toFixed(0)} ms`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
