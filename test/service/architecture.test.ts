// The architecture invariants that a test can hold: the language service imports no editor or protocol
// runtime and touches no files, processes or network; the LSP layer and the CLI do not import each other.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '..', '..', 'server', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function imports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]);
}

describe('architecture invariants', () => {
  it('the service imports only pure packages and its own modules', () => {
    // d3-scale is arithmetic only (scales, nice ticks, band layout) and touches no DOM; the charts' SVG is
    // written by the renderer itself. markdown-it turns text into HTML and does nothing else.
    const allowed = /^(\.|yaml$|ajv($|\/)|d3-scale$|markdown-it$|vscode-languageserver-types$|vscode-languageserver-textdocument$)/;
    const bad = files(join(SRC, 'service')).flatMap((f) => imports(f).filter((i) => !allowed.test(i)).map((i) => `${relative(SRC, f)}: ${i}`));
    assert.deepEqual(bad, []);
  });

  it('the service does no I/O', () => {
    const io = /\b(require\(|process\.|fetch\(|XMLHttpRequest|child_process|__dirname)/;
    const bad = files(join(SRC, 'service')).filter((f) => io.test(readFileSync(f, 'utf8'))).map((f) => relative(SRC, f));
    assert.deepEqual(bad, []);
  });

  it('the service never reaches into the LSP layer or the CLI, and those two stay apart', () => {
    const crossing = (from: string, forbidden: RegExp) =>
      files(join(SRC, from)).flatMap((f) => imports(f).filter((i) => forbidden.test(i)).map((i) => `${relative(SRC, f)}: ${i}`));
    assert.deepEqual(crossing('service', /\/(lsp|cli)\//), []);
    assert.deepEqual(crossing('lsp', /\/cli\//), []);
    // The CLI may start the server (`regbrev lsp`) through its entry module only.
    assert.deepEqual(crossing('cli', /\/lsp\/(?!main$)/), []);
  });
});
