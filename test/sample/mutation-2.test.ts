// Part 2 of 2 of the mutation test (see test/helpers/mutation.ts): every checked figure of the sample,
// changed beyond its rounding, is caught by an error naming its table and cell.
import { strict as assert } from 'node:assert';
import { mutationsMissed } from '../helpers/mutation';

describe('every checked figure of the sample, changed (part 2 of 2)', function () {
  this.timeout(900000);
  it('is caught by an error naming its table and cell', () => {
    const { missed, tried } = mutationsMissed(1, 2);
    assert.ok(tried > 0);
    assert.deepEqual(missed, []);
  });
});
