// `regbrev render <report-folder|manifest> -o <dir> [--pdf] [--lang sv|en]`: writes the report as static
// HTML (index.html, stylesheet inline) with its tables as data beside it (tabeller.json) and, with --pdf,
// prints it to a tagged PDF with bookmarks and metadata through a local Chromium.
// Rendering does not depend on the checks: a report with errors is rendered too, with a one-line note.
// It writes only its own files in the folder it is given, never through a symbolic link, and never over a
// file it did not write (unless --force): it records what it wrote, with checksums, in .regbrev-render.json.
import { createHash } from 'node:crypto';
import { closeSync, lstatSync, mkdirSync, openSync, readFileSync, readSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createLanguageService } from '../../service/index';
import type { LanguageService, ReportInfo } from '../../service/index';
import { flag, parseArgs } from '../args';
import { findChromium, printToPdf } from '../chromium';
import { figuresFile } from '../figures';
import { PDF_FLAGS, withPdfMetadata } from '../pdfDocument';
import { displayPath, findFiles, loadIntoService, UsageError, writeFileNoFollow } from '../load';
import { LIMIT_FLAGS, LIMIT_HELP, settingsFromArgs } from '../settings';
import type { Command, CommandIO } from '../io';

const RENDER_HELP = `regbrev render <rapportmapp | årsredovisning.yaml> -o <mapp> [flaggor]

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
  --force                skriv över index.html, tabeller.json och arsredovisning.pdf även om regbrev
                         inte skrev dem / overwrite them even if regbrev did not write them
${LIMIT_HELP}  -h, --help             denna hjälp / this help

Render skriver bara sina egna filer i mappen, aldrig genom symboliska länkar, och skriver inte över en fil
som regbrev inte har skrivit (utan --force); vad som skrevs står i <mapp>/.regbrev-render.json.
Render writes only its own files in the folder, never through symbolic links, and does not overwrite a
file regbrev did not write (without --force); what it wrote is recorded in <dir>/.regbrev-render.json.

Chromium söks i REGBREV_CHROMIUM, /usr/bin/chromium och chromium, chromium-browser,
google-chrome på PATH. / Chromium is looked up in REGBREV_CHROMIUM, /usr/bin/chromium, then PATH.

Slutkod / exit code: 0 klart / done, 2 användningsfel eller ingen Chromium / usage error or no Chromium.
`;

const NO_CHROMIUM = (tried: readonly string[]) =>
  `regbrev render: hittade ingen Chromium för PDF-utskrift (sökte ${tried.join(', ')}). Installera den, `
  + 'till exempel med "apt-get install chromium", eller ange sökvägen i REGBREV_CHROMIUM. HTML-sidan är skriven.\n'
  + `regbrev render: no Chromium found to print the PDF (looked for ${tried.join(', ')}). Install it, `
  + 'e.g. "apt-get install chromium", or set REGBREV_CHROMIUM. The HTML page was written.\n';

/** The one report the command line names: a manifest, or the only manifest under a folder. */
export function pickProject(service: LanguageService, requested: readonly string[]): ReportInfo {
  const wanted = new Set(requested);
  const projects = service.analyze().reports.filter((p) => wanted.has(p.manifestUri));
  if (projects.length === 1) return projects[0];
  if (projects.length === 0) {
    throw new UsageError('Hittade ingen årsredovisning (en fil med typ: årsredovisning) / found no report manifest (typ: årsredovisning)');
  }
  const names = projects.map((p) => displayPath(p.manifestUri)).join(', ');
  throw new UsageError(`Flera årsredovisningar, ange en av dem / several report manifests, name one: ${names}`);
}

