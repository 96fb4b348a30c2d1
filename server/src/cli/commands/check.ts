// `regbrev check <folder|files>`: checks the reports and prints the findings; exit 0 without errors,
// 1 with errors, 2 on a usage error.
import { createLanguageService } from '../../service/index';
import type { Language } from '../../service/problems';
import { compareProblems } from '../../service/problems';
import { flag, oneOf, parseArgs } from '../args';
import { toFinding } from '../formats/finding';
import { formatJson } from '../formats/json';
import { formatText } from '../formats/text';
import { findFiles, loadIntoService, UsageError } from '../load';
import { settingsFromArgs } from '../settings';
import type { Command, CommandIO } from '../io';

export const CHECK_HELP = `regbrev check [sökvägar…] [flaggor]

Kontrollerar årsredovisningar och regleringsbrev: YAML, scheman, referenser, täckning,
indikatorer, tabellernas samband, regleringsbrevets villkor och FÅB.
Checks annual reports and requirement sets.

  --format text|json     utdataformat (text) / output format
  --lang sv|en           meddelandenas språk (sv) / message language
  --rounding närmaste|trunkering
                         hur siffror avrundats när tabellen inte säger / rounding of figures
  -h, --help             denna hjälp / this help

Slutkod / exit code: 0 inga fel / no errors, 1 fel / errors, 2 användningsfel / usage error.
`;

async function runCheck(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, {
    format: { takesValue: true },
    lang: { takesValue: true },
    rounding: { takesValue: true },
    help: { takesValue: false, alias: 'h' },
  });
  if (args.flags.has('help')) {
    io.stdout.write(CHECK_HELP);
    return 0;
  }
  if (args.positionals.length === 0) throw new UsageError('Ange minst en mapp eller fil / give at least one folder or file');
  const format = oneOf(flag(args, 'format'), ['text', 'json'], 'format', 'text');
  const language = oneOf(flag(args, 'lang'), ['sv', 'en'], 'lang', 'sv') as Language;
  const service = createLanguageService(settingsFromArgs(args));
  const files = findFiles(args.positionals);
  const requested = loadIntoService(service, files);
  const analysis = service.analyze();
  const problems = requested.flatMap((uri) => [...(analysis.problems.get(uri) ?? [])]).sort(compareProblems);
  const findings = problems.map((p) => toFinding(service, p, language));
  io.stdout.write(format === 'json' ? formatJson(findings) : formatText(findings));
  return problems.some((p) => p.severity === 'error') ? 1 : 0;
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'kontrollera rapporter och regleringsbrev / check reports and requirement sets',
  run: runCheck,
};
