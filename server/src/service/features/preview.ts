// The live preview: the chapter being edited (or the whole report, from its manifest or letter) rendered
// by the same renderer as `regbrev render`, with the checker's findings marked on the figures they stand
// on and every heading, table and cell tied to its source so that an editor can jump both ways.
import type { ProjectAnalysis } from '../analyze';
import type { Language, Location, Problem } from '../problems';
import { createCheckMarks, findingKey } from '../render/checks';
import type { CellFinding, CheckMarks } from '../render/checks';
import { labels } from '../render/labels';
import { sectionTitle } from '../render/outline';
import { renderReport } from '../render/report';
import { SourceMap } from '../render/sourceMap';
import { reportTitle } from '../render/titlePage';
import type { LocateFn } from '../tables/locate';

export interface Preview {
  /** The file the preview was asked for. */
  readonly uri: string;
  /** One chapter (the file asked for is a chapter), the whole report, or nothing (no report has the file). */
  readonly scope: 'chapter' | 'report' | 'none';
  /** Why there is nothing to show, when the scope is 'none'. */
  readonly message?: string;
  /** The report's manifest. */
  readonly reportUri?: string;
  /** A short title for the preview's tab: the chapter's heading or the report's title. */
  readonly title: string;
  /** The body's content, without `<html>`: headings, sections, tables and cells carry `data-src="<n>"`. */
  readonly html: string;
  readonly css: string;
  /** Where each `data-src` index points in the sources. */
  readonly sources: readonly Location[];
  /** Every file of the report, so that a client can follow the active editor within it. */
  readonly files: readonly string[];
}

/** The preview of a file that belongs to no report: a message instead of a page. */
export function noPreview(uri: string, language: Language): Preview {
  const message = language === 'en'
    ? 'This file belongs to no annual report: no file with typ: årsredovisning lists it, and it is no report file itself.'
    : 'Filen hör inte till någon årsredovisning: ingen fil med typ: årsredovisning listar den, och den är ingen rapportfil själv.';
  return { uri, scope: 'none', message, title: language === 'en' ? 'Preview' : 'Förhandsvisning', html: '', css: '', sources: [], files: [] };
}

/** The report's findings by the position they stand on, for marking the figures in the page. */
export function checkMarksFor(pa: ProjectAnalysis, problems: (uri: string) => readonly Problem[], language: Language): CheckMarks {
  const findings = new Map<string, CellFinding[]>();
  for (const file of pa.project.uris) {
    for (const p of problems(file)) {
      const key = findingKey(p.uri, p.range.start);
      const list = findings.get(key) ?? [];
      list.push({ code: p.code, severity: p.severity, message: p.message[language] });
      findings.set(key, list);
    }
  }
  return createCheckMarks(findings);
}

export function renderPreview(
  pa: ProjectAnalysis,
  locate: LocateFn,
  uri: string,
  problems: (uri: string) => readonly Problem[],
  language: Language,
): Preview {
  const { project } = pa;
  const chapter = project.chapters.find((c) => c.uri === uri);
  const sources = new SourceMap();
  const { html, css } = renderReport(pa, locate, {
    language,
    standalone: false,
    sources,
    checks: checkMarksFor(pa, problems, language),
    chapter: chapter?.uri,
  });
  const l = labels(language);
  const heading = chapter ? sectionTitle(chapter, l) : undefined;
  const title = heading ? [heading.number, heading.text].filter(Boolean).join(' ') : reportTitle(pa, l);
  return {
    uri,
    scope: chapter ? 'chapter' : 'report',
    reportUri: project.manifest.uri,
    title,
    html,
    css,
    sources: sources.locations,
    files: project.uris,
  };
}
