// Prints an HTML file to PDF with a locally installed Chromium in headless mode. Nothing is downloaded:
// when no Chromium is found the caller says so, because a CI job must not fetch a browser by surprise.
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The names a Chromium goes by on Debian, Ubuntu, Fedora and with Google's own package. */
const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Flags that keep a headless run quiet, offline and free of the user's profile. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Without these, Chromium prints the date, title and file URL in the page margins.
  '--no-pdf-header-footer',
  '--print-to-pdf-no-header',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export type ChromiumLookup =
  | { readonly found: true; readonly path: string }
  | { readonly found: false; readonly tried: readonly string[] };

/** Finds Chromium: REGBREV_CHROMIUM when set, else /usr/bin/chromium, else the usual names on PATH. */
export function findChromium(env: Readonly<Record<string, string | undefined>>): ChromiumLookup {
  const explicit = env.REGBREV_CHROMIUM;
  if (explicit) return isExecutable(explicit) ? { found: true, path: explicit } : { found: false, tried: [explicit] };
  const tried = ['/usr/bin/chromium'];
  if (isExecutable(tried[0])) return { found: true, path: tried[0] };
  const dirs = (env.PATH ?? '').split(delimiter).filter((d) => d && isAbsolute(d));
  for (const name of CANDIDATES) {
    tried.push(name);
    for (const dir of dirs) {
      const path = join(dir, name);
      if (isExecutable(path)) return { found: true, path };
    }
  }
  return { found: false, tried };
}

export interface PrintResult {
  readonly ok: boolean;
  /** What Chromium wrote on stderr, for the message when printing failed. */
  readonly log: string;
}

/**
 * Prints `htmlPath` to `pdfPath` with a fresh profile in a temporary folder, removed afterwards;
 * `extraFlags` are the printed document's own (such as its outline).
 */
export async function printToPdf(chromium: string, htmlPath: string, pdfPath: string, timeoutMs = 120_000, extraFlags: readonly string[] = []): Promise<PrintResult> {
  const profile = mkdtempSync(join(tmpdir(), 'regbrev-chromium-'));
  const args = [...CHROMIUM_FLAGS, ...extraFlags, `--user-data-dir=${profile}`, `--print-to-pdf=${pdfPath}`, pathToFileURL(htmlPath).toString()];
  try {
    if (existsSync(pdfPath)) rmSync(pdfPath);
    const { code, log } = await new Promise<{ code: number | null; log: string }>((resolve) => {
      let log = '';
      const child = spawn(chromium, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.stderr.on('data', (chunk: Buffer) => {
        log += chunk.toString('utf8');
      });
      child.on('error', (e) => {
        clearTimeout(timer);
        resolve({ code: -1, log: `${log}${e.message}\n` });
      });
      child.on('close', (c) => {
        clearTimeout(timer);
        resolve({ code: c, log });
      });
    });
    const written = existsSync(pdfPath) && statSync(pdfPath).size > 0;
    return { ok: code === 0 && written, log };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
