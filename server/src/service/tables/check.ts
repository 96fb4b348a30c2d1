// Checks every printed figure against every formula that applies to it: the author's formulas
// (calc-inconsistent) and the identities of standard forms (form-inconsistent). A figure is consistent
// when its interval and the computed interval overlap (XBRL Calculations 1.1), or, for shares rounded
// by largest remainder, when it is the floor or the ceiling of the computed share.
import * as I from '../numbers/interval';
import type { Interval } from '../numbers/interval';
import * as R from '../numbers/rational';
import type { Finding, RelatedPlace } from '../findings';
import type { Message } from '../problems';
import type { BoundOp } from '../formula/ast';
import type { FormulaSource, Table } from '../model/types';
import type { Cell } from './cells';
import { toUnit } from './cells';
import { cellLabel, printedBoth, unitText, valueText } from './describe';
import type { AppliedFormula, Engine } from './engine';
import { formatInterval, formatNumber } from './format';

/** One relation checked on one figure: what it is, what it depends on, and whether it holds. */
export interface Relation {
  readonly target: Cell;
  readonly inputs: readonly Cell[];
  readonly formula: AppliedFormula;
  readonly computed: Interval;
  readonly consistent: boolean;
}

const BOUND_WORDS: Readonly<Record<BoundOp, Message>> = {
  '<=': { sv: 'högst', en: 'at most' },
  '<': { sv: 'mindre än', en: 'less than' },
  '>=': { sv: 'minst', en: 'at least' },
  '>': { sv: 'större än', en: 'greater than' },
};

/**
 * True when a formula holds for a printed figure: for a bound (`<= summa`), when some value the figure
 * stands for compares so with some value the expression gives; otherwise as consistentWith says.
 */
export function formulaHolds(cell: Cell, declared: Interval, computed: Interval, source: FormulaSource): boolean {
  const bound = source.parsed.bound;
  return bound ? boundHolds(bound, declared, computed) : consistentWith(cell, declared, computed);
}

/** True when some value of `declared` compares by `op` with some value of `computed`. */
export function boundHolds(op: BoundOp, declared: Interval, computed: Interval): boolean {
  switch (op) {
    case '<=': return R.cmp(declared.lo, computed.hi) <= 0;
    case '<': return R.cmp(declared.lo, computed.hi) < 0;
    case '>=': return R.cmp(declared.hi, computed.lo) >= 0;
    case '>': return R.cmp(declared.hi, computed.lo) > 0;
  }
}

/** True when the printed figure can be the rounding of some value in the computed interval. */
export function consistentWith(cell: Cell, declared: Interval, computed: Interval): boolean {
  if (cell.rounding === 'största_rest' && cell.source?.literal.kind === 'number') {
    const shown = toUnit(computed, cell.unit);
    const v = cell.source.literal.value;
    return R.cmp(R.floorTo(shown.lo, cell.decimals), v) <= 0 && R.cmp(v, R.ceilTo(shown.hi, cell.decimals)) <= 0;
  }
  return I.overlaps(declared, computed);
}

function dedupeCells(cells: readonly Cell[]): Cell[] {
  return [...new Set(cells)];
}

const MAX_LISTED = 12;
/** How many printed inputs of a relation a finding names for blame: a sum over a thousand cells is no culprit hunt. */
const MAX_BLAMED = 50;

function inputsText(engine: Engine, inputs: readonly Cell[]): Message {
  const list = dedupeCells(inputs);
  const shown = list.slice(0, MAX_LISTED).map((c) => {
    if (c.source?.literal.kind === 'number') return { sv: `${c.key} = ${printedBoth(c).sv}`, en: `${c.key} = ${printedBoth(c).en}` };
    const v = valueText(engine.valueOf(c), c);
    return { sv: `${c.key} = ${v.sv}`, en: `${c.key} = ${v.en}` };
  });
  const more = list.length > MAX_LISTED ? list.length - MAX_LISTED : 0;
  return {
    sv: shown.map((x) => x.sv).join(', ') + (more ? ` och ${more} till` : ''),
    en: shown.map((x) => x.en).join(', ') + (more ? ` and ${more} more` : ''),
  };
}

