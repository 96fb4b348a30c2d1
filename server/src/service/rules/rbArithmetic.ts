// rb-arithmetic: the letter's own figures add up, whether or not a report answers it: in the fee table
// intäkter − kostnader = resultat and ack_ingående + resultat_föregående + resultat = ack_utgående; an
// appropriation's amount is the sum of its posts' amounts; a credit stated both as an amount and as a
// percentage is that percentage of the amount. Figures given with decimals stand for an interval of half
// a unit either way (the identity must hold for some values within them); figures given without are exact.
import * as R from '../numbers/rational';
import type { Rational } from '../numbers/rational';
import type { FeeColumn, Origin, RequirementSet } from '../model/types';
import type { Message } from '../problems';
import { formatNumber } from '../tables/format';
import type { Finding } from '../findings';
import { defineRule } from './unit';

type Arithmetic = Finding & { readonly code: 'rb-arithmetic' };

/** The decimals a figure is written with (its denominator is a power of ten). */
function decimalsOf(r: Rational): number {
  let d = r.d;
  let n = 0;
  while (d > 1n && d % 10n === 0n) {
    d /= 10n;
    n++;
  }
  return n;
}

/** Half a unit of the last decimal, or nothing for exact figures. */
function halfUnit(decimals: number | undefined): Rational {
  return decimals === undefined ? R.ZERO : R.div(R.pow10(-decimals), R.fromInt(2));
}

/** Whether `sum` (of `terms` printed figures) can be zero when each figure is off by at most `half`. */
function canBeZero(sum: Rational, terms: number, half: Rational): boolean {
  const slack = R.mul(half, R.fromInt(terms));
  return R.cmp(sum, R.neg(slack)) >= 0 && R.cmp(sum, slack) <= 0;
}

const FEE_LABELS: Readonly<Record<FeeColumn, Message>> = {
  ack_ingående: { sv: 'ackumulerat ingående', en: 'accumulated opening' },
  resultat_föregående: { sv: 'resultat föregående år', en: 'result of the year before' },
  intäkter: { sv: 'intäkter', en: 'income' },
  kostnader: { sv: 'kostnader', en: 'costs' },
  resultat: { sv: 'resultat', en: 'result' },
  ack_utgående: { sv: 'ackumulerat utgående', en: 'accumulated closing' },
};

