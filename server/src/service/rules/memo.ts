// Some rules judge one model object (a table, a section) by itself alone. Their findings, placed by
// origin, are kept with the object while it lives: a file that did not change keeps its model's
// objects, so that after an edit such a rule looks again at the edited file's tables and sections only.
import type { Finding } from '../findings';

const memo = new WeakMap<object, Map<string, readonly Finding[]>>();

/** What `rule` finds in `of`, computed once per object. */
export function findingsOf<F extends Finding>(rule: string, of: object, find: () => F[]): readonly F[] {
  let byRule = memo.get(of);
  if (!byRule) {
    byRule = new Map();
    memo.set(of, byRule);
  }
  let found = byRule.get(rule) as readonly F[] | undefined;
  if (!found) {
    found = find();
    byRule.set(rule, found);
  }
  return found;
}
