// Runs the extension's end-to-end suite in a real VS Code, against the packaged extension: `npm run
// package` builds the .vsix, VS Code installs it, and the mocha suite (test/e2e/vscode/suite) runs in the
// extension host of a window opened on each scenario's workspace. One suite, two runners, picked by what
// the set-up step (scripts/install-vscode.mjs) installed:
//   * VS Code 1.100.3 through @vscode/test-electron's runTests, where it could be downloaded (Linux needs
//     a display, e.g. xvfb-run); the browser bridge reaches the window over the DevTools protocol;
//   * code-server 4.100.3 (VS Code 1.100.3 served to a browser) in headless Chromium, here and in CI.
// REGBREV_VSCODE_RUNNER=electron|code-server chooses one; REGBREV_E2E_SCENARIO=<name> runs one scenario
// and REGBREV_E2E_GREP=<text> only the tests whose titles contain it, while working on them. The runner serves the suite's browser bridge
// (./bridge.mjs), prints one line per test and saves screenshots under test/e2e/out/.
//   node test/e2e/vscode/run.mjs
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { serveBridge } from './bridge.mjs';
import { CODE_SERVER_BIN, ELECTRON_NOTE } from '../../../scripts/install-vscode.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const SCREENSHOTS = join(ROOT, 'test', 'e2e', 'out');
const HARNESS = join(ROOT, 'test', 'e2e', 'vscode', 'harness');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The workspaces the suite runs in; suite/index.ts picks the test file by the folder's name. */
const SCENARIOS = [
  {
    // Only unrelated YAML: the extension must start no server and show nothing. First, so that no
    // server of another window can be mistaken for one started here.
    name: 'ci-only',
    fill: (dir) => {
      mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
      writeFileSync(join(dir, '.github', 'workflows', 'ci.yml'), 'name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm test\n');
      writeFileSync(join(dir, 'docker-compose.yml'), 'services:\n  db:\n    image: postgres:16\n');
    },
  },
  { name: 'ssc-2023', fill: (dir) => cpSync(join(ROOT, 'samples', 'ssc-2023'), dir, { recursive: true }) },
  { name: 'uppdrag-exempel', fill: (dir) => cpSync(join(ROOT, 'samples', 'uppdrag-exempel'), dir, { recursive: true }) },
];

/** Settings that keep a fresh profile from opening welcome pages, tips and update checks over the tests. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'window.commandCenter': false,
  'editor.minimap.enabled': false,
  // VS Code in a browser saves after a delay by default; the tests' edits must stay unsaved, as the
  // author's are while typing.
  'files.autoSave': 'off',
};

function freePort() {
  return new Promise((res) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

function chosen() {
  const only = process.env.REGBREV_E2E_SCENARIO;
  return only ? SCENARIOS.filter((s) => s.name === only) : SCENARIOS;
}

function pickRunner() {
  const wanted = process.env.REGBREV_VSCODE_RUNNER;
  if (wanted === 'electron' || (!wanted && existsSync(ELECTRON_NOTE))) return 'electron';
  if (existsSync(CODE_SERVER_BIN)) return 'code-server';
  throw new Error('Ingen VS Code för testerna; kör scripts/install-vscode.mjs (npm test gör det). / No VS Code for the tests; run scripts/install-vscode.mjs (npm test does).');
}

async function buildSuite(out) {
  await esbuild.build({
    entryPoints: ['index.ts', 'sample.test.ts', 'quiet.test.ts', 'parts.test.ts'].map((f) => join(ROOT, 'test/e2e/vscode/suite', f)),
    outdir: out, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', 'mocha'], logLevel: 'warning',
  });
}

/**
 * Waits for the suite's result file of a scenario, serving its bridge meanwhile; `gone()` tells early
 * that the extension host ended without one.
 */
