// The installed extension in a workspace of unrelated YAML (a CI workflow, a compose file): opening them
// activates the extension, which finds no report, starts no server and shows no status item, while
// "New Report…" stays in the palette.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import type { RegbrevApi } from '../../../../client/src/extension';
import { browser } from './bridge';

const ui = <T>(op: string, args: Record<string, unknown> = {}) => browser<T>('ci-only', op, args);

describe('regbrev outside reports', () => {
  it('starts no server and shows no status item in a workspace of unrelated YAML', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, '.github', 'workflows', 'ci.yml'));
    await vscode.window.showTextDocument(doc);
    const ext = vscode.extensions.getExtension<RegbrevApi>('regbrev.regbrev');
    assert.ok(ext);
    const api = await ext.activate();
    assert.equal(await api.detected, false, 'no report found');
    assert.equal(api.isStarted(), false);
    const servers = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n').filter((l) => /regbrev[^/]*\/dist\/server\.js/.test(l));
    assert.deepEqual(servers.filter((l) => l.includes(ext.extensionPath)), [], 'no language server process of this extension');
    const items = await ui<unknown[]>('dom.query', { selector: '[id="regbrev.regbrev.regbrev.status"]', none: true });
    assert.deepEqual(items, [], 'no status item');
    const labels = await ui<string[]>('palette', { query: 'regbrev' });
    assert.ok(labels.some((l) => l.includes('New Report…')), labels.join(' | '));
    assert.ok(!labels.some((l) => l.includes('Open Preview')), 'the preview is offered only where there is a report');
    await ui('screenshot', { name: 'vscode-quiet.png' });
  });
});
