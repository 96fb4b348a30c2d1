// The extension in a real VS Code: the server starts, diagnostics follow an edit, completion offers
// requirement ids, hover explains a cell, code lenses show where requirements are answered. Every wait
// polls the editor's state; nothing sleeps a fixed time.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';

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
  const folder = vscode.workspace.workspaceFolders![0].uri;
  return vscode.Uri.joinPath(folder, path);
}

const regbrev = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'regbrev');
const code = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

describe('regbrev in VS Code', () => {
  const ch4 = sample('kapitel/04-verksamhetens-intakter-och-kostnader.yaml');

  it('starts the server and shows the report’s findings', async () => {
    const doc = await vscode.workspace.openTextDocument(ch4);
    await vscode.window.showTextDocument(doc);
    const diagnostics = await until('diagnostics', () => regbrev(ch4).length > 0 && regbrev(ch4));
    assert.ok(diagnostics.every((d) => d.severity === vscode.DiagnosticSeverity.Information), 'the real report has no errors');
  });

  it('re-checks after an edit, with the rule’s page linked', async () => {
    const doc = await vscode.workspace.openTextDocument(ch4);
    const at = doc.getText().indexOf('[-3.7, 9.3, 11.9]') + 1;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(ch4, new vscode.Range(doc.positionAt(at), doc.positionAt(at + 4)), '-9.9');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const finding = await until('calc-inconsistent', () => regbrev(ch4).find((d) => code(d) === 'calc-inconsistent'));
    assert.equal(finding.severity, vscode.DiagnosticSeverity.Error);
    assert.match(finding.message, /T1/);
    assert.ok(typeof finding.code === 'object' && /calc-inconsistent\.md$/.test(finding.code.target.toString()));
    await vscode.commands.executeCommand('undo');
    await until('the finding to go', () => !regbrev(ch4).some((d) => code(d) === 'calc-inconsistent'));
  });

  it('completes requirement ids where answers link to them', async () => {
    const uri = sample('kapitel/10-regeringsuppdrag-och-aterrapporteringskrav.yaml');
    const doc = await vscode.workspace.openTextDocument(uri);
    const position = doc.positionAt(doc.getText().indexOf('ÅK-kostnadsutveckling') + 3);
    const list = await until('completion', async () => {
      const l = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
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
    assert.ok(lenses.some((l) => l.command?.title.startsWith('Besvaras i 10.1')));
  });
});
