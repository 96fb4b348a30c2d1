// `regbrev check [paths|globs]`: checks the reports and prints the findings in one or more formats;
// exit 0 when nothing is at or above --fail-on, 1 when something is, 2 on a usage or runtime error.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { Severity } from '../../service/index';
import { flag, oneOf, parseArgs } from '../args';
import type { ParsedArgs } from '../args';
import { useColor } from '../formats/color';
import { FORMAT_NAMES, FORMATS } from '../formats/index';
import type { FormatName } from '../formats/index';
import type { Command, CommandIO } from '../io';
import { findFiles, toUri, UsageError, writeOutputFile } from '../load';
import { Progress } from '../progress';
import { LIMIT_FLAGS, LIMIT_HELP, settingsFromArgs } from '../settings';
import { VERSION } from '../version';
import { checkInWorkers } from '../workers';

const CHECK_HELP = `regbrev check [sökvägar|mönster…] [flaggor]

Kontrollerar årsredovisningar och regleringsbrev: YAML, scheman, referenser, täckning,
indikatorer, tabellernas samband, regleringsbrevets villkor och FÅB.
Checks annual reports and requirement sets: YAML, schemas, references, coverage,
indicators, the tables' figures, the letter's conditions and FÅB.

Sökvägar är mappar, filer eller mönster som 'samples/**/*.yaml' (citera dem i skalet).
Paths are folders, files or patterns such as 'samples/**/*.yaml' (quote them in the shell).

  -f, --format <namn>    utdataformat / output format (text):
                           text     fil:rad:kol allvarlighet kod meddelande / file:line:col severity code message
                           stylish  grupperat per fil med sammanfattning / grouped per file with a summary
                           json     fynd med 0-baserade positioner / findings with 0-based positions
                           sarif    SARIF 2.1.0 (GitHub code scanning m.fl. / and others)
                           junit    JUnit XML, en testsvit per fil / one test suite per file
                           github   GitHub Actions-annoteringar / workflow commands
                         kan upprepas / repeatable
  -o, --output <fil>     skriv formatet före till en fil / write the preceding format to a file
                         (t.ex. / e.g. --format sarif -o regbrev.sarif --format stylish)
  --fail-on <nivå>       error|warning|info: slutkod 1 vid fynd på nivån eller högre (error)
                         exit 1 on findings at or above this level
  -q, --quiet            bara fel / errors only
  --severity <kod>=<nivå>
                         ändra en regels allvarlighet: error|warning|info|off; kan upprepas
                         change a rule's severity; repeatable (e.g. excess-digits=off)
  --stdin-filepath <sökväg>
                         läs filen från stdin och kontrollera den som om den låg på sökvägen,
                         tillsammans med resten av dess rapport / read the file from stdin and
                         check it as that path, together with the rest of its report
  --lang sv|en           meddelandenas språk; annars efter LC_ALL/LANG (sv* svenska,
                         annars engelska) / message language; else from LC_ALL/LANG
  --rounding närmaste|trunkering
                         hur siffror avrundats när tabellen inte säger / rounding of figures
  --docs-base <url>      var reglernas sidor finns (SARIF helpUri) / where the rule pages are
  -j, --jobs <n>         kontrollera rapporterna i n trådar (antalet kärnor); utdata blir densamma
                         check the reports in n threads (the number of cores); the output is the same
${LIMIT_HELP}  -h, --help             denna hjälp / this help

Färger bara i terminal och inte med NO_COLOR. Förlopp på stderr när körningen tar mer än en sekund.
Colours only on a terminal and never with NO_COLOR. Progress on stderr when a run takes over a second.

Slutkod / exit code: 0 inget på --fail-on-nivån / nothing at the --fail-on level,
1 fynd / findings, 2 användnings- eller körfel / usage or runtime error.
`;

const SPEC = {
  format: { takesValue: true, repeatable: true, alias: 'f' },
  output: { takesValue: true, repeatable: true, alias: 'o' },
  'fail-on': { takesValue: true },
  quiet: { takesValue: false, alias: 'q' },
  severity: { takesValue: true, repeatable: true },
  'stdin-filepath': { takesValue: true },
  lang: { takesValue: true },
  rounding: { takesValue: true },
  'docs-base': { takesValue: true },
  jobs: { takesValue: true, alias: 'j' },
  ...LIMIT_FLAGS,
  help: { takesValue: false, alias: 'h' },
} as const;

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** The number of workers: a positive whole number, the machine's cores by default. */
function jobsFrom(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  if (!/^[1-9]\d{0,3}$/.test(value)) throw new UsageError(`--jobs ska vara ett positivt heltal / must be a positive whole number: ${value}`);
  return Number(value);
}