export function checkRelations(engine: Engine, tables: readonly Table[]): { relations: Relation[]; findings: Finding[] } {
  const relations: Relation[] = [];
  const findings: Finding[] = [];
  for (const table of tables) {
    if (engine.index.tables.get(table.id) !== table) continue;
    for (const row of table.dataRows) {
      for (const column of table.columns) {
        const cell = engine.index.cell(table, row, column);
        const declared = engine.declared(cell);
        const formulas = engine.formulasFor(cell);
        if (formulas.length === 0) continue;
        if (declared.kind === 'missing') {
          // A computed cell is evaluated even when nothing refers to it, so that its unknown references
          // and cycles are reported.
          engine.valueOf(cell);
          continue;
        }
        if (declared.kind !== 'number') {
          // A cell printed as "–" or text is not compared, but its formulas' names are resolved, so that
          // what they name wrongly is reported.
          for (const f of formulas) if (f.kind === 'author') engine.bind(f.source, f.ctx);
          continue;
        }
        for (const f of formulas) {
          const r = engine.run(f.source, f.ctx);
          if (f.kind === 'author' && r.inputs.includes(cell)) {
            // A figure compared with itself proves nothing; the formula names the wrong cell.
            engine.record({
              code: 'formula-error',
              source: f.source,
              message: {
                sv: `Formeln ${f.source.parsed.text} refererar till cellen den kontrollerar (${cell.key}).`,
                en: `The formula ${f.source.parsed.text} refers to the cell it checks (${cell.key}).`,
              },
            });
            continue;
          }
          if (r.value.kind !== 'number') continue;
          const copied = copyOf(f, r.inputs, cell);
          if (copied) {
            // Two printings of one fact at one precision must read the same (XBRL's duplicate facts):
            // intervals that merely touch would let a one-unit slip pass.
            const same = R.cmp((copied.source!.literal as { value: R.Rational }).value, (cell.source!.literal as { value: R.Rational }).value) === 0;
            relations.push({ target: cell, inputs: [copied], formula: f, computed: r.value.interval, consistent: same });
            if (!same) findings.push(duplicateFinding(cell, copied, f));
            continue;
          }
          const consistent = formulaHolds(cell, declared.interval, r.value.interval, f.source);
          const relation: Relation = { target: cell, inputs: dedupeCells(r.inputs), formula: f, computed: r.value.interval, consistent };
          relations.push(relation);
          if (!consistent) findings.push(relationFinding(engine, relation, declared.interval));
        }
      }
    }
  }
  return { relations, findings };
}

/**
 * The cell an author's formula merely copies (the formula is one reference) when both print the fact the
 * same way: a printed number each, in the same unit, with the same decimals and rounding. Undefined
 * otherwise, and then the interval rule applies (a copy at another precision is a rounding of it).
 */
function copyOf(f: AppliedFormula, inputs: readonly Cell[], cell: Cell): Cell | undefined {
  if (f.kind !== 'author' || f.source.parsed.bound || f.source.parsed.expr?.kind !== 'ref') return undefined;
  const unique = dedupeCells(inputs);
  if (unique.length !== 1) return undefined;
  const from = unique[0];
  if (from.source?.literal.kind !== 'number' || cell.source?.literal.kind !== 'number') return undefined;
  if (from.unit !== cell.unit || from.decimals !== cell.decimals || from.rounding !== cell.rounding) return undefined;
  return from;
}

function duplicateFinding(cell: Cell, from: Cell, f: AppliedFormula): Finding {
  const label = cellLabel(cell);
  const here = printedBoth(cell);
  const there = printedBoth(from);
  return {
    code: 'duplicate-fact',
    at: { origin: cell.source!.origin },
    message: {
      sv: `${label.sv}: tryckt ${here.sv}, men det är samma uppgift som ${from.key}, tryckt ${there.sv} med samma enhet och precision; de ska vara lika.`,
      en: `${label.en}: printed ${here.en}, but it is the same fact as ${from.key}, printed ${there.en} in the same unit and precision; they must be equal.`,
    },
    related: [
      { at: { origin: f.source.origin }, message: { sv: `formeln: ${f.source.parsed.text}`, en: `the formula: ${f.source.parsed.text}` } },
      { at: { origin: from.source!.origin }, message: { sv: `${from.key} = ${there.sv}`, en: `${from.key} = ${there.en}` } },
    ],
    // The copied figure is involved too: either may be the typo (rules/blame.ts).
    data: {
      cell: cell.key,
      label,
      computed: R.toFixed((from.source!.literal as { value: R.Rational }).value, cell.decimals),
      computedText: there.sv,
      inputs: [{ key: from.key, origin: from.source!.origin, label: cellLabel(from) }],
    },
  };
}

