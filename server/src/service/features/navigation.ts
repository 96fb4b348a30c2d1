// Go to definition and find references: between every reference site and what it names (answers and
// requirements, outcomes and indicators, row links and the letter's financing, notes and the rows citing
// them, sections named in hänvisar_till, amendments, the manifest's files), as the name-resolution layer
// resolved them, and between formulas and the cells they use, as the binder resolves them.
import type { ProjectAnalysis } from '../analyze';
import type { Origin } from '../model/types';
import type { Location } from '../problems';
import type { LocateFn } from '../tables/locate';
import { nodeAt } from '../yaml/nodeAt';
import type { FileState } from '../workspace';
import { isFormulaPlace, referenceAt, valueContext } from './formulaRefs';
import { isTextPlace, textReferenceAt } from './textRefs';
import { modelAt, requirementSetFor } from './modelAt';
import { letterNames } from '../names/letter';
import type { Definition } from '../names/types';
import { joinPointer } from '../yaml/pointer';
import { proseRefs } from '../model/proseRefs';
import { printingTexts, proseTarget } from '../tables/proseTarget';

function targetLocation(def: Definition, locate: LocateFn): Location {
  // A file is a target as a whole: its start.
  return def.kind === 'file' ? { uri: def.origin.uri, range: { start: 0, end: 0 } } : locate.origin(def.origin);
}

export function definition(file: FileState, offset: number, pa: ProjectAnalysis | undefined, locate: LocateFn): Location[] {
  const ctx = valueContext(file, offset, pa);
  if (!ctx) return [];
  const { at, model } = ctx;
  const path = at.path;
  if (pa && isFormulaPlace(ctx)) {
    const ref = referenceAt(file, at, offset, pa, model);
    if (ref?.cell) {
      const parts = ref.ref.parts;
      // A lone row name in a row formula names the row, whichever column is evaluated.
      const target = parts.length === 1 && !path.includes('cellformler') ? ref.cell.row.origin : ref.cell.source?.origin ?? ref.cell.row.origin;
      return [locate.origin(target)];
    }
  }
  // A figure a text prints from a cell, or a name in a claim's formula: the cell.
  if (pa && isTextPlace(ctx)) {
    const ref = textReferenceAt(file, ctx, offset, pa, locate);
    if (ref && ref.kind !== 'claim' && ref.cell) return [locate.origin(ref.cell.source?.origin ?? ref.cell.row.origin)];
  }
  const origin: Origin = { uri: file.uri, ptr: joinPointer(path) };
  // The letter's own names resolve without a report; the report's need its analysis.
  const site = pa?.names.siteAt(origin) ?? letterNames(requirementSetFor(file, pa)).siteAt(origin);
  if (site?.target) return [targetLocation(site.target, locate)];
  return [];
}

export function references(file: FileState, offset: number, pa: ProjectAnalysis | undefined, locate: LocateFn, includeDeclaration: boolean): Location[] {
  if (!pa) return [];
  const at = nodeAt(file.parsed.doc, offset);
  const out: Location[] = [];
  // A name, at its definition or at any reference to it: the definition and every reference.
  const origin: Origin = { uri: file.uri, ptr: joinPointer(at.path) };
  const def = pa.names.definitionAt(origin) ?? pa.names.siteAt(origin)?.target;
  if (def && def.kind !== 'file') {
    if (includeDeclaration) out.push(locate.origin(def.origin));
    const sites = def.kind === 'requirement' || def.kind === 'goal' ? pa.names.answersTo(def.name) : pa.names.referencesTo(def.kind, def.name);
    for (const site of sites) out.push(locate.origin(site.origin));
    return out;
  }
  // A cell (its printed value) or a row (its id): the formulas that use it.
  const model = modelAt(file, at.path, pa);
  const cells = model.cell ? [model.cell] : model.row && model.table ? model.table.columns.map((c) => pa.index.cell(model.table!, model.row!, c)) : [];
  if (cells.length === 0) return out;
  if (includeDeclaration) out.push(locate.origin(model.cell?.source?.origin ?? model.row!.origin));
  const seen = new Set<string>();
  const keys = new Set(cells.map((c) => c.key));
  for (const rel of pa.relations) {
    if (!rel.inputs.some((k) => keys.has(k)) || rel.formula.kind !== 'author') continue;
    const o = rel.formula.origin;
    const k = `${o.uri}#${o.ptr}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(locate.origin(o));
  }
  // The texts that state a figure against the cells (claims) or print one of them (references).
  for (const r of pa.claims.results) {
    if (r.inputs.some((c) => keys.has(c.key))) out.push(locate.span(r.at, { start: r.claim.start, end: r.claim.end }));
  }
  for (const { origin: at, text } of printingTexts(pa.project)) {
    for (const ref of proseRefs(text)) {
      const target = proseTarget(pa.index, ref);
      if ('cell' in target && keys.has(target.cell.key)) out.push(locate.span(at, { start: ref.start, end: ref.end }));
    }
  }
  return out;
}

