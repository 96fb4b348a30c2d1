// What every project rule receives, and a helper that builds problems with the rule's default severity.
import type { Location, Message, Problem, RelatedLocation } from '../problems';
import type { Project } from '../project';
import type { Cell } from '../tables/cells';
import type { Engine } from '../tables/engine';
import type { LocateFn } from '../tables/locate';
import type { TableIndex } from '../tables/resolve';
import { ruleInfo } from './registry';
import type { RuleCode } from './registry';

export interface RuleContext {
  readonly project: Project;
  readonly index: TableIndex;
  readonly engine: Engine;
  readonly locate: LocateFn;
  /** Figures that some check compares; rules add the figures they check beyond the formulas. */
  readonly checked: Set<Cell>;
  /** How many issues the engine had met when the tables were evaluated: the rest are the rules' own. */
  readonly issuesBefore: number;
}

export type ProjectRule = (ctx: RuleContext) => Problem[];

export function problem(
  code: RuleCode,
  at: Location,
  message: Message,
  related?: readonly RelatedLocation[],
  data?: Record<string, unknown>,
): Problem {
  return { code, severity: ruleInfo(code)!.severity, uri: at.uri, range: at.range, message, related, data };
}
