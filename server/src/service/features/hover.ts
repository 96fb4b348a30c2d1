// Hover: a requirement's text and source, an indicator's target, direction and status, a cell's printed
// figure, computed value, formulas and interval, a reference inside a formula, and the schema's
// documentation of keys and values. Every text that comes from a report or a letter goes through mdText or
// mdCode (markdownText.ts), so that nothing an author wrote is live in the reviewer's editor; only the
// schemas' own documentation, which ships with regbrev, is Markdown as written.
import type { ProjectAnalysis } from '../analyze';
import * as I from '../numbers/interval';
import * as R from '../numbers/rational';
import { unitScale } from '../numbers/units';
import type { Indicator, Requirement, RequirementSet } from '../model/types';
import type { Language } from '../problems';
import { docsOf, schemaAt } from '../schema/schemaAt';
import type { Cell } from '../tables/cells';
import { cellLabel, printedBoth } from '../tables/describe';
import type { ProseClaim } from '../model/proseRefs';
import type { ClaimResult } from '../tables/proseClaims';
import { formatNumber } from '../tables/format';
import { nodeAt } from '../yaml/nodeAt';
import { joinPointer } from '../yaml/pointer';
import { letterNames } from '../names/letter';
import type { FileState } from '../workspace';
import { cellData } from './computedTables';
import { requirementSetFor } from './modelAt';
import { isFormulaPlace, referenceAt, valueContext } from './formulaRefs';
import { isTextPlace, textReferenceAt } from './textRefs';
import { mdCode, mdText } from './markdownText';
import type { LocateFn } from '../tables/locate';

export interface Hover {
  readonly markdown: string;
  readonly range?: { readonly start: number; readonly end: number };
}

const T = (language: Language, sv: string, en: string) => (language === 'sv' ? sv : en);

function requirementHover(r: Requirement, rs: RequirementSet, pa: ProjectAnalysis | undefined, language: Language): string {
  const kind = { mål: T(language, 'Mål', 'Goal'), återrapporteringskrav: T(language, 'Återrapporteringskrav', 'Reporting requirement'), uppdrag: T(language, 'Uppdrag', 'Assignment') }[r.kind];
  const lines = [`**${kind} ${mdText(r.id)}**${r.rubrik ? ` — ${mdText(r.rubrik)}` : ''}`, '', mdText(r.text)];
  const source = r.source ?? rs.diarienummer;
  lines.push('', `${T(language, 'Källa', 'Source')}: ${source ? mdText(source) : '–'}${rs.beslutad && !r.source ? ` (${mdText(rs.beslutad)})` : ''}`);
  if (r.addedBy) lines.push(`${T(language, 'Tillagt genom', 'Added by')} ${mdText(r.addedBy)}`);
  if (r.changedBy.length) lines.push(`${T(language, 'Ändrat genom', 'Changed by')} ${r.changedBy.map(mdText).join(', ')}`);
  if (r.removedBy) lines.push(`${T(language, 'Borttaget genom', 'Removed by')} ${mdText(r.removedBy)}`);
  if (r.revokedBy) lines.push(T(language, `Upphävt: regleringsbrevet upphäver ${mdText(r.revokedBy)}`, `Revoked: the letter revokes ${mdText(r.revokedBy)}`));
  for (const rep of r.reporting) {
    lines.push(rep.inReport
      ? `- ${T(language, 'Redovisas i årsredovisningen', 'Reported in the annual report')}`
      : `- ${T(language, 'Redovisas till', 'Reported to')} ${rep.recipient ? mdText(rep.recipient) : '–'}${rep.deadline ? ` ${T(language, 'senast', 'by')} ${mdText(rep.deadline)}` : ''}${rep.part ? ` (${mdText(rep.part)})` : ''}`);
  }
  for (const part of r.parts) {
    const kind = part.typ ? ` (${mdText(part.typ)})` : '';
    const to = part.till ? ` ${T(language, 'till', 'to')} ${mdText(part.till)}` : '';
    const by = part.senast ? ` ${T(language, 'senast', 'by')} ${mdText(part.senast)}` : '';
    const items = part.items.map((i) => mdText(i.id)).join(', ');
    lines.push(`- ${T(language, 'Del', 'Part')} ${mdText(part.id)}${kind}${to}${by}${items ? `: ${items}` : ''}`);
  }
  if (r.target) lines.push(`${T(language, 'Målvärde', 'Target')}: ${formatNumber(r.target.value, 1, language)} ${mdText(r.target.unit)}${r.target.year ? ` (${r.target.year})` : ''}, ${mdText(r.direction)}`);
  if (pa) {
    const sites = pa.names.answersTo(r.id);
    lines.push('', sites.length
      ? `${T(language, 'Besvaras i', 'Answered in')}: ${[...new Set(sites.map((s) => s.owner?.label[language] ?? ''))].map(mdText).join('; ')}`
      : r.dueInReport ? `**${T(language, 'Besvaras inte', 'Not answered')}**` : T(language, 'Behöver inte besvaras i årsredovisningen', 'Need not be answered in the report'));
  }
  return lines.join('\n');
}

