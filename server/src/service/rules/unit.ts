// What a rule is: one unit that names the codes it reports (each with its default severity, title and
// summary), checks one scope (a file, a report, or the workspace) and returns what it found and which
// printed figures it compared, and may offer a fix per code. The registry, the settings' schema, the docs
// index and the checks that every code has its page and fixtures are all derived from these units
// (registry.ts, scripts/manifest.ts), so that adding a code is one rule file, one docs page and its fixtures.
//
// A unit reads the analysis' queries (rules/context.ts) and writes only to its own output: units share no
// state and may run in any order.
import type { Finding } from '../findings';
import { locateFinding } from '../findings';
import type { Draft, Location, Message, Problem, RelatedLocation, Severity } from '../problems';
import type { Cell } from '../tables/cells';
import type { LocateFn } from '../tables/locate';
import type { FileState } from '../workspace';
import type { Fix } from '../features/fixes/types';
import type { ReportContext, WorkspaceContext } from './context';

interface CodeInfo {
  readonly severity: Severity;
  readonly title: Message;
  /** One sentence in English: what a finding of this code means (the rules index quotes it). */
  readonly summary: string;
  /**
   * 'status' for findings that report how the report stands (an indicator reached, the coverage) rather
   * than something to fix: an editor shows them in its requirements view instead of its problems list.
   */
  readonly kind?: 'check' | 'status';
}

/** Where a unit writes what it finds; every finding gets the severity of its code in the unit. */
export interface RuleOutput<C extends string> {
  /** A finding at a range of the current text. */
  report(code: C, at: Location, message: Message, related?: readonly RelatedLocation[], data?: Record<string, unknown>): void;
  /** A finding placed by origin (kept across edits, located when reported). */
  place(finding: Finding & { readonly code: C }): void;
  /** A finding drafted elsewhere with its offsets (a file's parse and schema check). */
  draft(draft: Draft & { readonly code: C }): void;
  /** A printed figure the rule compares with something: the preview marks it as checked. */
  checked(cell: Cell): void;
}

export interface RuleUnit<C extends string = string> {
  /** The unit's name, as its file is named. */
  readonly name: string;
  readonly codes: { readonly [K in C]: CodeInfo };
  /** Checks one file, for every file handed in. */
  readonly file?: (file: FileState, out: RuleOutput<C>) => void;
  /** Checks one report: a manifest with its requirement set and chapters. */
  readonly report?: (ctx: ReportContext, out: RuleOutput<C>) => void;
  /**
   * The kinds of report `report` checks: both unless the rule judges what only an annual report has (FÅB,
   * the indicators' outcomes, the letter's finances), which a redovisning of an assignment need not.
   */
  readonly reportKinds?: readonly ('årsredovisning' | 'redovisning')[];
  /** Checks what no single report can tell (a chapter no report lists). */
  readonly workspace?: (ctx: WorkspaceContext, out: RuleOutput<C>) => void;
  /** A fix for a finding of a code, offered as a code action. */
  readonly fixes?: { readonly [K in C]?: Fix };
}

/** Declares a rule unit; the type keeps the codes it names, so that it can report those codes only. */
export function defineRule<const C extends string>(unit: RuleUnit<C>): RuleUnit<C> {
  return unit;
}

export interface UnitResult {
  readonly problems: readonly Problem[];
  readonly checked: readonly Cell[];
}

/**
 * Runs one scope of a unit. A unit that fails costs its own findings only (the error goes to `onError`),
 * and a code it does not declare is refused, so that each code has exactly one unit that reports it.
 */
export function runUnit<C extends string>(
  unit: RuleUnit<C>,
  locate: LocateFn,
  check: (out: RuleOutput<C>) => void,
  onError?: (where: string, error: unknown) => void,
): UnitResult {
  const problems: Problem[] = [];
  const checked: Cell[] = [];
  const severity = (code: C): Severity => {
    const info = unit.codes[code];
    if (!info) throw new Error(`rule ${unit.name} reported ${code}, which it does not declare`);
    return info.severity;
  };
  const out: RuleOutput<C> = {
    report(code, at, message, related, data) {
      problems.push({ code: code as unknown as Problem['code'], severity: severity(code), uri: at.uri, range: at.range, message, related, data });
    },
    place(finding) {
      problems.push(locateFinding(finding, severity(finding.code), locate));
    },
    draft(draft) {
      problems.push({ ...draft, severity: severity(draft.code) });
    },
    checked(cell) {
      checked.push(cell);
    },
  };
  try {
    check(out);
  } catch (e) {
    onError?.(`rule ${unit.name}`, e);
    return { problems: [], checked: [] };
  }
  return { problems, checked };
}
