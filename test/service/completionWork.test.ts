// Key completion does work that does not grow with the text after the cursor: a key typed near the top of
// a chapter costs the same whether a thousand or four thousand sections follow. It used to parse the whole
// file again on every request. Work is counted (test/helpers/work.ts) in a process of its own.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

describe('key completion work', function () {
  this.timeout(120000);

  it('does not grow with the text after the cursor', () => {
    const out = execFileSync(process.execPath, ['--require', 'tsx/cjs', join(__dirname, 'completionWork.probe.ts')], { encoding: 'utf8' });
    const counted = JSON.parse(out) as Record<string, number[]>;
    for (const [name, [small, large]] of Object.entries(counted)) {
      assert.ok(large / small < 1.5, `${name}: work grows ${(large / small).toFixed(2)}× for 4× the text after the cursor (${small} → ${large})`);
    }
  });
});