function indicatorHover(ind: Indicator, pa: ProjectAnalysis | undefined, language: Language): string {
  const lines = [`**${T(language, 'Resultatindikator', 'Indicator')} ${mdText(ind.id)}** — ${mdText(ind.namn)}`];
  if (ind.goal) lines.push('', `${T(language, 'Mål', 'Goal')}: ${mdText(ind.goal)}`);
  const unit = ind.unit && ind.unit !== 'antal' && ind.unit !== 'index' ? ` ${mdText(ind.unit)}` : '';
  for (const [year, target] of [...ind.targets].sort((a, b) => a[0] - b[0])) {
    lines.push(`${T(language, 'Målvärde', 'Target')} ${year}: ${formatNumber(target, R.cmp(R.roundTo(target, 0), target) === 0 ? 0 : 1, language)}${unit}`);
  }
  lines.push(`${T(language, 'Riktning', 'Direction')}: ${ind.direction === 'lägre' ? T(language, 'lägre är bättre', 'lower is better') : T(language, 'högre är bättre', 'higher is better')}`);
  const outcome = pa ? [...pa.project.sections].flatMap((s) => s.indicatorOutcomes).find((o) => o.target === ind.id) : undefined;
  const interval = outcome && pa ? pa.outcomes.valueOf(outcome) : undefined;
  if (interval) {
    const value = R.div(I.midpoint(interval), unitScale(ind.unit));
    const decimals = R.cmp(R.roundTo(value, 0), value) === 0 ? 0 : 1;
    const year = pa!.project.manifest.year;
    const target = year !== undefined ? ind.targets.get(year) : undefined;
    const reached = target && (ind.direction === 'lägre' ? R.cmp(value, target) <= 0 : R.cmp(value, target) >= 0);
    const verdict = target ? ` — ${reached ? T(language, 'uppnått', 'reached') : T(language, 'inte uppnått', 'not reached')}` : '';
    lines.push(`${T(language, 'Utfall', 'Outcome')} ${year ?? ''}: ${formatNumber(value, decimals, language)}${unit}${verdict}`);
  } else if (pa) {
    lines.push(`**${T(language, 'Inget utfall redovisas', 'No outcome reported')}**`);
  }
  return lines.join('\n');
}

function cellHover(pa: ProjectAnalysis, cell: Cell, locate: LocateFn, language: Language): string {
  const data = cellData(pa, cell, locate, language);
  const label = cellLabel(cell)[language];
  // Intervals and computed figures are the service's own text, made of digits and brackets only.
  const lines = [`**${mdText(label)}**`, '', mdCode(cell.key)];
  const kind = { declared: T(language, 'tryckt', 'printed'), computed: T(language, 'beräknat', 'computed'), empty: T(language, 'tom', 'empty'), text: T(language, 'text', 'text'), missing: T(language, 'saknas', 'missing') }[data.kind];
  lines.push('', `${data.text ? mdText(data.text) : '–'}${cell.unit && cell.unit !== 'text' ? ` ${mdText(cell.unit)}` : ''} (${kind})`);
  if (data.interval) lines.push(`${T(language, 'Intervall', 'Interval')}: ${data.interval}`);
  for (const f of data.formulas) {
    const verdict = f.consistent === undefined ? '' : f.consistent ? ' ✓' : ` ✗ ${T(language, 'stämmer inte', 'does not hold')}`;
    const who = f.kind === 'form' ? T(language, 'uppställningsform', 'standard form') : T(language, 'formel', 'formula');
    lines.push(`- ${who}: ${mdCode(f.text)}${f.interval ? ` → ${f.interval}` : ''}${verdict}`);
  }
  return lines.join('\n');
}

