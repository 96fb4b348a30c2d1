// unknown-reference, formula-error and calc-undefined findings that the table engine met while it
// evaluated formulas, placed on the exact part of the formula.
import type { Problem } from '../problems';
import { problem } from './context';
import type { ProjectRule } from './context';

export const engineIssues: ProjectRule = ({ engine, locate }) => {
  const out: Problem[] = [];
  for (const issue of engine.issues) {
    // Identities of the built-in forms live in no file; a problem there is the engine's, not the author's.
    if (issue.source.origin.uri.startsWith('regbrev:')) continue;
    out.push(problem(issue.code, locate.span(issue.source.origin, issue.span), issue.message));
  }
  return out;
};
