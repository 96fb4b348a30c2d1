// The extension-host entry of the VS Code end-to-end tests (the `run()` that @vscode/test-electron and
// code-server's extensionTestsPath call): runs the mocha file for the workspace the window was opened on
// and writes the results to <REGBREV_E2E_OUT>/<workspace>.json, for the runner outside the editor.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

const FILES: Record<string, string> = {
  'ssc-2023': 'sample.test.js',
  'ci-only': 'quiet.test.js',
  'uppdrag-exempel': 'parts.test.js',
};

export function run(): Promise<void> {
  const scenario = vscode.workspace.workspaceFolders?.[0]?.name ?? '';
  const mocha = new Mocha({ ui: 'bdd', timeout: 90000, color: false, grep: process.env.REGBREV_E2E_GREP });
  const file = FILES[scenario];
  if (file) mocha.addFile(join(__dirname, file));
  const results: { title: string; state: string; error?: string }[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const out = process.env.REGBREV_E2E_OUT;
      if (out) {
        mkdirSync(out, { recursive: true });
        if (!file) results.push({ title: `no tests for the workspace "${scenario}"`, state: 'failed' });
        writeFileSync(join(out, `${scenario}.json`), JSON.stringify({ failures, results }, null, 2));
      }
      if (failures > 0 || !file) reject(new Error(`${failures} tests failed`));
      else resolve();
    });
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed' }));
    runner.on('fail', (t, err: Error) => results.push({ title: t.fullTitle(), state: 'failed', error: String(err?.stack ?? err) }));
  });
}
