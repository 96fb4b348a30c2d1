// The exact counts of the sample that take part in a relation (the staff by sex in Tabell 28, the offices,
// the cases): each changed by one unit is caught by an error naming its table and cell, as an exact figure
// has no rounding to hide in (see test/helpers/mutation.ts).
import { strict as assert } from 'node:assert';
import { exactCountsMissed } from '../helpers/mutation';

describe('every exact count of the sample, changed by one', function () {
  this.timeout(600000);
  it('is caught by an error naming its table and cell', () => {
    const { missed, tried } = exactCountsMissed();
    assert.ok(tried > 20, `${tried} exact counts take part in relations`);
    assert.deepEqual(missed, []);
  });
});
