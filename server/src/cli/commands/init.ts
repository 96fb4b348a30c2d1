// `regbrev init`: scaffolds a requirement set and an annual report that check clean, so that an agency
// starts from a working example and replaces it piece by piece instead of starting from an empty folder.
import { lstatSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { flag, oneOf, parseArgs } from '../args';
import type { ParsedArgs } from '../args';
import type { InitOptions } from '../init/options';
import { folderName, invalidName, LEDNINGSFORMER } from '../init/options';
import { scaffold } from '../init/scaffold';
import { UsageError, writeFileNoFollow } from '../load';
import type { Command, CommandIO } from '../io';

/** The earliest year accepted: FÅB (2000:605), which the scaffolded report follows, applies from 2000. */
const FIRST_YEAR = 2000;

const INIT_HELP = `regbrev init --myndighet <namn> --år <räkenskapsår> [flaggor]

Skapar ett regleringsbrev och en årsredovisning att utgå från: mål, resultatindikator,
återrapporteringskrav och uppdrag, finansiering, resultatredovisning, finansiell redovisning
med ESV:s uppställningsformer, noter och intygande. Allt kontrolleras rent med regbrev check;
ersätt sedan exemplen med myndighetens egna uppgifter enligt kommentarerna i filerna.

Scaffolds a requirement set and an annual report that check clean, to replace with the
agency's own content as the comments in the files say.

  --myndighet <namn>     myndighetens namn / the agency's name (krävs / required)
  --år <år>              räkenskapsåret, även regleringsbrevets budgetår; --ar går också
                         / the financial year, also the letter's budget year; --ar works too
  --dir <mapp>           mappen att skapa (namnet och året, t.ex. provmyndigheten-2025)
                         / the folder to create (default: name and year)
  --ledning styrelse|enrådighet
                         ledningsform (enrådighet) / form of leadership
  --force                skriv i en mapp som inte är tom; filerna som init skapar skrivs över,
                         andra filer lämnas orörda, och ingenting skrivs genom symboliska länkar
                         / write into a non-empty folder, overwriting the files init creates and
                         leaving others alone; nothing is written through symbolic links
  -h, --help             denna hjälp / this help

Exempel / example:
  regbrev init --myndighet "Provmyndigheten" --år 2025
  regbrev check provmyndigheten-2025

Slutkod / exit code: 0 skapad / created, 2 användningsfel eller mappen är inte tom
/ usage error or the folder is not empty.
`;

/** The financial year from --år (or --ar for keyboards without å), as a whole year in a plausible range. */
function parseYear(args: ParsedArgs): number {
  const given = [flag(args, 'år'), flag(args, 'ar')].filter((v): v is string => v !== undefined);
  if (given.length === 0) throw new UsageError('--år saknas / --år is required');
  if (given.length > 1) throw new UsageError('ange --år eller --ar, inte båda / give --år or --ar, not both');
  const last = new Date().getFullYear() + 1;
  const text = given[0].trim();
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || year < FIRST_YEAR || year > last) {
    throw new UsageError(`--år ska vara ett räkenskapsår mellan ${FIRST_YEAR} och ${last}, inte ”${given[0]}” / --år must be a financial year from ${FIRST_YEAR} to ${last}, not "${given[0]}"`);
  }
  return year;
}

function parseOptions(args: ParsedArgs): InitOptions {
  const myndighet = flag(args, 'myndighet');
  if (myndighet === undefined) throw new UsageError('--myndighet saknas / --myndighet is required');
  const why = invalidName(myndighet);
  if (why) throw new UsageError(`--myndighet ${why}`);
  const år = parseYear(args);
  const ledning = oneOf(flag(args, 'ledning'), LEDNINGSFORMER, 'ledning', 'enrådighet');
  return { myndighet: myndighet.trim(), år, ledning };
}

const lstat = (path: string): Stats | undefined => {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
};

/**
 * Makes the folders from the nearest existing one down to `root`, one at a time: a path under a file, or
 * one the system refuses (such as under /proc), is a usage error, not a stack trace or a loop.
 */