/** The record of what render wrote in a folder: each file's name and SHA-256. */
const MARKER = '.regbrev-render.json';
const HTML = 'index.html';
const PDF = 'arsredovisning.pdf';
const FIGURES = 'tabeller.json';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** What the folder's record says regbrev wrote; nothing when there is no record or it is not one. */
function readMarker(dir: string): Record<string, string> {
  try {
    if (!lstatSync(join(dir, MARKER)).isFile()) return {};
    const parsed = JSON.parse(readFileSync(join(dir, MARKER), 'utf8')) as { files?: Record<string, unknown> };
    return Object.fromEntries(Object.entries(parsed.files ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}

/** Whether an HTML file carries the generator mark every page regbrev renders has (before the record existed). */
function renderedByRegbrev(path: string): boolean {
  const head = Buffer.alloc(4096);
  const fd = openSync(path, 'r');
  try {
    const n = readSync(fd, head, 0, head.length, 0);
    return head.subarray(0, n).toString('utf8').includes('<meta name="generator" content="regbrev">');
  } finally {
    closeSync(fd);
  }
}

/** Why render may not write `name` in `dir`, or undefined when it may. */
function refusal(dir: string, name: string, written: Readonly<Record<string, string>>, force: boolean): string | undefined {
  const path = join(dir, name);
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return undefined;
  }
  if (stat.isSymbolicLink()) return `${name} är en symbolisk länk; regbrev skriver inte genom länkar / is a symbolic link; regbrev does not write through links`;
  if (!stat.isFile()) return `${name} är ingen vanlig fil / is not a regular file`;
  if (force || name === MARKER) return undefined;
  const ours = written[name] === sha256(readFileSync(path)) || (name === HTML && renderedByRegbrev(path));
  return ours ? undefined : `${name} finns redan och är inte skriven av regbrev; skriv över med --force / already exists and was not written by regbrev; overwrite it with --force`;
}

function errorCount(service: LanguageService, report: ReportInfo): number {
  const problems = service.analyze().problems;
  return report.uris.reduce((n, uri) => n + (problems.get(uri) ?? []).filter((p) => p.severity === 'error').length, 0);
}

async function runRender(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, {
    out: { takesValue: true, alias: 'o' },
    pdf: { takesValue: false },
    checks: { takesValue: false },
    lang: { takesValue: true },
    title: { takesValue: true },
    force: { takesValue: false },
    ...LIMIT_FLAGS,
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

  const rendered = service.render(pa.manifestUri, { language, title: flag(args, 'title'), checks: args.flags.has('checks') });
  if (!rendered) throw new UsageError('Hittade ingen årsredovisning / found no report manifest');
  const { html } = rendered;
  const dir = resolve(cwd, out);
  const htmlPath = join(dir, HTML);
  const pdfPath = join(dir, PDF);
  const pdf = args.flags.has('pdf');
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    // A folder that cannot be made is the user's to fix, not an internal error with a stack trace.
    io.stderr.write(`regbrev render: kunde inte skapa / could not create ${displayPath(dir, cwd)}: ${(e as Error).message}\n`);
    return 2;
  }
  const written = readMarker(dir);
  // Every file is judged before any is written, so that a refused run leaves the folder as it was.
  for (const name of [HTML, FIGURES, ...(pdf ? [PDF] : []), MARKER]) {
    const why = refusal(dir, name, written, args.flags.has('force'));
    if (why) {
      io.stderr.write(`regbrev render: ${displayPath(join(dir, name), cwd)}: ${why}\n`);
      return 2;
    }
  }
  const record = (name: string, data: string | Uint8Array): boolean => {
    try {
      writeFileNoFollow(join(dir, name), data);
      written[name] = sha256(data);
      writeFileNoFollow(join(dir, MARKER), `${JSON.stringify({ generator: 'regbrev', files: written }, null, 2)}\n`);
      return true;
    } catch (e) {
      io.stderr.write(`regbrev render: kunde inte skriva / could not write ${displayPath(join(dir, name), cwd)}: ${(e as Error).message}\n`);
      return false;
    }
  };
  if (!record(HTML, html)) return 2;
  io.stdout.write(`Skrev / wrote ${displayPath(htmlPath, cwd)}\n`);
  // The tables as data beside the page, the records `regbrev export` prints.
  if (!record(FIGURES, figuresFile(service, pa, language))) return 2;
  io.stdout.write(`Skrev / wrote ${displayPath(join(dir, FIGURES), cwd)}\n`);

  const errors = errorCount(service, pa);
  if (errors > 0) {
    io.stderr.write(`Obs: rapporten har ${errors} fel, se regbrev check / note: the report has ${errors} errors, see regbrev check\n`);
  }

  if (!pdf) return 0;
  const chromium = findChromium(io.env);
  if (!chromium.found) {
    io.stderr.write(NO_CHROMIUM(chromium.tried));
    return 2;
  }
  const printed = await printToPdf(chromium.path, htmlPath, undefined, PDF_FLAGS);
  if (!printed.ok || !printed.pdf) {
    io.stderr.write(`regbrev render: Chromium kunde inte skriva PDF:en / Chromium could not print the PDF (${chromium.path})\n${printed.log}`);
    return 2;
  }
  let document: Uint8Array;
  try {
    document = await withPdfMetadata(printed.pdf, rendered.info);
  } catch (e) {
    io.stderr.write(`regbrev render: kunde inte skriva PDF:ens metadata / could not write the PDF's metadata: ${(e as Error).message}\n`);
    return 2;
  }
  if (!record(PDF, document)) return 2;
  io.stdout.write(`Skrev / wrote ${displayPath(pdfPath, cwd)}\n`);
  return 0;
}

export const renderCommand: Command = {
  name: 'render',
  summary: 'skriv rapporten som HTML och PDF / render the report as HTML and PDF',
  run: runRender,
};
