// The rendered report: the whole report (`renderReport`) and single tables (`renderTable`), as the CLI's
// `render` command and the preview webview use them. Pure: no I/O, never throws.
export { renderReport } from './report';
export type { RenderedReport, RenderOptions } from './report';
export { renderTable } from './table';
export type { TableRenderOptions } from './table';
export { REPORT_CSS } from './css';
export { renderMarkdown } from './markdown';
