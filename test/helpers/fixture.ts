// Fixtures for service tests: a report project as a set of files, with the expected findings written
// inline as YAML comments under the text they concern (in the style of rust-analyzer's annotations):
//
//   värden: [1, 2, 4]
//   #                 ^ error calc-inconsistent
//
// `#@N error code` names column N when a caret cannot stand there (columns 0 and 1). A fixture file holds
// several files, each after a line `=== path`; files it does not give come from test/fixtures/base. A
// part `=== @settings` holds service settings as JSON (e.g. `{ "maxNodes": 50 }`), for rules that
// depend on them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createLanguageService } from '../../server/src/service/index';
import type { LanguageService, ServiceSettings } from '../../server/src/service/index';
import type { Problem } from '../../server/src/service/problems';

export const BASE_DIR = join(__dirname, '..', 'fixtures', 'base');
export const ROOT_URI = 'file:///fixture/';
/** The name of the part of a fixture that holds service settings rather than a file. */
export const SETTINGS_PART = '@settings';

interface Expected {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly severity: string;
  readonly code: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

export function baseFiles(): Map<string, string> {
  return new Map(walk(BASE_DIR).map((p) => [relative(BASE_DIR, p).replace(/\\/g, '/'), readFileSync(p, 'utf8')]));
}

/** Splits fixture text into files; `=== path` starts a file, `=== -path` removes a base file. */
export function parseFixture(text: string, withBase = true): Map<string, string> {
  const files = withBase ? baseFiles() : new Map<string, string>();
  let current: string | undefined;
  let lines: string[] = [];
  const flush = () => {
    if (current !== undefined) files.set(current, lines.join('\n'));
  };
  for (const line of text.split('\n')) {
    const m = /^=== (-?)(\S+)\s*$/.exec(line);
    if (m) {
      flush();
      if (m[1]) {
        files.delete(m[2]);
        current = undefined;
      } else current = m[2];
      lines = [];
    } else if (current !== undefined) lines.push(line);
  }
  flush();
  return files;
}

const ANNOTATION = /^(\s*)#(\s*)(\^+|@\d+)\s+(error|warning|info)\s+([\w-]+)\s*$/;

function expectations(files: Map<string, string>): Expected[] {
  const out: Expected[] = [];
  for (const [path, text] of files) {
    if (path === SETTINGS_PART) continue;
    const lines = text.split('\n');
    let target = -1;
    lines.forEach((line, i) => {
      const m = ANNOTATION.exec(line);
      if (!m) {
        target = i;
        return;
      }
      const column = m[3].startsWith('@') ? Number(m[3].slice(1)) : line.indexOf('^');
      out.push({ path, line: target, column, severity: m[4], code: m[5] });
    });
  }
  return out;
}

/** The file URI of a fixture path, percent-encoded as the CLI's URIs are. */
export function uriOf(path: string): string {
  return new URL(path, ROOT_URI).toString();
}

export function serviceFor(files: Map<string, string>): LanguageService {
  const settings = files.has(SETTINGS_PART) ? (JSON.parse(files.get(SETTINGS_PART)!) as Partial<ServiceSettings>) : {};
  const service = createLanguageService(settings);
  for (const [path, text] of files) if (path !== SETTINGS_PART) service.setFile({ uri: uriOf(path), text });
  return service;
}

interface Actual {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly severity: string;
  readonly code: string;
  readonly message: string;
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) };
}

function actuals(service: LanguageService): Actual[] {
  const analysis = service.analyze();
  const out: Actual[] = [];
  for (const [uri, problems] of analysis.problems) {
    const text = service.getFile(uri)?.text ?? '';
    for (const p of problems as Problem[]) {
      const { line, column } = lineColumn(text, p.range.start);
      out.push({ path: decodeURIComponent(uri.slice(ROOT_URI.length)), line, column, severity: p.severity, code: p.code, message: p.message.en });
    }
  }
  return out;
}

const key = (x: { path: string; line: number; column: number; severity: string; code: string }) => `${x.path}:${x.line + 1}:${x.column + 1} ${x.severity} ${x.code}`;

/**
 * Compares findings with the annotations: every annotation must be found, and every error or warning
 * must be annotated; information findings count only for codes the fixture annotates.
 */
export function compare(files: Map<string, string>, forbidden?: string): { missing: string[]; unexpected: string[] } {
  const expected = expectations(files);
  const service = serviceFor(files);
  const got = actuals(service);
  // A passing fixture of a rule also forbids that rule's information findings it does not annotate.
  const annotatedCodes = new Set([...expected.map((e) => e.code), ...(forbidden ? [forbidden] : [])]);
  const relevant = got.filter((a) => a.severity !== 'info' || annotatedCodes.has(a.code));
  const gotKeys = new Set(relevant.map(key));
  const wantKeys = new Set(expected.map(key));
  return {
    missing: expected.filter((e) => !gotKeys.has(key(e))).map(key),
    unexpected: relevant.filter((a) => !wantKeys.has(key(a))).map((a) => `${key(a)} ${a.message}`),
  };
}