interface Output {
  readonly format: FormatName;
  file?: string;
}

/**
 * Pairs each --format with the -o that follows it; a -o before any --format names the file of the
 * default format. Each format without a file goes to stdout.
 */
export function planOutputs(args: ParsedArgs): Output[] {
  const outputs: Output[] = [];
  for (const { name, value } of args.sequence) {
    if (name === 'format') outputs.push({ format: oneOf(value, FORMAT_NAMES, 'format', 'text') });
    if (name !== 'output') continue;
    if (outputs.length === 0) outputs.push({ format: 'text' });
    const last = outputs[outputs.length - 1];
    if (last.file !== undefined) {
      throw new UsageError('-o gäller formatet närmast före; ange --format igen för en fil till / -o applies to the --format before it; repeat --format for another file');
    }
    if (outputs.some((o) => o.file === value)) throw new UsageError(`Två format till samma fil / two formats to the same file: ${value}`);
    last.file = value;
  }
  return outputs.length > 0 ? outputs : [{ format: 'text' }];
}

async function runCheck(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, SPEC);
  if (args.flags.has('help')) {
    io.stdout.write(CHECK_HELP);
    return 0;
  }
  const cwd = io.cwd ?? process.cwd();
  const outputs = planOutputs(args);
  const failOn = oneOf(flag(args, 'fail-on'), ['error', 'warning', 'info'] as const, 'fail-on', 'error');
  const quiet = args.flags.has('quiet');
  const settings = settingsFromArgs(args, io.env);
  const jobs = jobsFrom(flag(args, 'jobs'));
  const language = settings.language;
  const stdinPath = flag(args, 'stdin-filepath');
  if (args.positionals.includes('-') && !stdinPath) throw new UsageError('- (stdin) kräver / needs --stdin-filepath <sökväg/path>');
  const paths = args.positionals.filter((p) => p !== '-');
  if (paths.length === 0 && !stdinPath) throw new UsageError('Ange minst en mapp, fil eller --stdin-filepath / give at least one folder, file or --stdin-filepath');

  const progress = new Progress((t) => io.stderr.write(t), language);
  const files = paths.length > 0 ? findFiles(paths, cwd) : [];
  const overlay = new Map<string, string>();
  const stdinUri = stdinPath ? toUri(resolve(cwd, stdinPath)) : undefined;
  if (stdinUri) overlay.set(stdinUri, await io.readStdin());
  progress.stage({ sv: `läser ${files.length + overlay.size} filer`, en: `reading ${files.length + overlay.size} files` });
  const result = await checkInWorkers({ settings, files, overlay, stdinUri, cwd, quiet }, jobs, (n) => {
    progress.stage({ sv: `kontrollerar ${n} filer`, en: `checking ${n} files` });
  });
  if (result.regbrevFiles === 0) {
    // A path with nothing to check is a mistake in the command line (a wrong folder, a pattern that
    // matches other YAML), never a clean report.
    throw new UsageError(`Ingen årsredovisning, inget kapitel och inget regleringsbrev i / no report, chapter or requirement set in: ${[...paths, ...(stdinPath ? [stdinPath] : [])].join(' ')}`);
  }
  const findings = result.findings.map((f) => f.finding);
  const ctx = { files: [...result.files].sort(), language, settings, version: VERSION };
  for (const o of outputs) {
    const text = FORMATS[o.format](findings, { ...ctx, color: o.file === undefined && useColor(io.stdout, io.env) });
    // Every file the service read is an input: none of them may be replaced by an output.
    if (o.file !== undefined) writeOutputFile(o.file, text, cwd, result.inputs);
    else io.stdout.write(text);
  }
  progress.finish({ sv: `${result.files.length} filer, ${findings.length} fynd`, en: `${result.files.length} files, ${findings.length} findings` });
  return findings.some((f) => RANK[f.severity] >= RANK[failOn]) ? 1 : 0;
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'kontrollera rapporter och regleringsbrev / check reports and requirement sets',
  run: runCheck,
};
