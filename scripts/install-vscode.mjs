// Set-up for the extension's end-to-end tests (run by scripts/test-deps.sh before `npm test`), so that the
// tests themselves fetch nothing: VS Code 1.100.3 through @vscode/test-electron where it can be downloaded,
// otherwise code-server 4.100.3 (the same VS Code, served to a browser) from the npm registry. The runner,
// test/e2e/vscode/run.mjs, uses whichever of the two this left in .vscode-test/.
//   node scripts/install-vscode.mjs
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const VSCODE_VERSION = '1.100.3';
export const CODE_SERVER_VERSION = '4.100.3';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CACHE = join(ROOT, '.vscode-test');
export const CODE_SERVER_BIN = join(CACHE, 'code-server', 'node_modules', '.bin', 'code-server');
/** Where the downloaded VS Code's path is noted once it is there. */
export const ELECTRON_NOTE = join(CACHE, 'electron-path');

async function downloadVSCode() {
  const require = createRequire(import.meta.url);
  const { downloadAndUnzipVSCode } = require('@vscode/test-electron');
  try {
    const path = await downloadAndUnzipVSCode({ version: VSCODE_VERSION, cachePath: CACHE, timeout: 15000 });
    writeFileSync(ELECTRON_NOTE, path);
    return path;
  } catch (e) {
    console.error(`regbrev: VS Code ${VSCODE_VERSION} kan inte laddas ned här (${String(e).split('\n')[0]}); testerna använder code-server. / VS Code cannot be downloaded here; the tests use code-server.`);
    return undefined;
  }
}

function installCodeServer() {
  if (existsSync(CODE_SERVER_BIN)) return;
  const dir = dirname(dirname(dirname(CODE_SERVER_BIN)));
  mkdirSync(dir, { recursive: true });
  // Its postinstall would fetch ripgrep from GitHub; a cache holding Debian's rg stands in.
  const rgCache = join(tmpdir(), 'vscode-ripgrep-cache-1.15.11');
  mkdirSync(rgCache, { recursive: true });
  const pack = mkdtempSync(join(tmpdir(), 'rg-'));
  cpSync('/usr/bin/rg', join(pack, 'rg'));
  execFileSync('tar', ['-czf', join(rgCache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz'), '-C', pack, 'rg']);
  rmSync(pack, { recursive: true, force: true });
  writeFileSync(join(dir, 'package.json'), '{"name":"regbrev-code-server","private":true}\n');
  execFileSync('npm', ['install', '--unsafe-perm', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: dir,
    stdio: 'inherit',
    env: { ...process.env, npm_config_yes: 'true', npm_config_unsafe_perm: 'true', TMPDIR: tmpdir() },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (existsSync(ELECTRON_NOTE) || existsSync(CODE_SERVER_BIN)) process.exit(0);
  const electron = process.env.REGBREV_VSCODE_RUNNER === 'code-server' ? undefined : await downloadVSCode();
  if (!electron) installCodeServer();
}