function findings(rs: RequirementSet): Arithmetic[] {
  const f = rs.finance;
  if (!f) return [];
  const out: Arithmetic[] = [];
  const at = (o: Origin, key: string): Origin => ({ uri: o.uri, ptr: `${o.ptr}/${key}` });
  // Exact figures are shown with as many decimals as the most precise of them has.
  const feeShown = f.feeDecimals ?? Math.max(0, ...[...f.feeRows.values()].flatMap((r) => [...r.values.values()].map(decimalsOf)));
  const fee = (v: Rational, sv: boolean) => formatNumber(v, feeShown, sv ? 'sv' : 'en');
  const feeHalf = halfUnit(f.feeDecimals);
  for (const row of f.feeRows.values()) {
    const v = (c: FeeColumn) => row.values.get(c);
    const name = row.verksamhet ?? row.id;
    // Each identity: the figure it lands on, the terms with their signs, and how the message reads.
    const identities: { target: FeeColumn; terms: [FeeColumn, 1 | -1][] }[] = [
      { target: 'resultat', terms: [['intäkter', 1], ['kostnader', -1]] },
      { target: 'ack_utgående', terms: [['ack_ingående', 1], ['resultat_föregående', 1], ['resultat', 1]] },
    ];
    for (const { target, terms } of identities) {
      const printed = v(target);
      const values = terms.map(([c, sign]) => ({ c, sign, value: v(c) }));
      if (!printed || values.some((t) => !t.value)) continue;
      const computed = values.reduce((acc, t) => (t.sign > 0 ? R.add(acc, t.value!) : R.sub(acc, t.value!)), R.ZERO);
      if (canBeZero(R.sub(computed, printed), terms.length + 1, feeHalf)) continue;
      const expr = (sv: boolean) => values.map((t, i) => `${i === 0 ? '' : t.sign > 0 ? ' + ' : ' − '}${(sv ? FEE_LABELS[t.c].sv : FEE_LABELS[t.c].en)} ${fee(t.value!, sv)}`).join('');
      out.push({
        code: 'rb-arithmetic',
        at: { origin: at(row.origin, target) },
        message: {
          sv: `Avgiftsraden ${name}: ${expr(true)} = ${fee(computed, true)}, men ${FEE_LABELS[target].sv} är ${fee(printed, true)}.`,
          en: `Fee row ${name}: ${expr(false)} = ${fee(computed, false)}, but the ${FEE_LABELS[target].en} is ${fee(printed, false)}.`,
        },
        related: values.map((t) => ({ at: { origin: at(row.origin, t.c) }, message: FEE_LABELS[t.c] })),
        data: { computed: R.toFixed(computed, feeShown) },
      });
    }
  }
  const half = halfUnit(f.decimals);
  const shown = f.decimals ?? Math.max(0, ...f.appropriations.flatMap((a) => [a.amount, a.credit, ...a.posts.flatMap((p) => [p.amount, p.credit])]).flatMap((x) => (x ? [decimalsOf(x)] : [])));
  const amount = (v: Rational, sv: boolean) => `${formatNumber(v, shown, sv ? 'sv' : 'en')} ${f.unit}`;
  for (const a of f.appropriations) {
    const name = [a.beteckning, a.namn].filter(Boolean).join(' ') || a.id;
    const amounts = a.posts.map((p) => p.amount);
    if (a.amount && a.posts.length > 0 && amounts.every((x) => x !== undefined)) {
      const sum = amounts.reduce<Rational>((acc, x) => R.add(acc, x!), R.ZERO);
      if (!canBeZero(R.sub(sum, a.amount), a.posts.length + 1, half)) {
        out.push({
          code: 'rb-arithmetic',
          at: { origin: at(a.origin, 'belopp') },
          message: {
            sv: `Anslaget ${name} är ${amount(a.amount, true)}, men dess anslagsposter är tillsammans ${amount(sum, true)}.`,
            en: `The appropriation ${name} is ${amount(a.amount, false)}, but its posts add up to ${amount(sum, false)}.`,
          },
          related: a.posts.map((p) => ({ at: { origin: at(p.origin, 'belopp') }, message: { sv: `${p.beteckning ?? p.id}`, en: `${p.beteckning ?? p.id}` } })),
          data: { computed: R.toFixed(sum, shown) },
        });
      }
    }
    const shares = [
      { of: name, origin: a.origin, base: a.amount, credit: a.credit, percent: a.creditPercent },
      ...a.posts.map((p) => ({ of: `${name} ${p.beteckning ?? p.id}`, origin: p.origin, base: p.amount, credit: p.credit, percent: p.creditPercent })),
    ];
    for (const s of shares) {
      if (!s.base || !s.credit || !s.percent) continue;
      const share = R.div(R.mul(s.base, s.percent), R.fromInt(100));
      // A credit stated as a percentage is written as a whole amount of the letter's unit (or of its last
      // decimal): rounded or cut off, it lies less than one such unit from the exact share.
      const unit = R.pow10(-(f.decimals ?? 0));
      const diff = R.sub(share, s.credit);
      if (R.cmp(diff, R.neg(unit)) > 0 && R.cmp(diff, unit) < 0) continue;
      const pct = (sv: boolean) => formatNumber(s.percent!, R.cmp(R.roundTo(s.percent!, 0), s.percent!) === 0 ? 0 : 2, sv ? 'sv' : 'en');
      out.push({
        code: 'rb-arithmetic',
        at: { origin: at(s.origin, 'anslagskredit') },
        message: {
          sv: `Anslagskrediten för ${s.of} är ${amount(s.credit, true)}, men ${pct(true)} procent av ${amount(s.base, true)} är ${amount(share, true)}.`,
          en: `The credit of ${s.of} is ${amount(s.credit, false)}, but ${pct(false)} per cent of ${amount(s.base, false)} is ${amount(share, false)}.`,
        },
        related: [{ at: { origin: at(s.origin, 'anslagskredit_procent') }, message: { sv: 'procentsatsen', en: 'the percentage' } }],
        data: { computed: R.toFixed(R.roundTo(share, f.decimals ?? 0), f.decimals ?? 0) },
      });
    }
  }
  return out;
}

export const rbArithmetic = defineRule({
  name: 'rbArithmetic',
  codes: {
    'rb-arithmetic': {
      severity: 'error',
      title: { sv: 'Regleringsbrevets siffror går inte ihop', en: 'The letter’s figures do not add up' },
      summary: 'In the letter itself, a fee row, an appropriation and its posts, or a credit and its percentage disagree.',
    },
  },
  file(file, out) {
    if (file.kind !== 'regleringsbrev' || !file.model) return;
    for (const f of findings(file.model)) out.place(f);
  },
});
