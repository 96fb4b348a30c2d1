// The figures a report's texts state on their own and check against the tables (`{48 685 = T11.a.år2023 -
// T11.a.år2022}`, model/proseRefs.ts), evaluated once per analysis like the outcomes: what each formula
// gives, whether the printed figure agrees with it, and the cells it read, which thereby take part in a
// check. What the formulas name wrongly is kept as findings, placed on the formula inside the text.
import type { Finding } from '../findings';
import { parseFormula } from '../formula/parser';
import { proseClaims, unreadableClaims } from '../model/proseRefs';
import type { ProseClaim } from '../model/proseRefs';
import type { FormulaSource, Origin } from '../model/types';
import * as I from '../numbers/interval';
import type { Interval } from '../numbers/interval';
import type { Unit } from '../numbers/units';
import type { Project } from '../project';
import type { Cell } from './cells';
import { declaredInterval, exactInterval } from './cells';
import type { Engine } from './engine';
import { boundHolds } from './check';
import { issueFinding } from './issues';

export interface ClaimResult {
  /** The text the claim stands in: a section's text, a table's remark or a row's heading. */
  readonly at: Origin;
  readonly claim: ProseClaim;
  /** The unit the figure is read in: the claim's own, else that of the formula's first cell. */
  readonly unit: Unit | undefined;
  /** What the printed figure stands for, and what the formula gives, in base units; undefined when it gives no figure. */
  readonly printed: Interval;
  readonly computed?: Interval;
  readonly holds?: boolean;
  readonly inputs: readonly Cell[];
}

export interface ClaimValues {
  readonly results: readonly ClaimResult[];
  readonly findings: readonly Finding[];
}

/**
 * The interval a claim's figure stands for: ±½ of its last digit, as a figure stated in prose is rounded
 * (a third of the cases is "33,3 procent"; a whole difference of counts still matches one count only); a
 * bound's figure is a threshold ("fler än 30"), the point itself.
 */
function printedInterval(claim: ProseClaim, unit: Unit | undefined): Interval {
  return claim.op === '=' || claim.op === '~' ? declaredInterval(claim.value, claim.decimals, unit, 'närmaste') : exactInterval(claim.value, unit);
}

/** Every text of the report that may state claims: the sections' texts, the tables' remarks and the rows' headings as written. */
function* claimTexts(project: Project): Generator<{ origin: Origin; text: string }> {
  for (const s of project.sections) if (s.text?.includes('{')) yield { origin: { uri: s.uri, ptr: `${s.origin.ptr}/text` }, text: s.text };
  for (const t of project.tables) {
    if (t.note?.includes('{')) yield { origin: { uri: t.uri, ptr: `${t.origin.ptr}/anmärkning` }, text: t.note };
    for (const r of t.dataRows) if (r.rubrikSource) yield { origin: { uri: t.uri, ptr: `${r.origin.ptr}/rubrik` }, text: r.rubrikSource };
  }
}

export function evaluateClaims(project: Project, engine: Engine): ClaimValues {
  const results: ClaimResult[] = [];
  const findings: Finding[] = [];
  for (const { origin, text } of claimTexts(project)) {
    const claims = proseClaims(text);
    for (const bad of unreadableClaims(text, claims)) {
      findings.push({
        code: 'formula-syntax',
        at: { origin, span: { start: bad.start, end: bad.end } },
        message: {
          sv: `${bad.text} kan inte läsas som en siffra mot tabellerna: skriv {siffra = formel}, t.ex. {48 685 = T11.antal.år2023 - T11.antal.år2022}, med mellanslag mellan tusentalen och decimalkomma.`,
          en: `${bad.text} cannot be read as a figure checked against the tables: write {figure = formula}, e.g. {48 685 = T11.antal.år2023 - T11.antal.år2022}, with spaces between thousands and a decimal comma.`,
        },
      });
    }
    for (const claim of claims) {
      const source: FormulaSource = { parsed: parseFormula(claim.formula), origin };
      if (source.parsed.error || source.parsed.bound) {
        const err = source.parsed.error;
        findings.push({
          code: 'formula-syntax',
          at: { origin, span: err ? { start: claim.formulaStart + err.span.start, end: claim.formulaStart + err.span.end } : { start: claim.formulaStart, end: claim.formulaStart + claim.formula.length } },
          message: err
            ? { sv: `Formeln ”${claim.formula}” kan inte läsas: ${err.message.sv}.`, en: `The formula "${claim.formula}" cannot be read: ${err.message.en}.` }
            : { sv: `Jämförelsen står före formeln i {${claim.figure} ${claim.op} …}; formeln själv kan inte vara en olikhet.`, en: `The comparison stands before the formula in {${claim.figure} ${claim.op} …}; the formula itself cannot be a bound.` },
        });
        continue;
      }
      const before = engine.issues.length;
      const r = engine.run(source, { mode: 'outcome', source });
      for (const issue of engine.issues.slice(before)) {
        const f = issueFinding(issue, engine.index);
        if (!f) continue;
        // What concerns the whole formula (a divisor that may be zero) stands on all of it.
        const span = f.at.span ?? { start: 0, end: claim.formula.length };
        findings.push({ ...f, at: { ...f.at, span: { start: claim.formulaStart + span.start, end: claim.formulaStart + span.end } } });
      }
      const inputs = [...new Set(r.inputs)];
      const unit = claim.unit ?? inputs[0]?.unit;
      const printed = printedInterval(claim, unit);
      const computed = r.value.kind === 'number' ? r.value.interval : undefined;
      results.push({ at: origin, claim, unit, printed, computed, holds: computed && (claim.op === '=' || claim.op === '~' ? I.overlaps(printed, computed) : boundHolds(claim.op, printed, computed)), inputs });
    }
  }
  return { results, findings };
}
