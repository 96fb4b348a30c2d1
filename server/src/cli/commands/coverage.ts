// `regbrev coverage <report|folder>`: which requirements of the letter the report answers and where,
// and the indicators' outcomes against their targets. Exit 1 when a requirement due in the report is
// unanswered (or coverage cannot be judged for YAML errors), else 0; 2 on a usage error.
import { createLanguageService } from '../../service/index';
import type { Coverage, LanguageService } from '../../service/index';
import type { Location } from '../../service/index';
import { flag, oneOf, parseArgs } from '../args';
import { coverageHtml } from '../formats/coverageHtml';
import { coverageJson } from '../formats/coverageJson';
import { coverageMarkdown } from '../formats/coverageMarkdown';
import { coverageDoc } from '../formats/coverageView';
import type { Command, CommandIO } from '../io';
import { displayPath, findFiles, inputPaths, loadIntoService, loadReportAround, UsageError, writeOutputFile } from '../load';
import { positionAt } from '../positions';
import { LIMIT_FLAGS, LIMIT_HELP, settingsFromArgs } from '../settings';

const COVERAGE_HELP = `regbrev coverage <årsredovisning|mapp…> [flaggor]

Visar hur årsredovisningen täcker regleringsbrevet: varje krav (mål, återrapporteringskrav,
uppdrag) med typ, rubrik, om det ska redovisas i årsredovisningen, status och de avsnitt
och tabeller som besvarar det; varje indikator med utfall och målvärde; och en sammanfattning.
Shows how the annual report covers the appropriation letter: every requirement with its kind,
title, whether it is due in the report, its status and the sections and tables that answer it;
every indicator with outcome and target; and a summary.

Status: besvarat (answered), obesvarat (unanswered), inte i årsredovisningen (not in the annual
report), inaktuellt svar (outdated answer), borttaget (removed).

  --format markdown|json|html
                         utdataformat (markdown) / output format; json har 0-baserade positioner
                         som check --format json / json has 0-based positions like check
  -o, --output <fil>     skriv till en fil i stället för stdout / write to a file instead of stdout
  --lang sv|en           språk; annars efter LC_ALL/LANG (sv* svenska, annars engelska)
                         / language; else from LC_ALL/LANG
  --rounding närmaste|trunkering
                         hur siffror avrundats när tabellen inte säger / rounding of figures
${LIMIT_HELP}  -h, --help             denna hjälp / this help

Slutkod / exit code: 0 alla krav som ska redovisas besvaras / every due requirement answered,
1 något obesvarat eller YAML-fel / something unanswered or YAML errors, 2 användningsfel / usage error.
`;

const SPEC = {
  format: { takesValue: true, alias: 'f' },
  output: { takesValue: true, alias: 'o' },
  lang: { takesValue: true },
  rounding: { takesValue: true },
  ...LIMIT_FLAGS,
  help: { takesValue: false, alias: 'h' },
} as const;

/** The reports that contain any of the files, loading the report around a lone chapter or letter. */
function reportsFor(service: LanguageService, requested: readonly string[]): Coverage[] {
  for (const uri of requested) {
    if (!service.reportOf(uri)) loadReportAround(service, uri, new Map());
  }
  return service.coverage().filter((c) => requested.some((u) => service.reportOf(u)?.manifestUri === c.manifestUri));
}

async function runCoverage(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, SPEC);
  if (args.flags.has('help')) {
    io.stdout.write(COVERAGE_HELP);
    return 0;
  }
  const cwd = io.cwd ?? process.cwd();
  const format = oneOf(flag(args, 'format'), ['markdown', 'json', 'html'] as const, 'format', 'markdown');
  const settings = settingsFromArgs(args, io.env);
  const language = settings.language;
  if (args.positionals.length === 0) throw new UsageError('Ange en årsredovisning eller mapp / give a report or folder');
  const service = createLanguageService(settings);
  const requested = loadIntoService(service, findFiles(args.positionals, cwd));
  const reports = reportsFor(service, requested);
  if (reports.length === 0) {
    throw new UsageError('Ingen årsredovisning med regleringsbrev hittades / no report with a requirement set found (typ: årsredovisning)');
  }
  const file = (uri: string) => displayPath(uri, cwd);
  const range = (loc: Location) => {
    const text = service.getFile(loc.uri)?.text ?? '';
    return { start: positionAt(loc.uri, text, loc.range.start), end: positionAt(loc.uri, text, loc.range.end) };
  };
  const where = (loc: Location) => `${file(loc.uri)}:${range(loc).start.line + 1}`;
  let text: string;
  if (format === 'json') {
    text = coverageJson(reports, (loc) => ({ file: file(loc.uri), range: range(loc) }), file, language);
  } else {
    const docs = reports.map((c) => coverageDoc(c, where, file, language));
    text = format === 'html' ? coverageHtml(docs, language) : coverageMarkdown(docs);
  }
  const out = flag(args, 'output');
  if (out !== undefined) writeOutputFile(out, text, cwd, inputPaths(service));
  else io.stdout.write(text);
  return reports.some((c) => !c.judged || c.summary.unanswered > 0) ? 1 : 0;
}

export const coverageCommand: Command = {
  name: 'coverage',
  summary: 'visa vilka krav årsredovisningen besvarar / show which requirements the report answers',
  run: runCoverage,
};
