// Whether the workspace holds a report, decided before the server starts (see reportFiles.ts): the open
// documents first, then files named like a manifest or a letter, then a bounded sniff of the YAML files.
import * as vscode from 'vscode';
import { isReportText, REPORT_FILE_GLOB, SNIFF_BYTES } from './reportFiles';

/** Folders no report lives in, left out of the search so that it stays quick in large workspaces. */
const EXCLUDE = '**/{node_modules,.git,dist,out,.vscode-test}/**';
/** At most this many YAML files are sniffed; a report has its manifest near the top of the list anyway. */
const MAX_SNIFFED = 2000;

async function sniff(uri: vscode.Uri): Promise<boolean> {
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return isReportText(new TextDecoder().decode(bytes.subarray(0, SNIFF_BYTES)));
  } catch {
    return false;
  }
}

export function isReportDocument(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'yaml' && doc.uri.scheme === 'file' && isReportText(doc.getText(new vscode.Range(0, 0, 200, 0)));
}

export async function workspaceHasReport(): Promise<boolean> {
  if (vscode.workspace.textDocuments.some(isReportDocument)) return true;
  if (!vscode.workspace.workspaceFolders?.length) return false;
  for (const uri of await vscode.workspace.findFiles(REPORT_FILE_GLOB, EXCLUDE, 20)) if (await sniff(uri)) return true;
  for (const uri of await vscode.workspace.findFiles('**/*.{yaml,yml}', EXCLUDE, MAX_SNIFFED)) if (await sniff(uri)) return true;
  return false;
}

/** Calls `found` once, when a report file is opened, created or changed in a workspace that had none. */
export function watchForReport(found: () => void): vscode.Disposable {
  let done = false;
  const fire = () => {
    if (done) return;
    done = true;
    disposable.dispose();
    found();
  };
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}');
  const onFile = (uri: vscode.Uri) => void sniff(uri).then((yes) => yes && fire());
  const disposable = vscode.Disposable.from(
    watcher,
    watcher.onDidCreate(onFile),
    watcher.onDidChange(onFile),
    vscode.workspace.onDidOpenTextDocument((doc) => isReportDocument(doc) && fire()),
    vscode.workspace.onDidChangeTextDocument((e) => isReportDocument(e.document) && fire()),
  );
  return disposable;
}
