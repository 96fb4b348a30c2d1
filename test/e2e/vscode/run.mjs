// Runs the VS Code end-to-end suite in a real VS Code: code-server 4.100.3 (VS Code 1.100.3) opened in
// headless Chromium, with the extension under development and its tests passed as the workbench payload.
// Installs code-server into .vscode-test/ on first use (npm registry only; its ripgrep comes from Debian).
//   node test/e2e/vscode/run.mjs
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const CACHE = join(ROOT, '.vscode-test', 'code-server');
const BIN = join(CACHE, 'node_modules', '.bin', 'code-server');

function installCodeServer() {
  if (existsSync(BIN)) return;
  mkdirSync(CACHE, { recursive: true });
  // Its postinstall would fetch ripgrep from GitHub; a cache holding Debian's rg stands in.
  const rgCache = join(tmpdir(), 'vscode-ripgrep-cache-1.15.11');
  mkdirSync(rgCache, { recursive: true });
  const pack = mkdtempSync(join(tmpdir(), 'rg-'));
  cpSync('/usr/bin/rg', join(pack, 'rg'));
  execFileSync('tar', ['-czf', join(rgCache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz'), '-C', pack, 'rg']);
  writeFileSync(join(CACHE, 'package.json'), '{"name":"regbrev-code-server","private":true}\n');
  execFileSync('npm', ['install', '--unsafe-perm', '--no-audit', '--no-fund', 'code-server@4.100.3'], {
    cwd: CACHE, stdio: 'inherit', env: { ...process.env, npm_config_yes: 'true', npm_config_unsafe_perm: 'true', TMPDIR: tmpdir() },
  });
}

function freePort() {
  return new Promise((res) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

async function main() {
  installCodeServer();
  const out = join(ROOT, 'dist-test', 'vscode');
  await esbuild.build({
    entryPoints: [join(ROOT, 'test/e2e/vscode/suite/index.ts'), join(ROOT, 'test/e2e/vscode/suite/extension.test.ts')],
    outdir: out, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', 'mocha'], logLevel: 'warning',
  });
  const work = mkdtempSync(join(tmpdir(), 'regbrev-vscode-'));
  const folder = join(work, 'ssc-2023');
  cpSync(join(ROOT, 'samples', 'ssc-2023'), folder, { recursive: true });
  const result = join(work, 'result.json');
  const port = await freePort();
  const server = spawn(BIN, [
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--user-data-dir', join(work, 'user'), '--extensions-dir', join(work, 'extensions'),
  ], { env: { ...process.env, REGBREV_E2E_OUT: result }, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = [];
  server.stdout.on('data', (d) => log.push(String(d)));
  server.stderr.on('data', (d) => log.push(String(d)));
  const { chromium } = await import('playwright-core');
  let browser;
  try {
    const deadline = Date.now() + 30000;
    while (!log.join('').includes('HTTP server listening')) {
      if (Date.now() > deadline) throw new Error(`code-server did not start:\n${log.join('')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = [['extensionDevelopmentPath', remote(ROOT)], ['extensionTestsPath', remote(join(out, 'index.js'))]];
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const page = await browser.newPage();
    await page.goto(url);
    const until = Date.now() + 240000;
    while (!existsSync(result)) {
      if (Date.now() > until) throw new Error(`the suite did not finish:\n${log.join('').slice(-4000)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    await page.screenshot({ path: join(ROOT, 'test', 'e2e', 'out', 'vscode.png') }).catch(() => undefined);
    const { failures, results } = JSON.parse(readFileSync(result, 'utf8'));
    for (const r of results) console.log(`${r.state === 'passed' ? '✔' : '✗'} ${r.title}${r.error ? `\n${r.error}` : ''}`);
    process.exitCode = failures > 0 || results.length === 0 ? 1 : 0;
  } finally {
    await browser?.close();
    server.kill();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
