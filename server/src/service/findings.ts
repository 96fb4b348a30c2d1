// What a check finds, placed by model origin rather than by offset: a Finding says where it stands as an
// origin (file and JSON pointer), which part of the node (its value or key) and, in a formula, which span.
// Offsets are resolved from the current text only when a finding is reported (`locateFinding`), so that
// the finding of a table that did not change can be kept across an edit elsewhere in its file.
import type { Span } from './formula/ast';
import type { Origin } from './model/types';
import type { Message, Problem, Severity } from './problems';
import type { RuleCode } from './rules/registry';
import type { LocateFn } from './tables/locate';

interface Place {
  readonly origin: Origin;
  /** The node's value (the default) or, for a mapping entry, its key. */
  readonly target?: 'value' | 'key';
  /** A span inside the formula that stands at the origin. */
  readonly span?: Span;
}

export interface RelatedPlace {
  readonly at: Place;
  readonly message: Message;
}

export interface Finding {
  readonly code: RuleCode;
  readonly at: Place;
  readonly message: Message;
  readonly related?: readonly RelatedPlace[];
  /** Rule-specific facts for code actions, e.g. the computed value that would replace a figure. */
  readonly data?: Readonly<Record<string, unknown>>;
}

function resolve(place: Place, locate: LocateFn) {
  return place.span !== undefined ? locate.span(place.origin, place.span) : locate.origin(place.origin, place.target ?? 'value');
}

/**
 * The finding as a problem with offsets into the current text of its file. Its severity is its rule's:
 * a finding says what was found, the rule that reports it how much it matters.
 */
export function locateFinding(f: Finding, severity: Severity, locate: LocateFn): Problem {
  const at = resolve(f.at, locate);
  return {
    code: f.code,
    severity,
    uri: at.uri,
    range: at.range,
    message: f.message,
    related: f.related?.map((r) => ({ ...resolve(r.at, locate), message: r.message })),
    data: f.data,
  };
}
