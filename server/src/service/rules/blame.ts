// Blame: when one mistyped figure breaks several relations (a part of a sum that is also a part of a
// change column, of a standard form's identity, or a copy in another table), the findings would each stand
// on a correct total and the culprit would carry none, and a fix would rewrite a correct total to match the
// typo. Findings of the tables' evaluation that share exactly one printed figure, whatever their codes
// (a formula, a form, a duplicate fact), are folded into one on that figure, the likely culprit, with each
// broken relation as related information and no figure fix, as no single replacement is known to repair
// them all. The folded finding keeps the code of the finding that checks the culprit itself, if any.
import type { Finding, RelatedPlace } from '../findings';
import type { Origin } from '../model/types';
import type { Message } from '../problems';

/** A printed figure a finding involves: where it stands and how a reader names it. */
interface Figure {
  readonly origin: Origin;
  readonly label?: Message;
}

interface Involved {
  readonly finding: Finding;
  readonly cells: ReadonlyMap<string, Figure>;
}

function involved(f: Finding): Involved {
  const cells = new Map<string, Figure>();
  const data = f.data as { cell?: unknown; label?: Message; inputs?: unknown } | undefined;
  if (typeof data?.cell === 'string') cells.set(data.cell, { origin: f.at.origin, label: data.label });
  if (Array.isArray(data?.inputs)) {
    for (const i of data.inputs as { key?: unknown; origin?: Origin; label?: Message }[]) {
      if (typeof i.key === 'string' && i.origin) cells.set(i.key, { origin: i.origin, label: i.label });
    }
  }
  return { finding: f, cells };
}

/** The findings with each group that shares exactly one printed figure folded into one on that figure. */
function blame<F extends Finding>(findings: readonly F[], fold: (culprit: string, figure: Figure, group: readonly F[]) => F): F[] {
  if (findings.length < 2) return [...findings];
  const items = findings.map(involved);
  // Groups of findings linked by shared cells (union-find over the findings).
  const parent = items.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  const firstWith = new Map<string, number>();
  items.forEach((it, i) => {
    for (const key of it.cells.keys()) {
      const j = firstWith.get(key);
      if (j === undefined) firstWith.set(key, i);
      else parent[root(i)] = root(j);
    }
  });
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => {
    const r = root(i);
    const list = groups.get(r);
    if (list) list.push(i);
    else groups.set(r, [i]);
  });
  const out: F[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) {
      out.push(findings[members[0]]);
      continue;
    }
    // The figures every finding of the group involves; exactly one is the culprit.
    let common = [...items[members[0]].cells.keys()];
    for (const m of members.slice(1)) common = common.filter((k) => items[m].cells.has(k));
    if (common.length !== 1) {
      for (const m of members) out.push(findings[m]);
      continue;
    }
    const culprit = common[0];
    out.push(fold(culprit, items[members[0]].cells.get(culprit)!, members.map((m) => findings[m])));
  }
  return out;
}

/** Each folded finding as related information: where it stood and what it said. */
function relatedOf(group: readonly Finding[]): RelatedPlace[] {
  return group.map((f) => ({ at: f.at, message: f.message }));
}

/** The findings of the tables' evaluation with every group that one figure explains folded onto it. */
export function blameAcross(findings: readonly Finding[]): Finding[] {
  const blameable = findings.filter((f) => typeof (f.data as { cell?: unknown } | undefined)?.cell === 'string');
  if (blameable.length < 2) return [...findings];
  const rest = findings.filter((f) => !blameable.includes(f));
  const folded = blame(blameable, (culprit, figure, group) => {
    // The finding that checks the culprit itself says what it was compared with; it leads.
    const own = group.find((f) => (f.data as { cell?: unknown }).cell === culprit);
    return {
      code: (own ?? group[0]).code,
      at: { origin: figure.origin },
      message: {
        sv: `${figure.label?.sv ?? culprit} är troligen felskriven: ${group.length} samband som siffran ingår i går inte ihop, och den är den enda siffra som alla har gemensamt.${own ? ` ${own.message.sv}` : ''}`,
        en: `${figure.label?.en ?? culprit} is probably mistyped: ${group.length} relations it takes part in do not hold, and it is the one figure they all share.${own ? ` ${own.message.en}` : ''}`,
      },
      related: relatedOf(group),
      data: { cell: culprit, culprit: true },
    };
  });
  return [...rest, ...folded];
}
