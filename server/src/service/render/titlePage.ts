// The title page: the agency, "Årsredovisning <år>", the diarienummer, and the manifest's facts
// (financial year, the appropriation letter and its amendments, the leadership) as a colophon.
import type { ProjectAnalysis } from '../analyze';
import { escapeHtml } from './escape';
import { longDate } from './labels';
import type { Labels } from './labels';
import type { Language } from '../problems';

/** A top-level string of the manifest that the model does not keep (diarienummer, rapportnummer). */
export function manifestField(pa: ProjectAnalysis, key: string): string | undefined {
  const value = pa.project.manifestFile.parsed.value;
  if (value === null || typeof value !== 'object') return undefined;
  const v = (value as Record<string, unknown>)[key];
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}

export function reportTitle(pa: ProjectAnalysis, l: Labels): string {
  const year = pa.project.manifest.year;
  return year !== undefined ? `${l.annualReport} ${year}` : l.annualReport;
}

function row(term: string, value: string | undefined): string {
  return value ? `<div><dt>${escapeHtml(term)}</dt><dd>${value}</dd></div>` : '';
}

export function renderTitlePage(pa: ProjectAnalysis, l: Labels, language: Language): string {
  const { manifest, requirementSet: rs } = pa.project;
  const dnr = manifestField(pa, 'diarienummer');
  const reportNo = manifestField(pa, 'rapportnummer');
  const when = (d: string | undefined) => (d ? ` (${escapeHtml(l.decided)} ${escapeHtml(longDate(d, language))})` : '');
  const letter = rs?.diarienummer ? `${escapeHtml(rs.diarienummer)}${when(rs.beslutad)}` : undefined;
  const amendments = rs && rs.amendments.length > 0
    ? rs.amendments.map((a) => `${escapeHtml(a.diarienummer)}${when(a.beslutad)}`).join('<br>')
    : undefined;
  const form = manifest.leadershipForm ? l.leadershipForms[manifest.leadershipForm] ?? manifest.leadershipForm : undefined;
  const members = manifest.leadership.map((m) => escapeHtml(m.roll ? `${m.namn}, ${m.roll}` : m.namn)).join('<br>');
  const leadership = [form ? escapeHtml(form) : '', members].filter(Boolean).join('<br>') || undefined;
  return [
    '<header class="title-page">',
    '<div class="title-block">',
    manifest.myndighet ? `<p class="agency">${escapeHtml(manifest.myndighet)}</p>` : '',
    `<h1 class="report-title">${escapeHtml(reportTitle(pa, l))}</h1>`,
    dnr ? `<p class="dnr">${escapeHtml(l.diarienummer)} ${escapeHtml(dnr)}</p>` : '',
    reportNo ? `<p class="report-number">${escapeHtml(l.reportNumber)} ${escapeHtml(reportNo)}</p>` : '',
    '</div>',
    '<dl class="colophon">',
    row(l.agency, manifest.myndighet && escapeHtml(manifest.myndighet)),
    row(l.fiscalYear, manifest.year !== undefined ? String(manifest.year) : undefined),
    row(l.letter, letter),
    row(l.amendments, amendments),
    row(l.leadership, leadership),
    '</dl>',
    `<p class="generated">${escapeHtml(l.generated)}</p>`,
    '</header>',
  ].filter(Boolean).join('\n');
}
