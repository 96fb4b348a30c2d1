// Changes, one at a time, the figures of the sample that take part in a relation, by more than rounding
// allows, and reports those whose change no error names (by table and cell). The work is split in parts
// so that test files can run it in parallel.
import type { Cell } from '../../server/src/service/tables/cells';
import { pointerRange } from '../../server/src/service/yaml/pointer';
import * as R from '../../server/src/service/numbers/rational';
import { sampleFiles, sampleService } from './sample';
import { internalsOf } from '../../server/src/service/internal';

/** Candidate replacements: half the value (at least 100 units of the last decimal) up and down; then, for
 * limits (used ≤ granted), values far beyond any limit. */
function candidates(cell: Cell): string[] {
  const lit = cell.source!.literal;
  if (lit.kind !== 'number') return [];
  const magnitude = R.cmp(lit.value, R.ZERO) < 0 ? R.neg(lit.value) : lit.value;
  const half = R.div(magnitude, R.fromInt(2));
  const floor = R.mul(R.fromInt(100), R.pow10(-cell.decimals));
  const delta = R.cmp(half, floor) > 0 ? half : floor;
  const far = R.fromInt(1e9);
  return [R.add(lit.value, delta), R.sub(lit.value, delta), R.add(lit.value, far), R.sub(lit.value, far)].map((v) => R.toFixed(v, cell.decimals));
}

export function checkedFigureCount(): number {
  return internalsOf(sampleService()).analysis().projects[0].checkedCells.size;
}

/**
 * Changes each of `cells` to each of its candidate values in turn, the others as they were, and reports
 * the cells no candidate of which an error names (by table and cell).
 */
function missedAmong(pick: (cell: Cell, i: number) => boolean, candidatesOf: (cell: Cell) => string[]): { missed: string[]; tried: number } {
  const files = sampleFiles();
  const service = sampleService(files);
  const cells = [...internalsOf(service).analysis().projects[0].checkedCells].filter(pick);
  const missed: string[] = [];
  for (const cell of cells) {
    const uri = cell.table.uri;
    const original = files.get(uri)!;
    const range = pointerRange(internalsOf(service).fileState(uri)!.parsed.doc, cell.source!.origin.ptr, 'value');
    let caught = false;
    for (const value of candidatesOf(cell)) {
      service.setFile({ uri, text: original.slice(0, range.start) + value + original.slice(range.end) });
      const problems = [...service.analyze().problems.values()].flat();
      caught = problems.some((p) => p.severity === 'error' && p.message.en.includes(cell.table.id) &&
        ((p.uri === uri && p.range.start === range.start) || p.message.en.includes(cell.key)));
      if (caught) break;
    }
    service.setFile({ uri, text: original });
    if (!caught) missed.push(cell.key);
  }
  return { missed, tried: cells.length };
}

export function mutationsMissed(part: number, parts: number): { missed: string[]; tried: number } {
  return missedAmong((_, i) => i % parts === part, candidates);
}

/**
 * The figures whose every relation a change by one unit may keep: bounds ("at most", a union's total at
 * least its largest part), claims rounded in the prose ("cirka 465 000"), and relations with a rounded
 * figure on either side (a share in per cent of two counts), which hides a one-unit change of a count.
 */
function looselyRelatedOnly(): Set<string> {
  const pa = internalsOf(sampleService()).analysis().projects[0];
  const exact = new Map([...pa.checkedCells].map((c) => [c.key, c.exact]));
  const loose = new Set<string>();
  const strict = new Set<string>();
  for (const r of pa.relations) {
    const keys = [r.target, ...r.inputs];
    const into = /^\s*[<>]/.test(r.formula.text) || !keys.every((k) => exact.get(k)) ? loose : strict;
    for (const k of keys) into.add(k);
  }
  for (const c of pa.claims.results) {
    const into = c.claim.op === '=' && c.inputs.every((cell) => cell.exact) ? strict : loose;
    for (const cell of c.inputs) into.add(cell.key);
  }
  return new Set([...loose].filter((k) => !strict.has(k)));
}

/**
 * Changes every exact figure of the sample that takes part in an equality of exact figures (counts) by one
 * unit, up and then down, and reports those whose change no error names: an exact figure has no rounding
 * to hide in. Figures only loosely related (looselyRelatedOnly) are left out, as a one-unit change keeps
 * their relations.
 */
export function exactCountsMissed(): { missed: string[]; tried: number } {
  const bounded = looselyRelatedOnly();
  return missedAmong((c) => c.exact && c.source?.literal.kind === 'number' && !bounded.has(c.key), (cell) => {
    const lit = cell.source!.literal;
    if (lit.kind !== 'number') return [];
    const step = R.pow10(-cell.decimals);
    return [R.add(lit.value, step), R.sub(lit.value, step)].map((v) => R.toFixed(v, cell.decimals));
  });
}
