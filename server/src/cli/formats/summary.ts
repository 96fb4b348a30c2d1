// Counts of findings and the one-line summary people read at the end of a run, in both languages.
import type { Language, Severity } from '../../service/index';

export interface Counts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

export function countSeverities(findings: readonly { readonly severity: Severity }[]): Counts {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 fynd i 4 filer (2 fel, 1 varning, 0 info)" / "3 problems in 4 files (2 errors, 1 warning, 0 info)". */
export function summaryLine(c: Counts, files: number, language: Language): string {
  const total = c.error + c.warning + c.info;
  if (language === 'sv') {
    const where = `i ${plural(files, 'fil', 'filer')}`;
    if (total === 0) return `Inga fynd ${where}.`;
    return `${total} fynd ${where} (${c.error} fel, ${plural(c.warning, 'varning', 'varningar')}, ${c.info} info).`;
  }
  const where = `in ${plural(files, 'file', 'files')}`;
  if (total === 0) return `No problems ${where}.`;
  return `${plural(total, 'problem', 'problems')} ${where} (${plural(c.error, 'error', 'errors')}, ${plural(c.warning, 'warning', 'warnings')}, ${c.info} info).`;
}

export const SEVERITY_LABEL: Record<Language, Record<Severity, string>> = {
  sv: { error: 'fel', warning: 'varning', info: 'info' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};
