// The report's figures for the command line: the service's records with files named relative to the
// report's folder, as `export` prints them and `render` writes them to tabeller.json.
import { dirname, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FigureExport, Language, LanguageService, ReportInfo } from '../service/index';
import { figuresJson } from './formats/figures';
import type { FigureSources } from './formats/figures';
import { UsageError } from './load';
import { positionAt } from './positions';

/** Paths relative to the report's folder, with forward slashes; positions from the texts the service holds. */
export function figureSources(service: LanguageService, manifestUri: string): FigureSources {
  const root = dirname(fileURLToPath(manifestUri));
  return {
    file: (uri) => {
      try {
        return relative(root, fileURLToPath(uri)).split(sep).join('/');
      } catch {
        return uri;
      }
    },
    position: (uri, offset) => positionAt(uri, service.getFile(uri)?.text ?? '', offset),
  };
}

/** The figures of a report, or a usage error when the service cannot give them. */
export function reportFigures(service: LanguageService, report: ReportInfo, language: Language): FigureExport {
  const data = service.figures(report.manifestUri, language);
  if (!data) throw new UsageError('Tabellerna kunde inte räknas fram / the tables could not be computed');
  return data;
}

/** tabeller.json of a report, as `render` writes it beside index.html. */
export function figuresFile(service: LanguageService, report: ReportInfo, language: Language): string {
  return figuresJson(reportFigures(service, report, language), figureSources(service, report.manifestUri));
}
