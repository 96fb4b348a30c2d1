// A fixed-seed slice of the fuzz harness (test/fuzz/harness.ts) in every test run: mutations of the sample
// through every entry point of the service and the renderer, with no exception, no malformed answer and no
// case over two seconds of CPU. `npm run fuzz` runs ten thousand cases.
import { strict as assert } from 'node:assert';
import { fuzz } from '../fuzz/harness';

describe('fuzzing (a fixed-seed slice)', function () {
  this.timeout(300000);

  it('throws nothing, answers nothing malformed and is never slow on 40 mutated samples', () => {
    const summary = fuzz(40, 7);
    assert.deepEqual({ exceptions: summary.exceptions, slow: summary.slow, malformed: summary.malformed, examples: summary.examples }, { exceptions: 0, slow: 0, malformed: 0, examples: [] });
  });
});
