// The identities of the standard forms as formulas, parsed once per process: they are the same for every
// report, and their origin is the form, not a file.
import { parseFormula } from '../formula/parser';
import type { FormulaSource } from '../model/types';

const cache = new Map<string, FormulaSource>();

export function formFormula(form: string, post: string, index: number, text: string): FormulaSource {
  const key = `${form}.${post}.${index}`;
  let f = cache.get(key);
  if (!f) {
    f = { parsed: parseFormula(text), origin: { uri: `regbrev:form/${form}`, ptr: `/${post}/${index}` } };
    cache.set(key, f);
  }
  return f;
}
