// The installed extension on the made-up sample of an assignment in two parts: the Requirements view of
// the interim report shows the assignment with its parts, the first reported on time with each of its
// items answered, the final one not yet due; opened in the tree, as a reader would, and photographed.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { RegbrevApi } from '../../../../client/src/extension';
import type { TreeSnapshot } from '../../../../client/src/requirements/requirementsView';
import { browser } from './bridge';

const ui = <T>(op: string, args: Record<string, unknown> = {}) => browser<T>('uppdrag-exempel', op, args);

async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs = 60000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const flatten = (nodes: readonly TreeSnapshot[]): TreeSnapshot[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);

describe('regbrev on an assignment in parts', () => {
  it('shows the parts of the assignment in the Requirements view, with their status and items', async () => {
    const ext = vscode.extensions.getExtension<RegbrevApi>('regbrev.regbrev');
    assert.ok(ext);
    const api = await ext.activate();
    assert.equal(await api.detected, true);
    await api.started;
    const folder = vscode.workspace.workspaceFolders![0].uri;
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'regleringsbrev.yaml')));
    await vscode.commands.executeCommand('regbrev.showRequirements');
    const items = await until('the parts in the view', () => {
      const all = flatten(api.requirements());
      return all.some((i) => i.label === 'slut') ? all : undefined;
    });
    const del1 = items.find((i) => i.label === 'del1')!;
    assert.equal(del1.icon, 'pass');
    assert.match(del1.description ?? '', /(redovisad|reported) 2025-06-16/);
    assert.deepEqual(del1.children.map((c) => [c.label, c.icon]), [['nuläge', 'pass'], ['plan', 'pass'], ['kostnader', 'pass']]);
    // The interim report answers the items of one part: the group and the status bar count those.
    const group = items.find((i) => i.label === 'Assignments' || i.label === 'Uppdrag')!;
    assert.match(group.description ?? '', /3\/3 (items of del1 answered|punkter i del1 besvarade)/);
    const status = await ui<{ text: string }[]>('dom.query', { selector: '[id="regbrev.regbrev.regbrev.status"]' });
    assert.match(status[0].text, /3\/3 items of del1 answered · no errors/);
    const slut = items.find((i) => i.label === 'slut')!;
    assert.equal(slut.icon, 'clock');
    assert.match(slut.description ?? '', /(inte förfallen än|not yet due)/);
    // Open the assignment and its first part in the tree, as a reader would, and photograph the view.
    const row = (label: string) => `[id="workbench.view.extension.regbrev"] .monaco-list-row[aria-label^="${label}"]`;
    // The twistie opens a node; a click on the label would open its place in the letter instead.
    await ui('dom.click', { selector: `${row('UPP-digital-prövning')} .monaco-tl-twistie` });
    await ui('dom.query', { selector: row('del1') });
    await ui('dom.click', { selector: `${row('del1')} .monaco-tl-twistie` });
    const rows = await ui<{ attrs: Record<string, string> }[]>('dom.query', { selector: row('nuläge') });
    assert.ok(rows.length > 0);
    await ui('screenshot', { name: 'vscode-requirements-parts.png' });
  });
});
