// `regbrev render <report-folder|manifest> -o <dir> [--pdf] [--lang sv|en]`: writes the report as static
// HTML (index.html, stylesheet inline) with its tables as data beside it (tabeller.json) and, with --pdf,
// prints it to a tagged PDF with bookmarks and metadata through a local Chromium.
// Rendering does not depend on the checks: a report with errors is rendered too, with a one-line note.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ProjectAnalysis } from '../../service/analyze';
import { createLanguageService } from '../../service/index';
import type { LanguageService } from '../../service/index';
import { flag, parseArgs } from '../args';
import { findChromium, printToPdf } from '../chromium';
import { figuresFile } from '../figures';
import { addPdfMetadata, PDF_FLAGS } from '../pdfDocument';
import { displayPath, findFiles, loadIntoService, UsageError } from '../load';
import { settingsFromArgs } from '../settings';
import type { Command, CommandIO } from '../io';

export const RENDER_HELP = `regbrev render <rapportmapp | årsredovisning.yaml> -o <mapp> [flaggor]

Skriver årsredovisningen som en statisk HTML-sida, <mapp>/index.html, med titelsida,
innehållsförteckning, kapitel, tabeller, noter och underskrifter, och tabellerna som data i
<mapp>/tabeller.json (som regbrev export). Med --pdf skrivs den också ut till en taggad PDF
med bokmärken, <mapp>/arsredovisning.pdf, med en lokalt installerad Chromium.
Writes the annual report as static HTML (<dir>/index.html) and its tables as data
(<dir>/tabeller.json, as regbrev export); with --pdf also prints it to a tagged PDF with
bookmarks, <dir>/arsredovisning.pdf, through a locally installed Chromium.

  -o, --out <mapp>       mappen som skrivs (skapas vid behov) / output folder (created if needed)
  --pdf                  skriv också ut till PDF / also print to PDF
  --checks               visa kontrollerna: fynd markerade på siffrorna och antal kontrollerade
                         siffror per tabell, som förhandsvisningen / show the checks: findings
                         marked on figures and each table's count of checked figures
  --lang sv|en           språk för rubriker som läggs till; annars efter LC_ALL/LANG
                         / language of added labels; else from LC_ALL/LANG
  --title <text>         dokumentets titel / the document's title
  -h, --help             denna hjälp / this help

Chromium söks i REGBREV_CHROMIUM, /usr/bin/chromium och chromium, chromium-browser,
google-chrome på PATH. / Chromium is looked up in REGBREV_CHROMIUM, /usr/bin/chromium, then PATH.

Slutkod / exit code: 0 klart / done, 2 användningsfel eller ingen Chromium / usage error or no Chromium.
`;

export const NO_CHROMIUM = (tried: readonly string[]) =>
  `regbrev render: hittade ingen Chromium för PDF-utskrift (sökte ${tried.join(', ')}). Installera den, `
  + 'till exempel med "apt-get install chromium", eller ange sökvägen i REGBREV_CHROMIUM. HTML-sidan är skriven.\n'
  + `regbrev render: no Chromium found to print the PDF (looked for ${tried.join(', ')}). Install it, `
  + 'e.g. "apt-get install chromium", or set REGBREV_CHROMIUM. The HTML page was written.\n';

/** The one report the command line names: a manifest, or the only manifest under a folder. */
export function pickProject(service: LanguageService, requested: readonly string[]): ProjectAnalysis {
  const wanted = new Set(requested);
  const projects = service.analyze().projects.filter((p) => wanted.has(p.project.manifest.uri));
  if (projects.length === 1) return projects[0];
  if (projects.length === 0) {
    throw new UsageError('Hittade ingen årsredovisning (en fil med typ: årsredovisning) / found no report manifest (typ: årsredovisning)');
  }
  const names = projects.map((p) => displayPath(p.project.manifest.uri)).join(', ');
  throw new UsageError(`Flera årsredovisningar, ange en av dem / several report manifests, name one: ${names}`);
}

