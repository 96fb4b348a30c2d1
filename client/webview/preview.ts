// The preview's own script, the only script the webview runs (loaded by nonce under a strict CSP). It
// replaces the rendered report when the extension sends a new one, keeps the reader's place, turns a
// click on a heading, table or cell into "reveal this source", scrolls to the element the editor's cursor
// is in, and tells the extension which element is at the top when the reader scrolls. It never builds
// markup from strings of its own: the HTML comes from the server's renderer, which escapes every text.
import type { FromWebview, PreviewState, SourceSpan, ToWebview } from '../src/preview/messages';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): PreviewState | undefined;
  setState(state: PreviewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const content = document.getElementById('content') as HTMLElement;
const notice = document.getElementById('notice') as HTMLElement;
let sources: readonly SourceSpan[] = [];
let uri = vscode.getState()?.uri ?? '';
/** Scrolls the script makes itself are not the reader's: they must not scroll the editor back. */
let ownScrollUntil = 0;
let active: Element | undefined;

function post(message: FromWebview): void {
  vscode.postMessage(message);
}

function sourceIndex(el: Element): number | undefined {
  const v = el.getAttribute('data-src');
  return v === null ? undefined : Number(v);
}

function tracked(): Element[] {
  return [...content.querySelectorAll('[data-src]')];
}

/** The element the reader sees at the top of the view, to keep it there across an update. */
function topElement(): Element | undefined {
  for (const el of tracked()) {
    const box = el.getBoundingClientRect();
    if (box.bottom > 0 && box.height > 0) return el;
  }
  return undefined;
}

/** A name for an element that survives a re-render (indices may shift when the source changes). */
function stableKey(el: Element): string | undefined {
  const cell = el.getAttribute('data-cell');
  if (cell) return `[data-cell="${CSS.escape(cell)}"]`;
  const holder = el.closest('[id]');
  return holder ? `#${CSS.escape(holder.id)}` : undefined;
}

function scrollOwn(top: number): void {
  ownScrollUntil = Date.now() + 150;
  window.scrollTo({ top, behavior: 'auto' });
}

function setActive(el: Element | undefined): void {
  active?.classList.remove('source-active');
  active = el;
  active?.classList.add('source-active');
}

/** The element whose source holds `line` most closely: the innermost one, else the last one above it. */
function elementAt(fileUri: string, line: number): Element | undefined {
  let inside: { el: Element; span: number } | undefined;
  let above: { el: Element; line: number } | undefined;
  for (const el of tracked()) {
    const s = sources[sourceIndex(el) ?? -1];
    if (!s || s.uri !== fileUri) continue;
    if (s.startLine <= line && line <= s.endLine) {
      const span = s.endLine - s.startLine;
      if (!inside || span <= inside.span) inside = { el, span };
    } else if (s.startLine <= line && (!above || s.startLine >= above.line)) {
      above = { el, line: s.startLine };
    }
  }
  return inside?.el ?? above?.el;
}

function scrollToLine(fileUri: string, line: number): void {
  const el = elementAt(fileUri, line);
  if (!el) return;
  setActive(el);
  const box = el.getBoundingClientRect();
  // Keep the element in view with some context above it, as the Markdown preview does.
  if (box.top < 0 || box.bottom > window.innerHeight) scrollOwn(window.scrollY + box.top - window.innerHeight * 0.2);
}

function update(message: Extract<ToWebview, { type: 'update' }>): void {
  const keep = message.fresh ? undefined : topElement();
  const key = keep ? stableKey(keep) : undefined;
  const offset = keep ? keep.getBoundingClientRect().top : 0;
  const scrollY = window.scrollY;
  notice.hidden = true;
  document.body.classList.remove('stale');
  (document.getElementById('stale') as HTMLElement).hidden = true;
  sources = message.sources;
  uri = message.uri;
  content.innerHTML = message.html;
  active = undefined;
  if (message.fresh) {
    if (message.line !== undefined) scrollToLine(uri, message.line);
    else scrollOwn(vscode.getState()?.uri === uri ? vscode.getState()?.scrollY ?? 0 : 0);
  } else {
    const again = key ? content.querySelector(key) : null;
    if (again) scrollOwn(window.scrollY + again.getBoundingClientRect().top - offset);
    else scrollOwn(scrollY);
  }
  vscode.setState({ uri, scrollY: window.scrollY });
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const m = event.data;
  switch (m.type) {
    case 'update':
      update(m);
      break;
    case 'scrollTo':
      scrollToLine(m.uri, m.line);
      break;
    case 'notice':
      content.innerHTML = '';
      sources = [];
      notice.textContent = m.text;
      notice.hidden = false;
      break;
    case 'stale':
      document.body.classList.toggle('stale', m.stale);
      (document.getElementById('stale') as HTMLElement).hidden = !m.stale;
      break;
  }
});

document.addEventListener('click', (event) => {
  const target = event.target as Element | null;
  if (!target || target.closest('a[href]')) return;
  const el = target.closest('[data-src]');
  const index = el ? sourceIndex(el) : undefined;
  if (el && index !== undefined) {
    setActive(el);
    post({ type: 'reveal', source: index });
  }
});

let scrollPending = false;
window.addEventListener('scroll', () => {
  if (scrollPending) return;
  scrollPending = true;
  requestAnimationFrame(() => {
    scrollPending = false;
    vscode.setState({ uri, scrollY: window.scrollY });
    if (Date.now() < ownScrollUntil) return;
    const top = topElement();
    const index = top ? sourceIndex(top) : undefined;
    if (index !== undefined) post({ type: 'scrolled', source: index });
  });
}, { passive: true });

post({ type: 'ready' });
