// The share of the sample's printed figures that a check compares, as `npm run share` prints it: of the
// figures with a counterpart in the report, at least 95 % are checked, and no unchecked figure is left
// without a reason (an earlier year, whose counterpart is last year's report, or `fristående`).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

describe('the share of the sample’s figures that are checked', () => {
  it('is at least 95 % of those with a counterpart in the report, with every other figure explained', () => {
    const run = spawnSync(process.execPath, [require.resolve('tsx/cli'), join(ROOT, 'scripts', 'figure-share.ts'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr || run.stdout);
    const m = /Of the figures with a counterpart in this report, (\d+) of (\d+) are checked/.exec(run.stdout);
    assert.ok(m, run.stdout);
    assert.ok(Number(m[1]) >= 0.95 * Number(m[2]), run.stdout);
    assert.match(run.stdout, /and 0 have no reason to stand unchecked/);
  });
});
