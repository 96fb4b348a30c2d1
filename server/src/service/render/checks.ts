// What the checker found, as the preview shows it on the page: the findings that stand on each printed
// figure and a count of the figures each table's checks compare. The printed report leaves these out
// (a published page carries no tool marks); the preview and `regbrev render --checks` show them.
import type { Location, Severity } from '../problems';

export interface CellFinding {
  readonly code: string;
  readonly severity: Severity;
  /** The finding's message in the renderer's language, as the editor's Problems panel shows it. */
  readonly message: string;
}

export interface CheckMarks {
  /** Findings by the position of the figure they stand on (`uri#offset`). */
  readonly findings: ReadonlyMap<string, readonly CellFinding[]>;
  /** Hands out ids for the descriptions of marked cells, unique in one rendered page. */
  nextId(): string;
}

export function findingKey(uri: string, offset: number): string {
  return `${uri}#${offset}`;
}

export function createCheckMarks(findings: ReadonlyMap<string, readonly CellFinding[]>): CheckMarks {
  let n = 0;
  return {
    findings,
    nextId: () => `finding-${++n}`,
  };
}

/** The findings that stand on a figure at `location`, errors and warnings only: information is no mark. */
export function findingsAt(marks: CheckMarks, location: Location | { readonly uri: string; readonly start: number } | undefined): CellFinding[] {
  if (!location) return [];
  const start = 'range' in location ? location.range.start : location.start;
  return (marks.findings.get(findingKey(location.uri, start)) ?? []).filter((f) => f.severity !== 'info');
}
