// The installed extension in a real VS Code on the SSC 2023 sample: the server starts and checks as the
// author types; completion, hover and code lenses work; the preview shows the chapter's tables, marks a
// figure broken in the unsaved text and unmarks it after the undo, and a click on a cell moves the
// cursor to its source; the Requirements view lists the letter's requirements and follows an edit;
// Problems holds no status finding; the palette offers the commands with English titles. Every wait
// polls; the browser bridge reads the webview's and the workbench's DOM.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { RegbrevApi } from '../../../../client/src/extension';
import type { TreeSnapshot } from '../../../../client/src/requirements/requirementsView';
import { browser } from './bridge';

const SCENARIO = 'ssc-2023';
const ui = <T>(op: string, args: Record<string, unknown> = {}) => browser<T>(SCENARIO, op, args);
type Element = { text: string; attrs: Record<string, string> };

async function until<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 60000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function sample(path: string): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, path);
}

const regbrev = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'regbrev');
const code = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

async function replace(uri: vscode.Uri, from: string, to: string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const at = doc.getText().indexOf(from);
  assert.ok(at >= 0, `"${from}" is in ${uri.path}`);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + from.length)), to);
  assert.ok(await vscode.workspace.applyEdit(edit));
}

function flatten(nodes: readonly TreeSnapshot[]): TreeSnapshot[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

describe('regbrev in VS Code', () => {
  const ch4 = sample('kapitel/04-verksamhetens-intakter-och-kostnader.yaml');
  const ch10 = sample('kapitel/10-regeringsuppdrag-och-aterrapporteringskrav.yaml');
  let api: RegbrevApi;

  before(async () => {
    const ext = vscode.extensions.getExtension<RegbrevApi>('regbrev.regbrev');
    assert.ok(ext, 'the packaged extension is installed');
    api = await ext.activate();
    assert.equal(await api.detected, true, 'the sample is a report');
    await api.started;
  });

  it('starts the server and shows the report’s findings, with no status finding in Problems', async () => {
    const doc = await vscode.workspace.openTextDocument(ch4);
    await vscode.window.showTextDocument(doc);
    await until('the requirements view to fill', () => api.requirements().length > 0);
    const all = vscode.languages.getDiagnostics().flatMap(([, d]) => d).filter((d) => d.source === 'regbrev');
    assert.deepEqual(all.filter((d) => d.severity !== vscode.DiagnosticSeverity.Information).map((d) => d.message), [], 'the real report has no errors or warnings');
    assert.deepEqual(all.filter((d) => ['indicator-status', 'goal-status', 'coverage-summary'].includes(code(d))).map(code), []);
  });

  it('re-checks after an edit, with the rule’s page a command that opens it rendered', async () => {
    await replace(ch4, '[-3.7, 9.3, 11.9]', '[-9.9, 9.3, 11.9]');
    const finding = await until('calc-inconsistent', () => regbrev(ch4).find((d) => code(d) === 'calc-inconsistent'));
    assert.equal(finding.severity, vscode.DiagnosticSeverity.Error);
    assert.match(finding.message, /T1/);
    assert.ok(typeof finding.code === 'object');
    assert.equal(finding.code.target.scheme, 'command');
    assert.match(decodeURIComponent(finding.code.target.query), /calc-inconsistent/);
    await vscode.commands.executeCommand('undo');
    await until('the finding to go', () => !regbrev(ch4).some((d) => code(d) === 'calc-inconsistent'));
  });

  it('opens a rule’s page rendered, not as an editable file', async () => {
    await vscode.commands.executeCommand('regbrev.showRule', 'calc-inconsistent');
    const tab = await until('the rule page', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => /calc-inconsistent/.test(t.label)));
    assert.ok(tab.input instanceof vscode.TabInputWebview, `the page opens in the Markdown preview, not an editor (${tab.label})`);
    await vscode.window.tabGroups.close(tab);
  });

  it('completes requirement ids where answers link to them', async () => {
    const doc = await vscode.workspace.openTextDocument(ch10);
    const position = doc.positionAt(doc.getText().indexOf('ÅK-kostnadsutveckling') + 3);
    const list = await until('completion', async () => {
      const l = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', ch10, position);
      return l.items.length > 0 && l;
    });
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('ÅK-kostnadsutveckling') && labels.includes('UPP-kiruna'), labels.join(', '));
  });

  it('explains a cell on hover', async () => {
    const doc = await vscode.workspace.openTextDocument(ch4);
    const position = doc.positionAt(doc.getText().indexOf('[-3.7, 9.3, 11.9]') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', ch4, position);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /T1\.resultat\.år2023/);
    assert.match(text, /intäkter - kostnader/);
  });

  it('shows above each requirement where it is answered', async () => {
    const uri = sample('regleringsbrev.yaml');
    await vscode.workspace.openTextDocument(uri);
    const lenses = await until('code lenses', async () => {
      const l = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
      return l.length > 0 && l;
    });
    assert.ok(lenses.some((l) => /^(Answered in|Besvaras i) 10\.1/.test(l.command?.title ?? '')), lenses.map((l) => l.command?.title).join('\n'));
  });

  describe('the preview', () => {
    it('shows every printed table of the chapter beside its source', async () => {
      const doc = await vscode.workspace.openTextDocument(ch4);
      await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
      await vscode.commands.executeCommand('regbrev.showPreviewToSide');
      const tables = await ui<Element[]>('webview.wait', { selector: 'table.report-table' });
      assert.deepEqual(tables.map((t) => t.attrs['data-table']), ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8']);
      const counts = await ui<Element[]>('webview.wait', { selector: 'caption .check-count' });
      assert.ok(counts.length === 8 && counts.every((c) => /\d+ (of|av) \d+/.test(c.text)), 'each caption says how many figures are checked');
      await ui('screenshot', { name: 'vscode-preview.png' });
    });

    it('marks a figure broken in the unsaved text within seconds, and unmarks it after the undo', async () => {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(ch4), vscode.ViewColumn.One);
      await replace(ch4, '[-3.7, 9.3, 11.9]', '[-9.9, 9.3, 11.9]');
      const cell = 'td[data-cell="T1.resultat.år2023"]';
      const marked = await ui<Element[]>('webview.wait', { selector: `${cell}.mismatch`, timeoutMs: 10000 });
      assert.ok(marked[0].text.includes('\u2716'), 'a sign, not colour alone');
      assert.ok(marked[0].attrs['aria-describedby'], 'the finding is the cell’s description');
      await ui('webview.scroll', { selector: cell });
      await ui('screenshot', { name: 'vscode-preview-mismatch.png' });
      assert.equal((await vscode.workspace.openTextDocument(ch4)).isDirty, true, 'the edit is unsaved');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(ch4), vscode.ViewColumn.One);
      await vscode.commands.executeCommand('undo');
      await ui('webview.wait', { selector: `${cell}.mismatch`, gone: true, timeoutMs: 10000 });
    });

    it('marks a figure of the text that no longer agrees with its tables, and unmarks it after the undo', async () => {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(ch4), vscode.ViewColumn.One);
      await replace(ch4, '{85,5 = T3.totalt', '{95,5 = T3.totalt');
      const marked = await ui<Element[]>('webview.wait', { selector: '.text .prose-figure.mismatch', timeoutMs: 10000 });
      assert.ok(marked[0].text.includes('\u2716') && marked[0].text.includes('95,5'), marked[0].text);
      assert.ok(marked[0].attrs['aria-describedby'], 'the finding is the figure’s description');
      await ui('webview.scroll', { selector: '.text .prose-figure.mismatch' });
      await ui('screenshot', { name: 'vscode-preview-prose.png' });
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(ch4), vscode.ViewColumn.One);
      await vscode.commands.executeCommand('undo');
      await ui('webview.wait', { selector: '.text .prose-figure.mismatch', gone: true, timeoutMs: 10000 });
    });

    it('moves the editor’s cursor to a cell’s source when the cell is clicked', async () => {
      const doc = await vscode.workspace.openTextDocument(ch4);
      const line = doc.positionAt(doc.getText().indexOf('[-3.7, 9.3, 11.9]')).line;
      await ui('webview.click', { selector: 'td[data-cell="T1.resultat.år2022"]' });
      const editor = await until('the cursor on the cell’s line', () => {
        const e = vscode.window.activeTextEditor;
        return e && e.document.uri.toString() === ch4.toString() && e.selection.active.line === line && e;
      }, 15000);
      assert.equal(doc.getText(new vscode.Range(editor.selection.active, editor.selection.active.translate(0, 3))), '9.3');
    });

    it('scrolls to the table the editor’s cursor moves into', async () => {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(ch4), vscode.ViewColumn.One);
      const at = editor.document.positionAt(editor.document.getText().indexOf('- id: T8'));
      editor.selection = new vscode.Selection(at, at);
      editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.AtTop);
      // The table's block is the innermost element whose source holds the cursor's line.
      const active = await ui<Element[]>('webview.wait', { selector: '.source-active', timeoutMs: 15000 });
      await ui('webview.wait', { selector: '#tabell-t8.source-active', timeoutMs: 15000 }).catch((e) => {
        throw new Error(`${e}; active: ${JSON.stringify(active.map((a) => a.attrs))}`);
      });
    });
  });

  describe('the extension as a product', () => {
    it('lists the letter’s requirements in the Requirements view, all due ones answered', async () => {
      await vscode.commands.executeCommand('regbrev.showRequirements');
      const items = flatten(api.requirements());
      const requirement = /^(M|ÅK|UPP)-/;
      const due = items.filter((i) => requirement.test(i.label) && i.icon !== 'circle-outline');
      assert.equal(due.length, 10, due.map((i) => i.label).join(', '));
      assert.ok(due.every((i) => i.icon === 'pass'), due.map((i) => `${i.label}: ${i.description}`).join('\n'));
      assert.equal(items.filter((i) => /^I-/.test(i.label)).length, 8, 'the eight indicators');
      await ui('screenshot', { name: 'vscode-requirements.png' });
      const rows = await ui<Element[]>('dom.query', { selector: '[id="workbench.view.extension.regbrev"] .monaco-list-row[aria-label]' });
      assert.ok(rows.some((r) => /ÅK-kostnadsutveckling/.test(r.attrs['aria-label'])), `the view shows the requirements: ${rows.map((r) => r.attrs['aria-label']).join(' | ')}`);
    });

    it('shows a requirement unanswered after an unsaved edit removes its answer', async () => {
      await replace(ch10, 'besvarar: [ÅK-språklig-tillgänglighet]', '');
      const item = await until('ÅK-språklig-tillgänglighet unanswered', () => flatten(api.requirements()).find((i) => i.label === 'ÅK-språklig-tillgänglighet' && i.icon === 'error'), 15000);
      assert.match(item.description ?? '', /unanswered|obesvarat/);
      const status = await ui<Element[]>('dom.query', { selector: '[id="regbrev.regbrev.regbrev.status"]' });
      assert.match(status[0].text, /9\/10/);
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(ch10));
      await vscode.commands.executeCommand('undo');
      await until('answered again', () => flatten(api.requirements()).find((i) => i.label === 'ÅK-språklig-tillgänglighet' && i.icon === 'pass'), 15000);
    });

    it('says how the report stands in the status bar', async () => {
      const status = await ui<Element[]>('dom.query', { selector: '[id="regbrev.regbrev.regbrev.status"]' });
      assert.match(status[0].text, /10\/10 requirements answered · no errors/);
    });

    it('offers the preview and new-report commands in the palette, with English titles', async () => {
      const labels = await ui<string[]>('palette', { query: 'regbrev' });
      for (const title of ['regbrev: Open Preview to the Side', 'regbrev: Open Preview', 'regbrev: New Report…', 'regbrev: Show the Requirements of the Letter']) {
        assert.ok(labels.some((l) => l.includes(title)), `${title} in: ${labels.join(' | ')}`);
      }
      assert.ok(!labels.some((l) => /%[\w.]+%|Förhandsvisning|Starta om/.test(l)), labels.join(' | '));
    });

    it('has a walkthrough', async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.commands.executeCommand('workbench.action.openWalkthrough', 'regbrev.regbrev#regbrev.gettingStarted', false);
      const steps = await ui<Element[]>('dom.query', { selector: '.getting-started-step' });
      assert.ok(steps.length >= 4, `${steps.length} steps`);
      assert.ok(steps.some((s) => /Create a report/.test(s.text)));
      await ui('screenshot', { name: 'vscode-walkthrough.png' });
    });

    it('creates a new report that checks clean with New Report…', async () => {
      const folder = vscode.workspace.workspaceFolders![0].uri;
      const target = vscode.Uri.joinPath(folder, 'ny', 'provmyndigheten-2025');
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder, 'ny'));
      const done = vscode.commands.executeCommand('regbrev.newReport');
      await ui('answer', { text: 'Provmyndigheten', title: 'New report (1/3)' });
      await ui('answer', { text: '2025', title: 'New report (2/3)' });
      // The folder dialog (VS Code's own, in a browser): type the path and accept it with its button, as a
      // user would. Enter is not pressed: in the dialog it either opens the folder or accepts it, depending
      // on how far its own completion has got, and only the button means the same every time.
      await ui('answer', { text: `${vscode.Uri.joinPath(folder, 'ny').fsPath}/`, title: 'New report (3/3): the folder to create it in', enter: false });
      await ui('dom.click', { selector: '.quick-input-widget .monaco-button:has-text("Create the report here")' });
      await ui('answer', { text: 'provmyndigheten-2025', title: 'New report (3/3)' });
      await done;
      const manifest = vscode.Uri.joinPath(target, 'arsredovisning.yaml');
      const editor = await until('the new manifest open', () => vscode.window.activeTextEditor?.document.uri.toString() === manifest.toString() && vscode.window.activeTextEditor, 30000);
      assert.match(editor.document.getText(), /typ: årsredovisning/);
      assert.match(editor.document.getText(), /Provmyndigheten/);
      // The scaffold checks clean: its files get published, with no error or warning.
      const chapters = await vscode.workspace.findFiles(new vscode.RelativePattern(target, '**/*.yaml'));
      assert.ok(chapters.length >= 4, `${chapters.length} files`);
      await until('the new report checked', () => vscode.languages.getDiagnostics(manifest) !== undefined && flatten(api.requirements()).some((i) => /Provmyndigheten/.test(i.label)), 30000);
      const bad = chapters.flatMap((u) => regbrev(u)).filter((d) => d.severity !== vscode.DiagnosticSeverity.Information);
      assert.deepEqual(bad.map((d) => d.message), []);
    });
  });
});