function makeFolders(root: string, dir: string): void {
  const missing: string[] = [];
  let here = root;
  while (!lstat(here)) {
    missing.unshift(here);
    const parent = dirname(here);
    if (parent === here) break;
    here = parent;
  }
  // The existing ancestor may be reached through links the user set up (/tmp, a home on another disk).
  let ancestor: Stats | undefined;
  try {
    ancestor = statSync(here);
  } catch {
    ancestor = undefined;
  }
  if (!ancestor?.isDirectory()) throw new UsageError(`--dir ${dir}: ${here} är ingen mapp / is not a folder`);
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (e) {
      throw new UsageError(`--dir ${dir}: kan inte skapa / cannot create ${folder}: ${(e as Error).message}`);
    }
  }
}

/** Quotes a path for the printed next step when the shell would otherwise split or expand it. */
function shellWord(path: string): string {
  return /^[\w./@%+=:,-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

async function runInit(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, {
    myndighet: { takesValue: true },
    år: { takesValue: true },
    ar: { takesValue: true },
    dir: { takesValue: true },
    ledning: { takesValue: true },
    force: { takesValue: false },
    help: { takesValue: false, alias: 'h' },
  });
  if (args.flags.has('help')) {
    io.stdout.write(INIT_HELP);
    return 0;
  }
  if (args.positionals.length > 0) {
    throw new UsageError(`oväntat argument / unexpected argument: ${args.positionals[0]} (mappen anges med --dir / give the folder with --dir)`);
  }
  const options = parseOptions(args);
  const dir = flag(args, 'dir') ?? folderName(options.myndighet, options.år);
  const root = resolve(io.cwd ?? process.cwd(), dir);
  const here = lstat(root);
  if (here?.isSymbolicLink()) {
    throw new UsageError(`--dir ${dir} är en symbolisk länk; init skriver inte genom länkar / is a symbolic link; init does not write through links`);
  }
  if (here) {
    if (!here.isDirectory()) {
      io.stderr.write(`regbrev init: ${dir} finns redan och är ingen mapp / exists and is not a folder\n`);
      return 2;
    }
    if (readdirSync(root).length > 0 && !args.flags.has('force')) {
      io.stderr.write(
        `regbrev init: mappen ${dir} finns redan och är inte tom; välj en annan mapp med --dir eller skriv över med --force.\n` +
          `regbrev init: the folder ${dir} already exists and is not empty; choose another with --dir or overwrite with --force.\n`,
      );
      return 2;
    }
  }
  const files = scaffold(options);
  // Every file and folder init would write is judged before anything is written: --force overwrites
  // files, never a symbolic link or what it points to, so a refused run leaves the folder as it was.
  const targets = files.map((file) => ({ file, path: join(root, ...file.path.split('/')) }));
  for (const { file } of targets) {
    const parts = file.path.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const at = join(root, ...parts.slice(0, i));
      const stat = lstat(at);
      const last = i === parts.length;
      if (stat?.isSymbolicLink()) {
        throw new UsageError(`${join(dir, ...parts.slice(0, i))} är en symbolisk länk; init skriver inte genom länkar / is a symbolic link; init does not write through links`);
      }
      if (stat && (last ? !stat.isFile() : !stat.isDirectory())) {
        throw new UsageError(`${join(dir, ...parts.slice(0, i))} finns redan och är ${last ? 'ingen vanlig fil / exists and is not a regular file' : 'ingen mapp / exists and is not a folder'}`);
      }
    }
  }
  makeFolders(root, dir);
  for (const { file, path } of targets) {
    try {
      if (!lstat(dirname(path))) mkdirSync(dirname(path));
      writeFileNoFollow(path, file.text);
    } catch (e) {
      throw new UsageError(`kan inte skriva / cannot write ${join(dir, file.path)}: ${(e as Error).message}`);
    }
  }
  io.stdout.write(
    `Skapade / created ${dir}:\n${files.map((f) => `  ${f.path}\n`).join('')}\n` +
      `Nästa steg / next step:\n  regbrev check ${shellWord(dir)}\n\n` +
      'Ersätt exemplen och platshållarna (Namn Efternamn, Ort, diarienummer, belopp) enligt kommentarerna i filerna.\n' +
      'Replace the examples and placeholders as the comments in the files say.\n',
  );
  return 0;
}

export const initCommand: Command = {
  name: 'init',
  summary: 'skapa ett nytt regleringsbrev och en årsredovisning / scaffold a new requirement set and report',
  run: runInit,
};
