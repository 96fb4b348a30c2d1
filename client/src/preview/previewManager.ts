// The preview commands and what ties previews to editors, the way VS Code's Markdown preview works: one
// preview follows the active editor to the report's other files, the editor's cursor and scrolling move
// the preview, and a click or a scroll in the preview moves the editor (each direction behind a setting).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { SourceSpan } from './messages';
import { PREVIEW_VIEW_TYPE, PreviewPanel } from './previewPanel';

/** A scroll the extension makes in an editor to follow the preview must not scroll the preview back. */
const ECHO_MS = 300;

function setting(name: 'scrollPreviewWithEditor' | 'scrollEditorWithPreview' | 'revealSourceOnClick'): boolean {
  return vscode.workspace.getConfiguration('regbrev.preview').get<boolean>(name, true);
}

export class PreviewManager implements vscode.Disposable {
  private readonly panels = new Set<PreviewPanel>();
  private editorScrolledByPreviewUntil = 0;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient, private readonly extensionUri: vscode.Uri, analysed: vscode.Event<number>) {
    this.disposables.push(
      vscode.commands.registerCommand('regbrev.showPreview', (uri?: vscode.Uri) => this.open(uri, vscode.ViewColumn.Active)),
      vscode.commands.registerCommand('regbrev.showPreviewToSide', (uri?: vscode.Uri) => this.open(uri, vscode.ViewColumn.Beside)),
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel, state: { uri?: string } | undefined) => {
          if (!state?.uri) {
            panel.dispose();
            return;
          }
          await this.adopt(panel, vscode.Uri.parse(state.uri)).refresh();
        },
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.followEditor(editor)),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (setting('scrollPreviewWithEditor')) {
          this.scrollPreviews(e.textEditor.document.uri, e.selections[0].active.line);
        }
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (Date.now() < this.editorScrolledByPreviewUntil || !setting('scrollPreviewWithEditor')) return;
        if (e.textEditor !== vscode.window.activeTextEditor || e.visibleRanges.length === 0) return;
        // While the cursor is in view the preview stays with what the cursor is in; scrolled out of view,
        // the preview follows the editor's top line.
        const cursor = e.textEditor.selection.active.line;
        const inView = e.visibleRanges.some((r) => r.start.line <= cursor && cursor <= r.end.line);
        this.scrollPreviews(e.textEditor.document.uri, inView ? cursor : e.visibleRanges[0].start.line);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) for (const p of this.panels) p.noteEdit(e.document);
      }),
      analysed((generation) => {
        for (const p of this.panels) p.analysed(generation);
      }),
    );
  }

  /** Opens (or reveals) the preview of a file: the given one, else the active editor's. */
  private async open(uri: vscode.Uri | undefined, column: vscode.ViewColumn): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const target = uri ?? editor?.document.uri;
    if (!target) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a report file (a chapter, the manifest or the letter) to preview it.'));
      return;
    }
    const line = editor && editor.document.uri.toString() === target.toString() ? editor.selection.active.line : undefined;
    const existing = [...this.panels][0];
    if (existing) {
      existing.panel.reveal(column === vscode.ViewColumn.Beside ? existing.panel.viewColumn : column, true);
      await existing.show(target, line);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      vscode.l10n.t('Preview'),
      { viewColumn: column, preserveFocus: column === vscode.ViewColumn.Beside },
      { enableScripts: true, enableFindWidget: true },
    );
    await this.adopt(panel, target).show(target, line);
  }

  private adopt(panel: vscode.WebviewPanel, uri: vscode.Uri): PreviewPanel {
    const preview = new PreviewPanel(panel, this.client, this.extensionUri, uri, {
      reveal: (span) => void this.revealSource(span),
      scrolled: (span) => this.scrollEditor(span),
      disposed: (p) => this.panels.delete(p),
    });
    this.panels.add(preview);
    return preview;
  }

  /** The preview follows the active editor to another file of a report (its own, or another one). */
  private followEditor(editor: vscode.TextEditor | undefined): void {
    if (!editor || editor.document.languageId !== 'yaml') return;
    for (const p of this.panels) {
      if (p.uri.toString() === editor.document.uri.toString()) continue;
      // Only report files take the preview over; the server tells by rendering nothing for other files.
      void p.show(editor.document.uri, editor.selection.active.line, true).then(undefined, () => undefined);
    }
  }

  private scrollPreviews(uri: vscode.Uri, line: number): void {
    for (const p of this.panels) p.scrollTo(uri, line);
  }

  /** A click in the preview: the source opens (or comes forward) with the cursor on the element. */
  private async revealSource(span: SourceSpan): Promise<void> {
    if (!setting('revealSourceOnClick')) return;
    const uri = vscode.Uri.parse(span.uri);
    const position = new vscode.Position(span.startLine, span.startCharacter);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === span.uri);
    const column = visible?.viewColumn ?? this.sourceColumn();
    const editor = await vscode.window.showTextDocument(uri, { viewColumn: column, preserveFocus: false });
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** The reader scrolled the preview: the editor of that file scrolls to the element now at the top. */
  private scrollEditor(span: SourceSpan): void {
    if (!setting('scrollEditorWithPreview')) return;
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === span.uri);
    if (!editor) return;
    this.editorScrolledByPreviewUntil = Date.now() + ECHO_MS;
    const position = new vscode.Position(span.startLine, 0);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
  }

  /** The column the sources stand in: any other than the previews'. */
  private sourceColumn(): vscode.ViewColumn {
    const previewColumns = new Set([...this.panels].map((p) => p.panel.viewColumn));
    const other = vscode.window.visibleTextEditors.find((e) => !previewColumns.has(e.viewColumn));
    return other?.viewColumn ?? vscode.ViewColumn.One;
  }

  dispose(): void {
    for (const p of [...this.panels]) p.panel.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
