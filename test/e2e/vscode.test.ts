// The extension in a real VS Code (code-server 4.100.3 = VS Code 1.100.3, in headless Chromium): runs the
// extension-host suite of test/e2e/vscode/suite through test/e2e/vscode/run.mjs. The first run installs
// code-server from the npm registry into .vscode-test/.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

describe('the VS Code extension in code-server', function () {
  this.timeout(900000);

  it('starts the server and offers diagnostics, completion, hover and code lenses', () => {
    const run = spawnSync('node', [join(__dirname, 'vscode', 'run.mjs')], { encoding: 'utf8', timeout: 880000 });
    const output = `${run.stdout}\n${run.stderr}`;
    assert.equal(run.status, 0, output.slice(-6000));
    const passed = (run.stdout.match(/^✔ /gm) ?? []).length;
    assert.ok(passed >= 5, output.slice(-6000));
    assert.ok(!/^✗ /m.test(run.stdout), output.slice(-6000));
  });
});
