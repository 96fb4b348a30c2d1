// Prints an HTML file to PDF with a locally installed Chromium in headless mode. Nothing is downloaded:
// when no Chromium is found the caller says so, because a CI job must not fetch a browser by surprise.
// The page needs no network (the stylesheet is inline and the renderer writes no external reference), so
// Chromium gets none: every background service that would call home is switched off, every host name
// resolves to nothing, and where the system allows it Chromium runs in a network namespace of its own,
// which has no interface at all (this also silences its IPv6 reachability probe, which no flag turns off).
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The names a Chromium goes by on Debian, Ubuntu, Fedora and with Google's own package. */
const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Flags that keep a headless run quiet, offline and free of the user's profile. */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--no-default-browser-check',
  // Background services that would reach for accounts, updates, safe browsing, metrics and the like.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-breakpad',
  '--no-pings',
  '--no-proxy-server',
  '--dns-prefetch-disable',
  '--disable-features=MediaRouter,DialMediaRouteProvider,OptimizationHints,Translate,AutofillServerCommunication,'
    + 'CertificateTransparencyComponentUpdater,NetworkTimeServiceQuerying,SafeBrowsing,AsyncDns,DnsOverHttps',
  // Whatever still asks for a host gets no address: resolution is mapped to nothing.
  '--host-resolver-rules=MAP * ~NOTFOUND',
  // Without these, Chromium prints the date, title and file URL in the page margins.
  '--no-pdf-header-footer',
  '--print-to-pdf-no-header',
];

let isolation: readonly string[] | undefined;

/**
 * The command prefix that starts a program in a new network namespace with no interface: `unshare --net`
 * as root, `unshare --map-root-user --net` otherwise (where unprivileged user namespaces are allowed), or
 * nothing where neither works. Tried once per process with `true`.
 */
function networkIsolation(): readonly string[] {
  if (isolation) return isolation;
  const unshare = ['/usr/bin/unshare', '/bin/unshare'].find(isExecutable);
  const candidates = unshare ? [[unshare, '--net', '--'], [unshare, '--map-root-user', '--net', '--']] : [];
  isolation = candidates.find((prefix) => spawnSync(prefix[0], [...prefix.slice(1), 'true'], { stdio: 'ignore', timeout: 10_000 }).status === 0) ?? [];
  return isolation;
}

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
  /** The PDF, when printed: the caller writes it where it belongs, without following links. */
  readonly pdf?: Buffer;
}

/**
 * Prints `htmlPath` to PDF with a fresh profile in a temporary folder, removed afterwards. Chromium writes
 * the PDF inside that folder, never at a path of the report's output, so that it cannot follow a link there.
 * `extraFlags` are the printed document's own (such as its outline).
 */
export async function printToPdf(chromium: string, htmlPath: string, timeoutMs = 120_000, extraFlags: readonly string[] = []): Promise<PrintResult> {
  const profile = mkdtempSync(join(tmpdir(), 'regbrev-chromium-'));
  const pdfPath = join(profile, 'print.pdf');
  const args = [...CHROMIUM_FLAGS, ...extraFlags, `--user-data-dir=${join(profile, 'profile')}`, `--print-to-pdf=${pdfPath}`, pathToFileURL(htmlPath).toString()];
  const prefix = networkIsolation();
  const command = [...prefix, chromium, ...args];
  try {
    const { code, log } = await new Promise<{ code: number | null; log: string }>((resolve) => {
      let log = '';
      const child = spawn(command[0], command.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] });
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
    return code === 0 && written ? { ok: true, log, pdf: readFileSync(pdfPath) } : { ok: false, log };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
