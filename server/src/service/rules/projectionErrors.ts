// Reading what the schema derived from the requirement set finds in the report's projection
// (derived/derivedSchema.ts): the ids of a section the report lacks (a requirement nobody answers, an
// indicator without outcome) and entries of the wrong kind. Each rule unit asks for the part it reports;
// ids the set does not have are the references rule's, from the names layer.
import type { ErrorObject } from 'ajv';
import { splitPointer } from '../yaml/pointer';
import type { ReportContext } from './context';

export type ProjectionSection = 'svar' | 'indikatorer' | 'anslagsposter' | 'avgiftsrader' | 'inkomsttitlar';

/** The ids the report lacks in one section of the projection, in the schema's order. */
export function missingEntries(ctx: ReportContext, section: ProjectionSection): string[] {
  return ctx.projectionErrors.flatMap((e) => {
    const [s, key] = splitPointer(e.instancePath);
    return e.keyword === 'required' && key === undefined && s === section ? [String((e.params as { missingProperty: string }).missingProperty)] : [];
  });
}

/** The entries of a section whose value the schema refuses (an outcome that is no figure), each once. */
export function invalidEntries(ctx: ReportContext, section: ProjectionSection, keywords: readonly string[]): string[] {
  const out = new Set<string>();
  for (const e of ctx.projectionErrors as readonly ErrorObject[]) {
    const [s, key] = splitPointer(e.instancePath);
    if (s === section && key !== undefined && keywords.includes(e.keyword)) out.add(key);
  }
  return [...out];
}

/** The JSON pointer of an entry of the projection, for its origins. */
export function entryPointer(section: ProjectionSection, id: string): string {
  return `/${section}/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}
