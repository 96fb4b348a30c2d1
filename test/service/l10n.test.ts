// The extension's own strings follow VS Code's localisation: every string the client passes to
// vscode.l10n.t (as @vscode/l10n-dev extracts them) has its Swedish translation in l10n/bundle.l10n.sv.json,
// with the same placeholders, and the bundle holds no string the client no longer uses.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

describe('the extension’s localisation', () => {
  it('translates every client string into Swedish, with the same placeholders', function () {
    this.timeout(60000);
    const out = mkdtempSync(join(tmpdir(), 'regbrev-l10n-'));
    try {
      execFileSync(process.execPath, [require.resolve('@vscode/l10n-dev/dist/cli.js'), 'export', '--outDir', out, join(ROOT, 'client', 'src')], { stdio: 'pipe' });
      const english = JSON.parse(readFileSync(join(out, 'bundle.l10n.json'), 'utf8')) as Record<string, string>;
      const swedish = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.sv.json'), 'utf8')) as Record<string, string>;
      assert.ok(Object.keys(english).length > 20, 'strings were extracted');
      assert.deepEqual(Object.keys(swedish).sort(), Object.keys(english).sort());
      const holes = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
      for (const [key, sv] of Object.entries(swedish)) assert.deepEqual(holes(sv), holes(key), key);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
