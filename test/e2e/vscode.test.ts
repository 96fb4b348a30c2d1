// The packaged extension in a real VS Code: test/e2e/vscode/run.mjs builds the .vsix, installs it into
// VS Code 1.100.3 (downloaded by @vscode/test-electron, or code-server in headless Chromium where it
// cannot be downloaded) and runs the extension-host suite of test/e2e/vscode/suite in each scenario.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

describe('the VS Code extension in a real VS Code', function () {
  this.timeout(900000);

  it('passes the extension-host suite in every scenario', () => {
    const run = spawnSync('node', [join(__dirname, 'vscode', 'run.mjs')], { encoding: 'utf8', timeout: 880000 });
    const output = `${run.stdout}\n${run.stderr}`;
    assert.equal(run.status, 0, output.slice(-8000));
    const passed = (run.stdout.match(/^✔ /gm) ?? []).length;
    assert.ok(passed >= 15, output.slice(-8000));
    assert.ok(run.stdout.includes('✔ [ci-only]') && run.stdout.includes('✔ [ssc-2023]'), output.slice(-8000));
    assert.ok(!/^✗ /m.test(run.stdout), output.slice(-8000));
  });
});
