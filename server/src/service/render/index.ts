// The rendered report: the whole report (`renderReport`) and single tables (`renderTable`), as the
// service's facade and the renderer's tests use them. Pure: no I/O, never throws.
export { renderReport } from './report';
export { renderTable } from './table';
