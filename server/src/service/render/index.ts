// The rendered report: the whole report (`renderReport`) and single tables (`renderTable`), as the CLI's
// `render` command and the preview webview use them. Pure: no I/O, never throws.
export { renderReport } from './report';
export type { DocumentInfo, RenderedReport, RenderOptions } from './report';
export { renderTable } from './table';
export type { TableRenderOptions } from './table';
export { REPORT_CSS, reportCss } from './css';
export type { RunningHead } from './css';
export { renderMarkdown } from './markdown';
