// Part 1 of 2 of the mutation test (see test/helpers/mutation.ts): every checked figure of the sample,
// changed beyond its rounding, is caught by an error naming its table and cell.
import { strict as assert } from 'node:assert';
import { checkedFigureCount, mutationsMissed } from '../helpers/mutation';

describe('every checked figure of the sample, changed (part 1 of 2)', function () {
  this.timeout(900000);
  it('is caught by an error naming its table and cell', () => {
    assert.ok(checkedFigureCount() > 900, 'most figures of the sample take part in relations');
    const { missed, tried } = mutationsMissed(0, 2);
    assert.ok(tried > 0);
    assert.deepEqual(missed, []);
  });
});
