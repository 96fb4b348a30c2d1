// One preview: a webview panel that shows the chapter (or report) of one file as the server renders it.
// It asks the server for a new render once per analysis, marks itself stale while the source it shows
// has edits the render does not reflect, and turns the script's clicks into "reveal the source".
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PreviewRequest } from '../../../server/src/shared/protocol';
import type { PreviewResult } from '../../../server/src/shared/protocol';
import type { FromWebview, SourceSpan, ToWebview } from './messages';

export const PREVIEW_VIEW_TYPE = 'regbrev.preview';

function nonce(): string {
  return randomBytes(18).toString('base64');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface PanelEvents {
  /** The reader clicked an element of the preview: show its source. */
  reveal(span: SourceSpan): void;
  /** The reader scrolled the preview: this source is now at its top. */
  scrolled(span: SourceSpan): void;
  disposed(panel: PreviewPanel): void;
}

export class PreviewPanel {
  /** The file shown; the report's manifest for the whole report. */
  uri: vscode.Uri;
  private generation = -1;
  private sources: readonly SourceSpan[] = [];
  private files = new Set<string>();
  private versions: Readonly<Record<string, number | null>> = {};
  private css: string | undefined;
  private ready = false;
  private queue: ToWebview[] = [];
  /** The last render sent, to send again when VS Code reloads a hidden webview that is shown again. */
  private lastUpdate: Extract<ToWebview, { type: 'update' }> | undefined;
  private pending: Promise<void> | undefined;
  private again = false;
  /** The next render is of another file: scroll to `line` rather than keep the place. */
  private fresh = true;
  private freshLine: number | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly client: LanguageClient,
    private readonly extensionUri: vscode.Uri,
    uri: vscode.Uri,
    private readonly events: PanelEvents,
  ) {
    this.uri = uri;
    panel.webview.options = {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'client', 'media')],
    };
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'client', 'media', 'preview-icon.svg');
    this.disposables.push(
      panel.webview.onDidReceiveMessage((m: FromWebview) => this.receive(m)),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  /** Whether the preview shows this file, or the report it belongs to. */
  shows(uri: vscode.Uri): boolean {
    return this.files.has(uri.toString()) || uri.toString() === this.uri.toString();
  }

  /**
   * Shows another file, scrolled to `line` of it. Following the active editor (`follow`), a file of no
   * report leaves the preview as it is, as the Markdown preview ignores editors of other languages.
   */
  async show(uri: vscode.Uri, line?: number, follow = false): Promise<void> {
    if (uri.toString() === this.uri.toString()) {
      await this.refresh();
      return;
    }
    if (follow) {
      const result = await this.fetch(uri);
      if (!result || result.scope === 'none' || uri.toString() !== result.uri) return;
      this.switchTo(uri, line);
      this.apply(result);
      return;
    }
    this.switchTo(uri, line);
    await this.refresh();
  }

  private switchTo(uri: vscode.Uri, line: number | undefined): void {
    this.uri = uri;
    this.generation = -1;
    this.fresh = true;
    this.freshLine = line;
  }

  /** Marks the preview stale when an open file it shows changed after its render. */
  noteEdit(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (!this.files.has(key)) return;
    const seen = this.versions[key];
    if (seen !== document.version) this.post({ type: 'stale', stale: true });
  }

  scrollTo(uri: vscode.Uri, line: number): void {
    if (this.files.has(uri.toString())) this.post({ type: 'scrollTo', uri: uri.toString(), line });
  }

  /** Asks the server for the preview; one request at a time, and one more if asked meanwhile. */
  refresh(): Promise<void> {
    if (this.pending) {
      this.again = true;
      return this.pending;
    }
    this.pending = this.load().finally(() => {
      this.pending = undefined;
      if (this.again) {
        this.again = false;
        void this.refresh();
      }
    });
    return this.pending;
  }

  /** A new analysis is out: render again, unless this preview already shows it. */
  analysed(generation: number): void {
    if (generation > this.generation) void this.refresh();
  }

  private async fetch(uri: vscode.Uri): Promise<PreviewResult | undefined> {
    try {
      return await this.client.sendRequest(PreviewRequest.type, { uri: uri.toString() });
    } catch (e) {
      this.post({ type: 'notice', text: vscode.l10n.t('The preview could not be rendered: {0}', (e as Error).message) });
      return undefined;
    }
  }

  private async load(): Promise<void> {
    const result = await this.fetch(this.uri);
    if (result && result.uri === this.uri.toString()) this.apply(result);
  }

  private apply(result: PreviewResult): void {
    this.generation = result.generation;
    this.panel.title = vscode.l10n.t('Preview {0}', result.title);
    this.ensureShell(result.css);
    if (result.scope === 'none') {
      this.post({ type: 'notice', text: result.message ?? vscode.l10n.t('The preview could not be rendered.') });
      return;
    }
    this.sources = result.sources;
    this.files = new Set(result.files);
    this.versions = result.versions;
    this.post({ type: 'update', uri: result.uri, html: result.html, sources: result.sources, fresh: this.fresh, line: this.freshLine });
    this.fresh = false;
    this.freshLine = undefined;
    // The render may already be behind the editor when typing went on while it was made.
    for (const doc of vscode.workspace.textDocuments) this.noteEdit(doc);
  }

  /** The page around the rendered report: the strict Content-Security-Policy, the stylesheets, the script. */
  private ensureShell(css: string): void {
    // A page without a report (a notice) keeps the stylesheet it has.
    if (this.css !== undefined && (css === '' || this.css === css)) return;
    this.css = css;
    this.ready = false;
    const webview = this.panel.webview;
    const n = nonce();
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'preview.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'client', 'media', 'preview.css'));
    const policy = [
      "default-src 'none'",
      `img-src ${webview.cspSource} data:`,
      `style-src ${webview.cspSource} 'nonce-${n}'`,
      `font-src ${webview.cspSource}`,
      `script-src 'nonce-${n}'`,
    ].join('; ');
    webview.html = [
      '<!DOCTYPE html>',
      // The report is a Swedish document whatever language the editor speaks.
      '<html lang="sv">',
      '<head>',
      '<meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<style nonce="${n}">${css.replace(/<\/style/gi, '<\\/style')}</style>`,
      `<link rel="stylesheet" href="${style}">`,
      '</head>',
      '<body>',
      `<div id="stale" class="preview-stale" role="status" hidden>${escapeHtml(vscode.l10n.t('Updating…'))}</div>`,
      '<div id="notice" class="preview-notice" role="status" hidden></div>',
      '<div id="content" data-regbrev-preview></div>',
      `<script nonce="${n}" src="${script}"></script>`,
      '</body>',
      '</html>',
    ].join('\n');
  }

  private post(message: ToWebview): void {
    if (message.type === 'update') this.lastUpdate = message;
    if (message.type === 'notice') this.lastUpdate = undefined;
    if (!this.ready) {
      // Only the latest render matters; scrolls and notices keep their order after it.
      if (message.type === 'update') this.queue = this.queue.filter((m) => m.type !== 'update' && m.type !== 'notice');
      this.queue.push(message);
      return;
    }
    void this.panel.webview.postMessage(message);
  }

  private receive(message: FromWebview): void {
    switch (message.type) {
      case 'ready': {
        this.ready = true;
        // A webview that was hidden comes back empty: it gets the last render again, at its old place.
        const queued = this.queue.length > 0 || !this.lastUpdate ? this.queue : [{ ...this.lastUpdate, fresh: true, line: undefined }];
        this.queue = [];
        for (const m of queued) void this.panel.webview.postMessage(m);
        break;
      }
      case 'reveal': {
        const span = this.sources[message.source];
        if (span) this.events.reveal(span);
        break;
      }
      case 'scrolled': {
        const span = this.sources[message.source];
        if (span) this.events.scrolled(span);
        break;
      }
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.disposables.length = 0;
    this.events.disposed(this);
  }
}
