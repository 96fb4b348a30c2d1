// `regbrev export [--format json|csv] [-o fil] <rapportmapp | årsredovisning.yaml>`: the report's tables
// as data, one record per cell, the same records `render` writes beside the page as tabeller.json. The
// summary on stderr says how many printed figures some check compares.
import { createLanguageService } from '../../service/index';
import { flag, oneOf, parseArgs } from '../args';
import { figureSources, reportFigures } from '../figures';
import { figuresCsv, figuresJson, figuresSummary } from '../formats/figures';
import type { Command, CommandIO } from '../io';
import { findFiles, loadIntoService, UsageError, writeOutputFile } from '../load';
import { settingsFromArgs } from '../settings';
import { pickProject } from './render';

const EXPORT_HELP = `regbrev export <rapportmapp | årsredovisning.yaml> [flaggor]

Skriver årsredovisningens tabeller som data, en post per cell: tabell, rad, kolumn, år, enhet,
tryckt värde, intervallet siffran står för och om någon kontroll jämför den. Samma poster
som regbrev render skriver till tabeller.json. På stderr: hur många av de tryckta siffrorna
som kontrolleras.
Writes the report's tables as data, one record per cell: table, row, column, year, unit,
printed value, the interval the figure stands for and whether a check compares it; the same
records regbrev render writes to tabeller.json. On stderr: how many printed figures are checked.

  --format json|csv      utdataformat (json) / output format; csv är RFC 4180 med rubrikrad
                         / csv is RFC 4180 with a header line
  -o, --output <fil>     skriv till en fil i stället för stdout / write to a file instead of stdout
  --lang sv|en           språk för tabellernas etiketter (Tabell/Table); annars efter LC_ALL/LANG
                         / language of the tables' labels; else from LC_ALL/LANG
  --rounding närmaste|trunkering
                         hur siffror avrundats när tabellen inte säger / rounding of figures
  -h, --help             denna hjälp / this help

Formatet beskrivs i docs/format.md / the format is described in docs/format.md.

Slutkod / exit code: 0 klart / done, 2 användningsfel / usage error.
`;

const SPEC = {
  format: { takesValue: true, alias: 'f' },
  output: { takesValue: true, alias: 'o' },
  lang: { takesValue: true },
  rounding: { takesValue: true },
  help: { takesValue: false, alias: 'h' },
} as const;

async function runExport(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, SPEC);
  if (args.flags.has('help')) {
    io.stdout.write(EXPORT_HELP);
    return 0;
  }
  const format = oneOf(flag(args, 'format'), ['json', 'csv'] as const, 'format', 'json');
  if (args.positionals.length !== 1) throw new UsageError('Ange en rapportmapp eller ett manifest / give one report folder or manifest');
  const cwd = io.cwd ?? process.cwd();
  const settings = settingsFromArgs(args, io.env);
  const service = createLanguageService(settings);
  const pa = pickProject(service, loadIntoService(service, findFiles(args.positionals, cwd)));
  const data = reportFigures(service, pa, settings.language);
  const sources = figureSources(service, pa.manifestUri);
  const text = format === 'csv' ? figuresCsv(data, sources) : figuresJson(data, sources);
  const out = flag(args, 'output');
  if (out !== undefined) writeOutputFile(out, text, cwd);
  else io.stdout.write(text);
  io.stderr.write(figuresSummary(data, settings.language));
  return 0;
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'skriv tabellernas siffror som JSON eller CSV / write the tables\' figures as JSON or CSV',
  run: runExport,
};
