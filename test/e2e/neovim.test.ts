// Neovim (Debian's 0.7, a real third-party LSP client) attached to the built server: diagnostics after
// an edit and completion of requirement ids. CI installs neovim (.ci/run).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVER } from '../helpers/lspClient';
import { SAMPLE_DIR } from '../helpers/sample';

describe('Neovim as an LSP client', function () {
  this.timeout(120000);

  it('gets diagnostics after an edit and completion items for requirement ids', () => {
    const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    assert.equal(nvim.status, 0, 'neovim is installed (apt-get install neovim; .ci/run does this)');
    assert.ok(existsSync(SERVER), 'the server is built');
    const dir = mkdtempSync(join(tmpdir(), 'regbrev-nvim-'));
    try {
      cpSync(SAMPLE_DIR, join(dir, 'sample'), { recursive: true });
      const out = join(dir, 'result.json');
      const run = spawnSync('nvim', ['--headless', '--clean', '-n', '-u', 'NONE', '-c', `luafile ${join(__dirname, 'neovim', 'check.lua')}`], {
        env: { ...process.env, REGBREV_SERVER: SERVER, REGBREV_ROOT: join(dir, 'sample'), REGBREV_OUT: out, HOME: dir, XDG_STATE_HOME: dir, XDG_DATA_HOME: dir },
        encoding: 'utf8',
        timeout: 110000,
      });
      assert.ok(existsSync(out), `neovim wrote its result (status ${run.status}, stderr: ${run.stderr})`);
      const result = JSON.parse(readFileSync(out, 'utf8')) as { done?: boolean; steps: { name: string; ok: boolean; detail: unknown }[]; completion?: string[]; finding?: { message: string } };
      const failed = result.steps.filter((s) => !s.ok);
      assert.deepEqual(failed, []);
      assert.ok(result.done);
      assert.match(result.finding!.message, /T1/);
      assert.ok(result.completion!.includes('ÅK-kostnadsutveckling'), result.completion!.join(', '));
      assert.ok(result.completion!.includes('UPP-kiruna'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
