// A rule's page opens rendered and read-only (VS Code's Markdown preview of the page shipped with the
// extension), from the rule code of a finding in Problems or a hover.
import * as vscode from 'vscode';

export const SHOW_RULE_COMMAND = 'regbrev.showRule';

/** Rule codes are lower-case words joined by hyphens; anything else is not looked up on disk. */
const CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function registerRulePages(extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.commands.registerCommand(SHOW_RULE_COMMAND, async (code: unknown) => {
    if (typeof code !== 'string' || !CODE.test(code)) return;
    const page = vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${code}.md`);
    try {
      await vscode.workspace.fs.stat(page);
    } catch {
      void vscode.window.showWarningMessage(vscode.l10n.t('No page for the rule {0}.', code));
      return;
    }
    await vscode.commands.executeCommand('markdown.showPreview', page);
  });
}
