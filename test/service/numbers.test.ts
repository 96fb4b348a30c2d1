// Exact rationals, intervals and the reading of printed figures.
import { strict as assert } from 'node:assert';
import * as I from '../../server/src/service/numbers/interval';
import { readNumber, readString } from '../../server/src/service/numbers/literal';
import * as R from '../../server/src/service/numbers/rational';
import { declaredInterval } from '../../server/src/service/tables/cells';
import { formatInterval, formatNumber } from '../../server/src/service/tables/format';

const r = (s: string) => R.fromDecimal(s)!;

describe('rationals', () => {
  it('add decimals exactly where binary floating point does not', () => {
    assert.equal(R.toFixed(R.add(r('0.1'), r('0.2')), 20), '0.30000000000000000000');
    assert.equal(R.cmp(R.add(r('0.1'), r('0.2')), r('0.3')), 0);
  });
  it('round half away from zero, floor and ceil at a number of decimals', () => {
    assert.equal(R.toFixed(R.roundTo(r('-3.65'), 1), 1), '-3.7');
    assert.equal(R.toFixed(R.roundTo(r('2.45'), 1), 1), '2.5');
    assert.equal(R.toFixed(R.floorTo(r('-12.48'), 0), 0), '-13');
    assert.equal(R.toFixed(R.ceilTo(r('12.48'), 0), 0), '13');
  });
  it('read exponents and reject text', () => {
    assert.equal(R.toFixed(r('1.5e3'), 0), '1500');
    assert.equal(R.fromDecimal('1,5'), undefined);
  });
});

describe('intervals', () => {
  it('give a printed figure its rounding interval in base units', () => {
    const i = declaredInterval(r('1574.6'), 1, 'mnkr', 'närmaste');
    assert.equal(R.toFixed(i.lo, 0), '1574550000');
    assert.equal(R.toFixed(i.hi, 0), '1574650000');
  });
  it('treat truncation as one unit towards larger magnitude', () => {
    const pos = declaredInterval(r('4'), 0, 'tkr', 'trunkering');
    assert.deepEqual([R.toFixed(pos.lo, 0), R.toFixed(pos.hi, 0)], ['4000', '5000']);
    const neg = declaredInterval(r('-4'), 0, 'tkr', 'trunkering');
    assert.deepEqual([R.toFixed(neg.lo, 0), R.toFixed(neg.hi, 0)], ['-5000', '-4000']);
  });
  it('accept the worked example of XBRL Calculations 1.1 (1 + 1 + 1 against 4)', () => {
    const one = declaredInterval(r('1'), 0, 'tkr', 'närmaste');
    const sum = I.add(I.add(one, one), one);
    assert.ok(I.overlaps(sum, declaredInterval(r('4'), 0, 'tkr', 'närmaste')));
    // Closed intervals: 5 touches [1,5; 4,5] at 4,5 and is accepted; 6 is not.
    assert.ok(I.overlaps(sum, declaredInterval(r('5'), 0, 'tkr', 'närmaste')));
    assert.ok(!I.overlaps(sum, declaredInterval(r('6'), 0, 'tkr', 'närmaste')));
  });
  it('multiply and divide with the extreme combinations', () => {
    const a = I.make(r('-2'), r('3'));
    const b = I.make(r('4'), r('5'));
    assert.deepEqual(I.mul(a, b), { lo: r('-10'), hi: r('15') });
    const q = I.div(I.make(r('993.15'), r('993.25')), I.make(r('2645898.5'), r('2645899.5')));
    assert.ok(R.cmp(q.lo, r('0.0003753')) > 0 && R.cmp(q.hi, r('0.0003754')) < 0);
    assert.ok(I.containsZero(I.make(r('-0.5'), r('0.5'))));
  });
});

describe('printed figures', () => {
  it('read YAML numbers and Swedish figures with their precision', () => {
    assert.deepEqual(readString('1 574,6'), { kind: 'number', value: r('1574.6'), ownDecimals: 1, literalDecimals: 1 });
    assert.equal(readString('−3,7').kind, 'number');
    assert.deepEqual(readString('58 %'), { kind: 'number', value: r('58'), ownDecimals: 0, literalDecimals: 0 });
    assert.deepEqual(readString('–'), { kind: 'empty' });
    assert.deepEqual(readString('X'), { kind: 'text', text: 'X' });
    assert.deepEqual(readNumber(911.6), { kind: 'number', value: r('911.6'), literalDecimals: 1 });
    assert.equal(readNumber(Number.NaN), undefined);
  });
  it('format Swedish and English figures and intervals', () => {
    assert.equal(formatNumber(r('-1574591'), 0, 'sv'), '-1\u00a0574\u00a0591');
    assert.equal(formatNumber(r('1574.6'), 1, 'en'), '1\u00a0574.6');
    assert.equal(formatNumber(r('-0.04'), 1, 'sv'), '0,0');
    assert.equal(formatInterval(I.make(r('-3.75'), r('-3.65')), 2, 'sv'), '[-3,75; -3,65]');
  });
});
