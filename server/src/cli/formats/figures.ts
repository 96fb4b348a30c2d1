// The report's tables as data files: tabeller.json (what `render` writes beside the page and `export
// --format json` prints) and the same records as CSV. Files are named relative to the report's folder
// (the manifest's), so that the data travels with the published page; positions are 0-based in JSON, as
// in `check --format json`, and the CSV gives the 1-based line a person looks for.
import type { FigureExport, FigureRecord } from '../../service/index';
import type { Language } from '../../service/index';

/** What the format needs of the sources: a file's path as printed, and an offset as line and character. */
export interface FigureSources {
  readonly file: (uri: string) => string;
  readonly position: (uri: string, offset: number) => { readonly line: number; readonly character: number };
}

/** Identifies the file, so that a reader knows which version of the layout it holds. */
const FIGURES_FORMAT = 'regbrev-tabeller';
const FIGURES_VERSION = 1;

/** The record's fields in order; the CSV's header and the JSON's keys. */
const FIELDS = [
  'id', 'table', 'tableLabel', 'tableTitle', 'tablePrinted', 'form', 'row', 'rowHeading', 'group', 'column',
  'columnHeading', 'year', 'kind', 'printed', 'value', 'unit', 'scale', 'decimals', 'rounding', 'interval',
  'checked', 'consistent', 'standalone', 'restated',
] as const satisfies readonly (keyof FigureRecord)[];

/** One record with every key present (null where a cell has no such fact), and where it stands. */
function jsonRecord(r: FigureRecord, sources: FigureSources): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of FIELDS) out[f] = r[f] ?? null;
  out.file = r.location ? sources.file(r.location.uri) : null;
  out.range = r.location
    ? { start: sources.position(r.location.uri, r.location.range.start), end: sources.position(r.location.uri, r.location.range.end) }
    : null;
  return out;
}

/** tabeller.json: the report, the counts, then one cell per line so that a diff shows which cells changed. */
export function figuresJson(data: FigureExport, sources: FigureSources): string {
  const head = {
    format: FIGURES_FORMAT,
    version: FIGURES_VERSION,
    report: {
      agency: data.agency ?? null,
      year: data.year ?? null,
      manifest: sources.file(data.manifestUri),
      requirementSet: data.requirementSetUri ? sources.file(data.requirementSetUri) : null,
    },
    summary: data.summary,
  };
  const top = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  const cells = data.cells.map((r) => `    ${JSON.stringify(jsonRecord(r, sources))}`).join(',\n');
  return `${top},\n  "cells": [\n${cells}${cells ? '\n' : ''}  ]\n}\n`;
}

/** The CSV's columns: the record's fields with the interval spread over three, then the file and line. */
const CSV_HEADER = [...FIELDS.filter((f) => f !== 'interval').flatMap((f) => (f === 'checked' ? ['low', 'high', 'bounds', f] : [f])), 'file', 'line'];

/** Fields that regbrev itself writes as plain numbers or keywords; the others may hold the sources' text. */
const GENERATED = new Set(['year', 'value', 'scale', 'decimals', 'low', 'high', 'bounds', 'checked', 'consistent', 'tablePrinted', 'kind', 'rounding', 'line']);

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break or edge spaces. A text
 * from the sources that a spreadsheet would take for a formula (starting with =, +, -, @, tab or CR) gets
 * a leading apostrophe, so that opening the file runs nothing.
 */
export function csvField(value: unknown, column: string): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (!GENERATED.has(column) && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The records as CSV: a header, then one line per cell, UTF-8, lines ending in LF. */
export function figuresCsv(data: FigureExport, sources: FigureSources): string {
  const lines = [CSV_HEADER.join(',')];
  for (const r of data.cells) {
    const values: Record<string, unknown> = { ...r, low: r.interval?.low, high: r.interval?.high, bounds: r.interval?.bounds };
    values.file = r.location ? sources.file(r.location.uri) : undefined;
    values.line = r.location ? sources.position(r.location.uri, r.location.range.start).line + 1 : undefined;
    lines.push(CSV_HEADER.map((c) => csvField(values[c], c)).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The one-line summary on stderr: how many figures the report prints and how many of them some check
 * compares, the count the preview's captions add up to ("976 av 1187 siffror kontrolleras").
 */
export function figuresSummary(data: FigureExport, language: Language): string {
  const s = data.summary;
  const who = [data.agency, data.year].filter((x) => x !== undefined).join(' ');
  const prefix = who ? `${who}: ` : '';
  if (language === 'sv') {
    return `${prefix}${s.tables} tabeller, ${s.cells} celler, ${s.figures} tryckta siffror (och ${s.computed} beräknade); `
      + `${s.checked} av ${s.figures} siffror kontrolleras, ${s.inconsistent} stämmer inte.\n`;
  }
  return `${prefix}${s.tables} tables, ${s.cells} cells, ${s.figures} printed figures (and ${s.computed} computed); `
    + `${s.checked} of ${s.figures} figures are checked, ${s.inconsistent} do not add up.\n`;
}
