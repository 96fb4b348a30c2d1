// Code lens above each requirement and indicator of the letter: where it is answered, or that it is not;
// and above each part of a requirement reported in parts, how it stands and which report answers it.
import type { ProjectAnalysis } from '../analyze';
import { judgeParts } from '../model/partStatus';
import { PART_STATUS } from './coverage';
import type { Language, Location } from '../problems';
import type { LocateFn } from '../tables/locate';
import type { FileState } from '../workspace';

export interface Lens {
  readonly range: { readonly start: number; readonly end: number };
  readonly title: string;
  /** Where the requirement is answered; the client shows them as references. */
  readonly locations: readonly Location[];
}

const MAX_LABELS = 3;

/**
 * The lenses of a letter. Of the reports of `all` that answer it, the annual report's names say where its
 * requirements are answered; the parts are judged by every report.
 */
export function codeLenses(file: FileState, all: readonly ProjectAnalysis[], locate: LocateFn, language: Language): Lens[] {
  if (file.kind !== 'regleringsbrev' || !file.model) return [];
  const rs = file.model;
  const mine = all.filter((p) => p.project.requirementSet === rs);
  const pa = mine.find((p) => p.project.manifest.kind === 'årsredovisning');
  const names = pa?.names;
  const sv = language === 'sv';
  const items = [...rs.requirements.values(), ...rs.indicators.values()];
  const lenses = items.map((item): Lens => {
    const range = locate.origin({ uri: file.uri, ptr: `${item.origin.ptr}/id` }).range;
    const isIndicator = rs.indicators.has(item.id);
    const sites = !names ? [] : isIndicator ? names.referencesTo('indicator', item.id) : names.answersTo(item.id);
    const labels = [...new Set(sites.map((s) => s.owner?.label[language] ?? ''))];
    let title: string;
    const inParts = !isIndicator && (rs.requirements.get(item.id)?.parts.length ?? 0) > 0;
    if (inParts && labels.length === 0) {
      // Its parts are answered by redovisningar, whose lenses stand above each part.
      title = sv ? 'Redovisas i delar (se delarna nedan)' : 'Reported in parts (see the parts below)';
    } else if (!names) {
      title = sv ? 'Ingen årsredovisning besvarar detta regleringsbrev ännu' : 'No annual report answers this requirement set yet';
    } else if (labels.length > 0) {
      const shown = labels.slice(0, MAX_LABELS).join('; ');
      const more = labels.length > MAX_LABELS ? (sv ? ` och ${labels.length - MAX_LABELS} till` : ` and ${labels.length - MAX_LABELS} more`) : '';
      title = `${isIndicator ? (sv ? 'Utfall i' : 'Outcome in') : sv ? 'Besvaras i' : 'Answered in'} ${shown}${more}`;
    } else if (isIndicator) {
      title = sv ? '⚠ Inget utfall redovisas' : '⚠ No outcome reported';
    } else {
      const r = rs.requirements.get(item.id)!;
      const elsewhere = r.reporting.find((x) => !x.inReport);
      if (r.removedBy) title = sv ? `Borttaget genom ${r.removedBy}` : `Removed by ${r.removedBy}`;
      else if (r.revokedBy) title = sv ? `Upphävt: ${r.revokedBy} upphävs av regleringsbrevet` : `Revoked: the letter revokes ${r.revokedBy}`;
      else if (r.dueInReport) title = sv ? '⚠ Besvaras inte i årsredovisningen' : '⚠ Not answered in the report';
      else if (elsewhere) title = `${sv ? 'Redovisas till' : 'Reported to'} ${elsewhere.recipient ?? '–'}${elsewhere.deadline ? ` ${sv ? 'senast' : 'by'} ${elsewhere.deadline}` : ''}`;
      else title = sv ? 'Besvaras inte (behöver inte redovisas i årsredovisningen)' : 'Not answered (not due in the report)';
    }
    return { range, title, locations: sites.map((s) => locate.origin(s.origin)) };
  });
  const judged = judgeParts(mine.map((p) => p.project));
  const partLenses = [...rs.requirements.values()].flatMap((r) => r.parts).map((part): Lens => {
    const range = locate.origin({ uri: file.uri, ptr: `${part.origin.ptr}/id` }).range;
    const j = judged.get(part);
    const status = PART_STATUS[j?.status ?? 'obedömd'][language];
    const reports = j?.reports ?? [];
    const named = reports.map((p) => `${p.manifest.uri.slice(p.manifest.uri.lastIndexOf('/') + 1)}${p.manifest.date ? ` ${p.manifest.date}` : ''}`);
    const due = part.senast ? ` (${sv ? 'senast' : 'by'} ${part.senast})` : '';
    return {
      range,
      title: `${sv ? 'Delen' : 'Part'}: ${status}${named.length > 0 ? ` ${sv ? 'i' : 'in'} ${named.join(', ')}` : ''}${due}`,
      locations: reports.map((p) => locate.origin({ uri: p.manifest.uri, ptr: '' })),
    };
  });
  return [...lenses, ...partLenses];
}