function errorCount(service: LanguageService, pa: ProjectAnalysis): number {
  const problems = service.analyze().problems;
  return pa.project.uris.reduce((n, uri) => n + (problems.get(uri) ?? []).filter((p) => p.severity === 'error').length, 0);
}

async function runRender(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, {
    out: { takesValue: true, alias: 'o' },
    pdf: { takesValue: false },
    checks: { takesValue: false },
    lang: { takesValue: true },
    title: { takesValue: true },
    help: { takesValue: false, alias: 'h' },
  });
  if (args.flags.has('help')) {
    io.stdout.write(RENDER_HELP);
    return 0;
  }
  if (args.positionals.length !== 1) throw new UsageError('Ange en rapportmapp eller ett manifest / give one report folder or manifest');
  const out = flag(args, 'out');
  if (!out) throw new UsageError('Ange utmappen med -o / give the output folder with -o');
  const settings = settingsFromArgs(args, io.env);
  const language = settings.language;
  const service = createLanguageService(settings);
  const cwd = io.cwd ?? process.cwd();
  const requested = loadIntoService(service, findFiles(args.positionals, cwd));
  const pa = pickProject(service, requested);

  const rendered = service.render(pa.project.manifest.uri, { language, title: flag(args, 'title'), checks: args.flags.has('checks') });
  if (!rendered) throw new UsageError('Hittade ingen årsredovisning / found no report manifest');
  const { html } = rendered;
  const dir = resolve(cwd, out);
  const htmlPath = join(dir, 'index.html');
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(htmlPath, html, 'utf8');
  } catch (e) {
    // A folder that cannot be written is the user's to fix, not an internal error with a stack trace.
    io.stderr.write(`regbrev render: kunde inte skriva / could not write ${displayPath(htmlPath, cwd)}: ${(e as Error).message}\n`);
    return 2;
  }
  io.stdout.write(`Skrev / wrote ${displayPath(htmlPath, cwd)}\n`);
  // The tables as data beside the page, the records `regbrev export` prints.
  const figuresPath = join(dir, 'tabeller.json');
  const figures = figuresFile(service, pa, language);
  try {
    writeFileSync(figuresPath, figures, 'utf8');
  } catch (e) {
    io.stderr.write(`regbrev render: kunde inte skriva / could not write ${displayPath(figuresPath, cwd)}: ${(e as Error).message}\n`);
    return 2;
  }
  io.stdout.write(`Skrev / wrote ${displayPath(figuresPath, cwd)}\n`);

  const errors = errorCount(service, pa);
  if (errors > 0) {
    io.stderr.write(`Obs: rapporten har ${errors} fel, se regbrev check / note: the report has ${errors} errors, see regbrev check\n`);
  }

  if (!args.flags.has('pdf')) return 0;
  const chromium = findChromium(io.env);
  if (!chromium.found) {
    io.stderr.write(NO_CHROMIUM(chromium.tried));
    return 2;
  }
  const pdfPath = join(dir, 'arsredovisning.pdf');
  const printed = await printToPdf(chromium.path, htmlPath, pdfPath, undefined, PDF_FLAGS);
  if (!printed.ok) {
    io.stderr.write(`regbrev render: Chromium kunde inte skriva PDF:en / Chromium could not print the PDF (${chromium.path})\n${printed.log}`);
    return 2;
  }
  const failed = await addPdfMetadata(pdfPath, rendered.info);
  if (failed) {
    io.stderr.write(`regbrev render: kunde inte skriva PDF:ens metadata / could not write the PDF's metadata: ${failed}\n`);
    return 2;
  }
  io.stdout.write(`Skrev / wrote ${displayPath(pdfPath, cwd)}\n`);
  return 0;
}

export const renderCommand: Command = {
  name: 'render',
  summary: 'skriv rapporten som HTML och PDF / render the report as HTML and PDF',
  run: runRender,
};