async function runScenario(page, work, scenario, timeoutMs, gone = () => false) {
  const result = join(work, 'results', `${scenario.name}.json`);
  let finished = false;
  const bridge = serveBridge(join(work, 'bridge', scenario.name), page, SCREENSHOTS, () => finished);
  const deadline = Date.now() + timeoutMs;
  try {
    while (!existsSync(result)) {
      if (Date.now() > deadline) throw new Error(`the suite did not finish in ${scenario.name}`);
      if (gone()) {
        // The host may write its results just as it exits.
        await new Promise((r) => setTimeout(r, 1000));
        if (!existsSync(result)) throw new Error(`the extension host ended without results in ${scenario.name}`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    finished = true;
    await bridge;
  }
  return JSON.parse(readFileSync(result, 'utf8'));
}

async function withCodeServer(work, vsix, suiteIndex) {
  const user = join(work, 'user');
  const extensions = join(work, 'extensions');
  mkdirSync(join(user, 'User'), { recursive: true });
  writeFileSync(join(user, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  const dirs = ['--user-data-dir', user, '--extensions-dir', extensions];
  // The packaged extension, installed as a user installs it: from the .vsix, with no network.
  execFileSync(CODE_SERVER_BIN, [...dirs, '--install-extension', vsix], { stdio: 'pipe' });
  const port = await freePort();
  const server = spawn(CODE_SERVER_BIN, [
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', ...dirs,
  ], {
    env: {
      ...process.env,
      REGBREV_E2E_OUT: join(work, 'results'),
      REGBREV_E2E_BRIDGE: join(work, 'bridge'),
      // code-server asks Open VSX for extension information; a closed port on loopback keeps it local.
      EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = [];
  server.stdout.on('data', (d) => log.push(String(d)));
  server.stderr.on('data', (d) => log.push(String(d)));
  const { chromium } = await import('playwright-core');
  let browser;
  const results = [];
  try {
    const deadline = Date.now() + 30000;
    while (!log.join('').includes('HTTP server listening')) {
      if (Date.now() > deadline) throw new Error(`code-server did not start:\n${log.join('')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = [['extensionDevelopmentPath', remote(HARNESS)], ['extensionTestsPath', remote(suiteIndex)]];
    for (const scenario of chosen()) {
      const folder = join(work, scenario.name);
      mkdirSync(folder, { recursive: true });
      scenario.fill(folder);
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
      const from = log.length;
      const exited = () => log.slice(from).join('').includes('Extension Host Process exited');
      try {
        results.push(...(await runScenario(page, work, scenario, 300000, exited)).results.map((r) => ({ ...r, scenario: scenario.name })));
      } catch (e) {
        await page.screenshot({ path: join(SCREENSHOTS, `vscode-${scenario.name}-failed.png`) }).catch(() => undefined);
        throw new Error(`${e.message}\n${log.join('').slice(-4000)}`);
      }
      await page.close();
    }
  } finally {
    await browser?.close();
    server.kill();
  }
  return results;
}

async function withElectron(work, vsix, suiteIndex) {
  const require = createRequire(import.meta.url);
  const { runTests, resolveCliArgsFromVSCodeExecutablePath } = require('@vscode/test-electron');
  const exe = readFileSync(ELECTRON_NOTE, 'utf8').trim();
  const user = join(work, 'user');
  const extensions = join(work, 'extensions');
  mkdirSync(join(user, 'User'), { recursive: true });
  writeFileSync(join(user, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(exe);
  execFileSync(cli, [...cliArgs, '--extensions-dir', extensions, '--user-data-dir', user, '--install-extension', vsix], { stdio: 'pipe' });
  const { chromium } = await import('playwright-core');
  const results = [];
  for (const scenario of chosen()) {
    const folder = join(work, scenario.name);
    mkdirSync(folder, { recursive: true });
    scenario.fill(folder);
    const port = await freePort();
    const run = runTests({
      vscodeExecutablePath: exe,
      extensionDevelopmentPath: HARNESS,
      extensionTestsPath: suiteIndex,
      extensionTestsEnv: { REGBREV_E2E_OUT: join(work, 'results'), REGBREV_E2E_BRIDGE: join(work, 'bridge') },
      launchArgs: [folder, '--extensions-dir', extensions, '--user-data-dir', user, `--remote-debugging-port=${port}`, '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    }).catch(() => undefined);
    // The window's page, over the DevTools protocol, for the bridge.
    let browser;
    const deadline = Date.now() + 60000;
    while (!browser) {
      try {
        browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      } catch (e) {
        if (Date.now() > deadline) throw e;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    const page = browser.contexts().flatMap((c) => c.pages()).find((p) => p.url().includes('workbench')) ?? browser.contexts()[0].pages()[0];
    results.push(...(await runScenario(page, work, scenario, 300000)).results.map((r) => ({ ...r, scenario: scenario.name })));
    await browser.close().catch(() => undefined);
    await run;
  }
  return results;
}

async function main() {
  const runner = pickRunner();
  const work = mkdtempSync(join(tmpdir(), 'regbrev-vscode-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  try {
    const vsix = join(work, 'regbrev.vsix');
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'package.mjs'), '--out', vsix], { stdio: 'pipe' });
    // Beside the repository's node_modules, where the suite finds mocha at run time.
    const suite = join(ROOT, 'dist-test', 'vscode');
    await buildSuite(suite);
    const results = runner === 'electron' ? await withElectron(work, vsix, join(suite, 'index.js')) : await withCodeServer(work, vsix, join(suite, 'index.js'));
    console.log(`runner: ${runner}`);
    for (const r of results) console.log(`${r.state === 'passed' ? '✔' : '✗'} [${r.scenario}] ${r.title}${r.error ? `\n${r.error}` : ''}`);
    process.exitCode = results.length === 0 || results.some((r) => r.state !== 'passed') ? 1 : 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
