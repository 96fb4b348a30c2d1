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
 * Changes every exact figure of the sample that takes part in a relation (counts) by one unit, up and
 * then down, and reports those whose change no error names: an exact figure has no rounding to hide in.
 */
export function exactCountsMissed(): { missed: string[]; tried: number } {
  return missedAmong((c) => c.exact && c.source?.literal.kind === 'number', (cell) => {
    const lit = cell.source!.literal;
    if (lit.kind !== 'number') return [];
    const step = R.pow10(-cell.decimals);
    return [R.add(lit.value, step), R.sub(lit.value, step)].map((v) => R.toFixed(v, cell.decimals));
  });
}
