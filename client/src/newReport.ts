// "New Report…": the same scaffold as `regbrev init`, run by the CLI shipped with the extension, into a
// folder the user chooses; then the manifest opens. The CLI refuses a folder that is not empty, so no
// file of the user's is ever overwritten.
import { fork } from 'node:child_process';
import * as vscode from 'vscode';

const NEW_REPORT_COMMAND = 'regbrev.newReport';

/** A folder name suggested from the agency and the year; the user may change it. */
function suggestedFolder(agency: string, year: number): string {
  const folded = agency.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o').normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return `${folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'myndigheten'}-${year}`;
}

function runInit(cli: string, args: readonly string[], output: vscode.OutputChannel): Promise<number> {
  return new Promise((resolve) => {
    const child = fork(cli, ['init', ...args], { silent: true, env: { ...process.env, LANG: vscode.env.language.startsWith('sv') ? 'sv_SE.UTF-8' : 'en_US.UTF-8' } });
    child.stdout?.on('data', (d: Buffer) => output.append(d.toString()));
    child.stderr?.on('data', (d: Buffer) => output.append(d.toString()));
    child.on('error', (e) => {
      output.appendLine(e.message);
      resolve(2);
    });
    child.on('exit', (code) => resolve(code ?? 2));
  });
}

export function registerNewReport(context: vscode.ExtensionContext, output: vscode.OutputChannel): vscode.Disposable {
  return vscode.commands.registerCommand(NEW_REPORT_COMMAND, async () => {
    const agency = await vscode.window.showInputBox({
      title: vscode.l10n.t('New report (1/3)'),
      prompt: vscode.l10n.t('The agency’s name'),
      placeHolder: vscode.l10n.t('e.g. Statens servicecenter'),
      ignoreFocusOut: true,
      validateInput: (v) => (v.trim() === '' ? vscode.l10n.t('Give the agency’s name.') : undefined),
    });
    if (agency === undefined) return;
    const lastYear = new Date().getFullYear() - 1;
    const yearText = await vscode.window.showInputBox({
      title: vscode.l10n.t('New report (2/3)'),
      prompt: vscode.l10n.t('The financial year'),
      value: String(lastYear),
      ignoreFocusOut: true,
      validateInput: (v) => (/^\d{4}$/.test(v.trim()) ? undefined : vscode.l10n.t('A year such as {0}.', lastYear)),
    });
    if (yearText === undefined) return;
    const year = Number(yearText.trim());
    const parents = await vscode.window.showOpenDialog({
      title: vscode.l10n.t('New report (3/3): the folder to create it in'),
      canSelectFiles: false,
      canSelectFolders: true,
      canSelectMany: false,
      defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
      openLabel: vscode.l10n.t('Create the report here'),
    });
    const parent = parents?.[0];
    if (!parent) return;
    const name = await vscode.window.showInputBox({
      title: vscode.l10n.t('New report (3/3)'),
      prompt: vscode.l10n.t('The report’s folder, created in {0}', parent.fsPath),
      value: suggestedFolder(agency, year),
      ignoreFocusOut: true,
      validateInput: (v) => (/^[^/\\]+$/.test(v.trim()) && v.trim() !== '.' && v.trim() !== '..' ? undefined : vscode.l10n.t('A folder name, without slashes.')),
    });
    if (name === undefined) return;
    const folder = vscode.Uri.joinPath(parent, name.trim());
    const cli = context.asAbsolutePath('dist/cli.js');
    output.appendLine(`regbrev init --myndighet "${agency.trim()}" --år ${year} --dir ${folder.fsPath}`);
    const code = await runInit(cli, ['--myndighet', agency.trim(), '--år', String(year), '--dir', folder.fsPath], output);
    if (code !== 0) {
      output.show(true);
      void vscode.window.showErrorMessage(vscode.l10n.t('The report could not be created; the output channel says why.'));
      return;
    }
    const inWorkspace = vscode.workspace.getWorkspaceFolder(folder) !== undefined;
    if (!inWorkspace) {
      const count = vscode.workspace.workspaceFolders?.length ?? 0;
      vscode.workspace.updateWorkspaceFolders(count, 0, { uri: folder });
    }
    await vscode.window.showTextDocument(vscode.Uri.joinPath(folder, 'arsredovisning.yaml'));
  });
}