/** A claim of a text: the figure it prints, what its formula gives, and whether the two agree. */
function claimHover(claim: ProseClaim, result: ClaimResult | undefined, language: Language): string {
  const unit = result?.unit && result.unit !== 'antal' && result.unit !== 'text' ? ` ${mdText(result.unit)}` : '';
  const lines = [`**${T(language, 'Siffra i texten', 'Figure in the text')}** ${mdText(claim.figure)}${unit}`, '', `${mdCode(`${claim.op} ${claim.formula}`)}`];
  if (result?.computed) {
    const decimals = Math.max(claim.decimals, 0);
    const value = R.roundTo(R.div(I.midpoint(result.computed), unitScale(result.unit)), decimals);
    const verdict = result.holds ? ' ✓' : ` ✗ ${T(language, 'stämmer inte', 'does not hold')}`;
    lines.push('', `${T(language, 'Formeln ger', 'The formula gives')} ${formatNumber(value, decimals, language)}${unit}${verdict}`);
  } else {
    lines.push('', T(language, 'Formeln ger ingen siffra.', 'The formula gives no figure.'));
  }
  const inputs = result?.inputs.slice(0, 6) ?? [];
  for (const c of inputs) lines.push(`- ${mdCode(c.key)} = ${mdText(printedBoth(c)[language])}`);
  return lines.join('\n');
}

function schemaHover(file: FileState, path: (string | number)[], language: Language): string | undefined {
  const located = file.kind ? schemaAt(file.kind, path, file.parsed.value) : undefined;
  if (!located) return undefined;
  const { title, description } = docsOf(located.schema, language);
  if (!title && !description) return undefined;
  const examples = (located.schema.examples ?? []).slice(0, 2).map((e) => `\`${typeof e === 'object' ? JSON.stringify(e) : String(e)}\``);
  return [title ? `**${title}**` : '', description ?? '', examples.length ? `${T(language, 'Exempel', 'Example')}: ${examples.join(', ')}` : ''].filter(Boolean).join('\n\n');
}

/** Hover at an offset; `project` is asked for only off keys (a key's hover is the schema's, from the file alone). */
export function hover(file: FileState, offset: number, project: () => ProjectAnalysis | undefined, locate: LocateFn, language: Language): Hover | undefined {
  const at = nodeAt(file.parsed.doc, offset);
  const range = at.scalar?.range ? { start: at.scalar.range[0], end: at.scalar.range[1] } : undefined;
  if (at.part === 'key') {
    const md = schemaHover(file, at.path, language);
    return md ? { markdown: md, range } : undefined;
  }
  const pa = project();
  const ctx = valueContext(file, offset, pa, at);
  if (!ctx) return undefined;
  const { model } = ctx;
  const path = at.path;
  const rs = requirementSetFor(file, pa);
  // A reference inside a formula: the referenced cell.
  if (pa && isFormulaPlace(ctx)) {
    const ref = referenceAt(file, at, offset, pa, model);
    if (ref?.cell) return { markdown: cellHover(pa, ref.cell, locate, language), range: ref.range };
  }
  // A figure a text prints from a cell or states against the tables.
  if (pa && isTextPlace(ctx)) {
    const ref = textReferenceAt(file, ctx, offset, pa, locate);
    if (ref?.kind === 'claim') return { markdown: claimHover(ref.claim, ref.result, language), range: ref.range };
    if (ref?.cell) return { markdown: cellHover(pa, ref.cell, locate, language), range: ref.range };
  }
  if (rs) {
    // A name at a reference site or at its definition: the report's sites need its analysis, the
    // letter's own resolve from the letter alone.
    const origin = { uri: file.uri, ptr: joinPointer(path) };
    const letter = letterNames(rs);
    const def = pa?.names.siteAt(origin)?.target ?? letter.siteAt(origin)?.target ?? letter.definitionAt(origin);
    const r = def && (def.kind === 'requirement' || def.kind === 'goal') ? rs.requirements.get(def.name) : undefined;
    if (r) return { markdown: requirementHover(r, rs, pa, language), range };
    const ind = def?.kind === 'indicator' ? rs.indicators.get(def.name) : undefined;
    if (ind) return { markdown: indicatorHover(ind, pa, language), range };
  }
  if (pa && model.cell && path.includes('värden')) return { markdown: cellHover(pa, model.cell, locate, language), range };
  const md = schemaHover(file, path, language);
  if (md) return { markdown: md, range };
  return undefined;
}
