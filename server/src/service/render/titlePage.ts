// The title page: the agency, "Årsredovisning <år>", the diarienummer, and the manifest's facts
// (financial year, the appropriation letter and its amendments, the leadership) as a colophon.
//
// The title is set large but is no heading, as a word processor's "Title" style is not: the headings of
// the report are its chapters (h1) and sections, so that the PDF's bookmarks, which Chromium builds from
// the headings, start with the chapters. The page's <title> and the banner landmark name the report.
import type { ProjectAnalysis } from '../analyze';
import { escapeHtml } from './escape';
import { longDate, ownWords } from './labels';
import type { Labels } from './labels';
import { answeredPart } from '../model/partStatus';
import type { Language } from '../problems';

/** A top-level string of the manifest that the model does not keep (diarienummer, rapportnummer). */
function manifestField(pa: ProjectAnalysis, key: string): string | undefined {
  const value = pa.project.manifestFile.parsed.value;
  if (value === null || typeof value !== 'object') return undefined;
  const v = (value as Record<string, unknown>)[key];
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}

/**
 * The report's title: "Årsredovisning 2023"; for a redovisning, its kind and its requirement's heading,
 * "Delredovisning: Uppdrag att införa digital tillståndsprövning".
 */
export function reportTitle(pa: ProjectAnalysis, l: Labels): string {
  const { manifest } = pa.project;
  if (manifest.kind === 'redovisning') {
    const answered = answeredPart(pa.project);
    const kind = l.partReports[answered?.part.typ ?? 'redovisning'];
    const what = answered ? answered.requirement.rubrik ?? answered.requirement.id : manifest.concerns?.requirementId;
    return what ? `${kind}: ${what}` : kind;
  }
  const year = manifest.year;
  return year !== undefined ? `${l.annualReport} ${year}` : l.annualReport;
}

/** A fact of the colophon: the term is the renderer's word, the value (markup) mostly the source's. */
function row(term: string, value: string | undefined, l: Labels): string {
  return value ? `<div><dt${l.langAttr}>${escapeHtml(term)}</dt><dd>${value}</dd></div>` : '';
}

export function renderTitlePage(pa: ProjectAnalysis, l: Labels, language: Language): string {
  const { manifest, requirementSet: rs } = pa.project;
  const dnr = manifestField(pa, 'diarienummer');
  const reportNo = manifestField(pa, 'rapportnummer');
  const when = (d: string | undefined) => (d ? ` ${ownWords(l, `(${escapeHtml(l.decided)} ${escapeHtml(longDate(d, language))})`)}` : '');
  const letter = rs?.diarienummer ? `${escapeHtml(rs.diarienummer)}${when(rs.beslutad)}` : undefined;
  const amendments = rs && rs.amendments.length > 0
    ? rs.amendments.map((a) => `${escapeHtml(a.diarienummer)}${when(a.beslutad)}`).join('<br>')
    : undefined;
  const form = manifest.leadershipForm ? l.leadershipForms[manifest.leadershipForm] ?? manifest.leadershipForm : undefined;
  const members = manifest.leadership.map((m) => escapeHtml(m.roll ? `${m.namn}, ${m.roll}` : m.namn)).join('<br>');
  const leadership = [form ? ownWords(l, escapeHtml(form)) : '', members].filter(Boolean).join('<br>') || undefined;
  return [
    '<header class="title-page">',
    '<div class="title-block">',
    manifest.myndighet ? `<p class="agency">${escapeHtml(manifest.myndighet)}</p>` : '',
    `<p class="report-title"${l.langAttr}>${escapeHtml(reportTitle(pa, l))}</p>`,
    dnr ? `<p class="dnr">${ownWords(l, escapeHtml(l.diarienummer))} ${escapeHtml(dnr)}</p>` : '',
    reportNo ? `<p class="report-number">${ownWords(l, escapeHtml(l.reportNumber))} ${escapeHtml(reportNo)}</p>` : '',
    '</div>',
    '<dl class="colophon">',
    row(l.agency, manifest.myndighet && escapeHtml(manifest.myndighet), l),
    row(l.fiscalYear, manifest.year !== undefined ? String(manifest.year) : undefined, l),
    row(l.reportDate, manifest.date && escapeHtml(longDate(manifest.date, language)), l),
    row(l.recipient, manifest.recipient && escapeHtml(manifest.recipient), l),
    row(l.letter, letter, l),
    row(l.amendments, amendments, l),
    row(l.leadership, leadership, l),
    '</dl>',
    `<p class="generated"${l.langAttr}>${escapeHtml(l.generated)}</p>`,
    '</header>',
  ].filter(Boolean).join('\n');
}