function relationFinding(engine: Engine, rel: Relation, declared: Interval): Finding {
  const cell = rel.target;
  const label = cellLabel(cell);
  const formText = rel.formula.source.parsed.text;
  const form = rel.formula.kind === 'form';
  const computedShown = valueText({ kind: 'number', interval: rel.computed }, cell, 2);
  const declaredShown = formatInterval(toUnit(declared, cell.unit), cell.decimals + 1, 'sv');
  const declaredShownEn = formatInterval(toUnit(declared, cell.unit), cell.decimals + 1, 'en');
  const figure = printedBoth(cell);
  const inputs = inputsText(engine, rel.inputs.filter((c) => c !== cell));
  const rule = form
    ? { sv: `uppställningsformens (${cell.table.form}) samband ${formText}`, en: `the identity ${formText} of the standard form ${cell.table.form}` }
    : { sv: `formeln ${formText}`, en: `the formula ${formText}` };
  const cells = { sv: inputs.sv ? ` Celler: ${inputs.sv}.` : '', en: inputs.en ? ` Cells: ${inputs.en}.` : '' };
  // An exact figure (a count) stands for itself, not for an interval.
  let message: Message = cell.exact ? {
    sv: `${label.sv}: tryckt ${figure.sv} är exakt, men ${rule.sv} ger ${computedShown.sv}.${cells.sv}`,
    en: `${label.en}: printed ${figure.en} is exact, but ${rule.en} gives ${computedShown.en}.${cells.en}`,
  } : {
    sv: `${label.sv}: tryckt ${figure.sv} står för ${declaredShown}, men ${rule.sv} ger ${computedShown.sv}.${cells.sv}`,
    en: `${label.en}: printed ${figure.en} stands for ${declaredShownEn}, but ${rule.en} gives ${computedShown.en}.${cells.en}`,
  };
  const bound = rel.formula.source.parsed.bound;
  if (bound) {
    const expr = formText.replace(/^\s*(<=|>=|<|>)\s*/, '');
    message = {
      sv: `${label.sv}: tryckt ${figure.sv} ska vara ${BOUND_WORDS[bound].sv} ${expr}, som ger ${computedShown.sv}.${cells.sv}`,
      en: `${label.en}: printed ${figure.en} must be ${BOUND_WORDS[bound].en} ${expr}, which gives ${computedShown.en}.${cells.en}`,
    };
  } else if (cell.rounding === 'största_rest') {
    // Shares rounded by largest remainder may be the floor or the ceiling of the exact share.
    const shown = toUnit(rel.computed, cell.unit);
    const lo = R.floorTo(shown.lo, cell.decimals);
    const hi = R.ceilTo(shown.hi, cell.decimals);
    const range = (l: 'sv' | 'en') => `${formatNumber(lo, cell.decimals, l)}–${formatNumber(hi, cell.decimals, l)}${unitText(cell)}`;
    message = {
      sv: `${label.sv}: tryckt ${figure.sv}, men ${rule.sv} ger ${computedShown.sv}; avrundad med största rest ska siffran ligga inom ${range('sv')}.${cells.sv}`,
      en: `${label.en}: printed ${figure.en}, but ${rule.en} gives ${computedShown.en}; rounded by largest remainder the figure must lie within ${range('en')}.${cells.en}`,
    };
  }
  const related: RelatedPlace[] = [];
  if (!form) related.push({ at: { origin: rel.formula.source.origin }, message: { sv: `formeln: ${formText}`, en: `the formula: ${formText}` } });
  // As many cells as the message lists: a formula over a thousand cells must not give each of its
  // findings a thousand related locations, which made such a table cost cubic time and gigabytes.
  for (const c of dedupeCells(rel.inputs.filter((x) => x !== cell)).slice(0, MAX_LISTED)) {
    const f = printedBoth(c);
    related.push({ at: { origin: c.source ? c.source.origin : c.row.origin }, message: { sv: `${c.key} = ${f.sv}`, en: `${c.key} = ${f.en}` } });
  }
  const mid = toUnit({ lo: I.midpoint(rel.computed), hi: I.midpoint(rel.computed) }, cell.unit).lo;
  // The printed figures the relation involves, for the blame of several findings on one cell
  // (rules/blame.ts).
  const printedInputs = dedupeCells(rel.inputs.filter((x) => x !== cell && x.source?.literal.kind === 'number')).slice(0, MAX_BLAMED);
  return {
    code: form ? 'form-inconsistent' : 'calc-inconsistent',
    at: { origin: cell.source!.origin },
    message,
    related,
    data: {
      cell: cell.key,
      label,
      computed: R.toFixed(mid, cell.decimals),
      computedText: formatNumber(mid, cell.decimals, 'sv'),
      inputs: printedInputs.map((c) => ({ key: c.key, origin: c.source!.origin, label: cellLabel(c) })),
    },
  };
}
