// Go to definition and find references: between answers and requirements, outcomes and indicators, row
// links and the letter's financing, notes and the rows citing them, sections named in hänvisar_till, and
// between formulas and the cells they use.
import type { ProjectAnalysis } from '../analyze';
import type { Origin } from '../model/types';
import type { Location } from '../problems';
import type { LocateFn } from '../tables/locate';
import { nodeAt } from '../yaml/nodeAt';
import type { FileState } from '../workspace';
import { isFormulaPlace, referenceAt, valueContext } from './formulaRefs';
import { modelAt, requirementSetFor } from './modelAt';
import { answersByRequirement } from './requirementsView';

function idOrigin(o: Origin): Origin {
  return { uri: o.uri, ptr: `${o.ptr}/id` };
}

export function definition(file: FileState, offset: number, pa: ProjectAnalysis | undefined, locate: LocateFn): Location[] {
  const ctx = valueContext(file, offset, pa);
  if (!ctx) return [];
  const { at, value, key, model } = ctx;
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
  const rs = requirementSetFor(file, pa);
  if (rs) {
    const id = value.split('@')[0];
    const r = rs.requirements.get(id);
    if (r && key !== 'id') return [locate.origin(idOrigin(r.origin))];
    const ind = rs.indicators.get(id);
    if (ind && key === 'indikator') return [locate.origin(idOrigin(ind.origin))];
    const f = rs.finance;
    const link = key === 'anslagspost' ? f?.posts.get(value) : key === 'verksamhet' ? f?.feeRows.get(value) : key === 'inkomsttitel' ? f?.incomeTitles.get(value) : undefined;
    if (link) return [locate.origin(idOrigin(link.origin))];
  }
  if (pa && key === 'not' && model.row) {
    const note = pa.project.sections.find((s) => String(s.not) === value);
    if (note) return [locate.origin(note.origin)];
  }
  if (pa && (key === 'hänvisar_till' || path.includes('hänvisar_till'))) {
    const target = pa.project.sections.find((s) => s.nummer === value || s.id === value);
    if (target) return [locate.origin(target.origin)];
  }
  if (pa && file.kind === 'årsredovisning' && (key === 'kapitel' || key === 'regleringsbrev')) {
    const uri = new URL(value, file.uri).toString();
    if (pa.project.uris.includes(uri)) return [{ uri, range: { start: 0, end: 0 } }];
  }
  return [];
}

export function references(file: FileState, offset: number, pa: ProjectAnalysis | undefined, locate: LocateFn, includeDeclaration: boolean): Location[] {
  if (!pa) return [];
  const at = nodeAt(file.parsed.doc, offset);
  const value = at.scalar ? String(at.scalar.value ?? '') : '';
  const rs = requirementSetFor(file, pa);
  const out: Location[] = [];
  // A requirement or indicator, wherever its id stands: every answer and outcome.
  const id = value.split('@')[0];
  const declared = rs?.requirements.get(id) ?? rs?.indicators.get(id);
  if (declared) {
    if (includeDeclaration) out.push(locate.origin(idOrigin(declared.origin)));
    for (const site of answersByRequirement(pa).get(id) ?? []) out.push(locate.origin(site.origin));
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
  return out;
}
