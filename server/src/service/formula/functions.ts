// The functions of the formula language, each with its Swedish name: the binder resolves a call by this
// list and completion offers it, so that what can be written and what is understood are one list.
import type { Message } from '../problems';

type FunctionName = 'sum' | 'avg' | 'min' | 'max' | 'abs' | 'count' | 'countif' | 'prev';

export interface FormulaFunction {
  readonly name: FunctionName;
  /** The Swedish name, which means the same. */
  readonly alias: string;
  readonly signature: string;
  readonly description: Message;
}

export const FUNCTIONS: readonly FormulaFunction[] = [
  { name: 'sum', alias: 'summa', signature: 'sum(a, b, …) / sum(*) / sum(a:b)', description: { sv: 'summan av celler: sum(a, b), sum(a:b), sum(*)', en: 'sum of cells' } },
  { name: 'avg', alias: 'medel', signature: 'avg(a, b, …)', description: { sv: 'medelvärdet', en: 'average' } },
  { name: 'min', alias: 'min', signature: 'min(a, b, …)', description: { sv: 'minsta värdet', en: 'minimum' } },
  { name: 'max', alias: 'max', signature: 'max(a, b, …)', description: { sv: 'största värdet', en: 'maximum' } },
  { name: 'abs', alias: 'abs', signature: 'abs(a)', description: { sv: 'absolutbeloppet', en: 'absolute value' } },
  { name: 'count', alias: 'antal', signature: 'count(a, b, …)', description: { sv: 'antal icke-tomma celler', en: 'number of non-empty cells' } },
  { name: 'countif', alias: 'antal_om', signature: 'countif(Tabell, kolumn = "värde", …)', description: { sv: 'antal rader som uppfyller villkoren: countif(T, kol = "X")', en: 'rows matching conditions' } },
  { name: 'prev', alias: 'föregående', signature: 'prev(a)', description: { sv: 'samma cell föregående år: prev(rad)', en: 'the same cell the year before' } },
];

const BY_NAME = new Map<string, FormulaFunction>(FUNCTIONS.flatMap((f) => [[f.name, f], [f.alias, f]] as const));

/** The function a call names, by its English or Swedish name in any case. */
export function functionNamed(name: string): FormulaFunction | undefined {
  return BY_NAME.get(name.toLowerCase());
}
