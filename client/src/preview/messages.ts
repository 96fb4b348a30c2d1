// The messages between the extension and the preview's own script in the webview. Shared by both sides
// (the webview is built from client/webview/ with the DOM library, the extension with Node's), so this
// file imports neither `vscode` nor the DOM.

/** Where a rendered element comes from: a file and its lines (0-based, inclusive). */
export interface SourceSpan {
  readonly uri: string;
  readonly startLine: number;
  readonly startCharacter: number;
  readonly endLine: number;
}

export type ToWebview =
  | {
    readonly type: 'update';
    /** The file the preview shows (a chapter, or the manifest for the whole report). */
    readonly uri: string;
    readonly html: string;
    readonly sources: readonly SourceSpan[];
    /** True when the first render of this file: the script then scrolls to `line` instead of keeping its place. */
    readonly fresh: boolean;
    readonly line?: number;
  }
  /** The editor's cursor or view moved: scroll to the element that stands at that line. */
  | { readonly type: 'scrollTo'; readonly uri: string; readonly line: number }
  /** Nothing to render: a sentence why. */
  | { readonly type: 'notice'; readonly text: string }
  /** The source changed and a new render is on its way. */
  | { readonly type: 'stale'; readonly stale: boolean };

export type FromWebview =
  | { readonly type: 'ready' }
  /** The reader clicked an element: reveal its source. */
  | { readonly type: 'reveal'; readonly source: number }
  /** The reader scrolled the preview: this element is now at the top. */
  | { readonly type: 'scrolled'; readonly source: number };

/** What the webview keeps across reloads (VS Code's `getState`/`setState`), for restoring the panel. */
export interface PreviewState {
  readonly uri: string;
  readonly scrollY: number;
}
