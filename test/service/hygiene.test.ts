// What a well-kept codebase keeps: no unused file, export or dependency, and every package it imports
// declared (knip, configured in knip.jsonc, with the bundles' entries, the facade and the protocol as
// entry points). A helper or export that only its own file uses is not exported; dead code is deleted.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

describe('hygiene', () => {
  it('has no unused files, exports, types or dependencies, and no undeclared ones (knip)', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'knip', 'bin', 'knip.js'), '--no-progress', '--no-config-hints'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.error, undefined);
    assert.equal(`${run.stdout}${run.stderr}`.trim(), '');
    assert.equal(run.status, 0);
  });
});
