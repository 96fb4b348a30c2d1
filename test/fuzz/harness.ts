// The fuzz harness: byte, structure and garbage mutations of the SSC sample, each run through every entry
// point of the language service and through the renderer, with three kinds of failure counted:
//
// * exceptions: anything thrown out of an entry point, anything an entry point caught inside itself (the
//   service's onError hook), and a rendered page that says rendering failed;
// * slow cases: more than two seconds of CPU time for one case;
// * malformed answers: a finding with an unknown code or severity, a missing message, a range outside its
//   file or reversed, related locations likewise, and completion, hover, symbol, folding and edit ranges
//   outside the text or inside a CRLF.
//
// `npm run fuzz` runs ten thousand cases (scripts/fuzz.ts); test/service/fuzz.test.ts runs a small slice
// with a fixed seed in every test run. A case is reproduced from its seed and index.
import fc from 'fast-check';
import { createLanguageService } from '../../server/src/service/index';
import type { LanguageService } from '../../server/src/service/index';
import { renderReport } from '../../server/src/service/render/index';
import { isRuleCode } from '../../server/src/service/rules/registry';
import { sampleFiles } from '../helpers/sample';
import { internalsOf } from '../../server/src/service/internal';

interface Case {
  /** The sample file that was mutated, by its URI. */
  readonly uri: string;
  readonly text: string;
  /** Whether the whole report is loaded, or only the manifest, the letter and the mutated file. */
  readonly whole: boolean;
  /** What was done, for the report of a failure. */
  readonly mutations: readonly string[];
}

interface Failure {
  readonly kind: 'exception' | 'slow' | 'malformed';
  readonly detail: string;
}

interface CaseResult {
  readonly cpuMs: number;
  readonly failures: readonly Failure[];
}

const SAMPLE = sampleFiles();
const URIS = [...SAMPLE.keys()].sort();
const MANIFEST = URIS.find((u) => u.endsWith('/arsredovisning.yaml'))!;
const LETTER = URIS.find((u) => u.endsWith('/regleringsbrev.yaml'))!;

/** Text that YAML, the formula language, Markdown or the renderer treat specially, or that is just large. */
const HOSTILE_PIECES = [
  '- ', ': ', '[', ']', '{', '}', ',', '&a ', '*a', '? ', '!!binary ', '|', '>', '---\n', '...\n', '# ', '"', "'", '\\', '%YAML 1.2\n',
  '\t', '\r', '\r\n', '\n', '\u0000', '\u001b[31m', '\u202e', '\ud800', '😀', 'å', '\ufeff',
  '*a '.repeat(2000), '**a '.repeat(1000), '( '.repeat(3000), '['.repeat(500), `${'('.repeat(300)}1${')'.repeat(300)}`,
  'T1.a.år2023 + ', 'sum(*)', 'prev(', 'countif(T, kol = "X")', '1e308', '-0', '0x1F', '12 345,6', '−3,5', '99999999999999999999999',
  '<script>alert(1)</script>', '![x](https://tracker.invalid/p.png)', '[x](command:y)', 'javascript:alert(1)',
  '//host/k.yaml', '../../etc/passwd', 'file://host/x.yaml', '\\\\server\\share\\k.yaml',
  'typ: kapitel\n', 'typ: årsredovisning\n', 'typ: regleringsbrev\n', 'besvarar: [', 'tabeller:\n  - id: T1\n', 'värden: [', 'formel: ',
];

const piece = fc.oneof(
  fc.constantFrom(...HOSTILE_PIECES),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
);

type Mutation = (text: string) => [string, string];

/** Byte mutations: a character or a short run inserted, deleted or replaced at a position. */
const byteMutation: fc.Arbitrary<Mutation> = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 16 }), piece, fc.constantFrom('insert', 'delete', 'replace')).map(
  ([where, length, what, how]) => (text: string) => {
    const at = Math.floor(where * text.length);
    if (how === 'insert') return [text.slice(0, at) + what + text.slice(at), `byte insert ${JSON.stringify(what.slice(0, 20))} at ${at}`];
    if (how === 'delete') return [text.slice(0, at) + text.slice(at + length), `byte delete ${length} at ${at}`];
    return [text.slice(0, at) + what + text.slice(at + what.length), `byte replace ${JSON.stringify(what.slice(0, 20))} at ${at}`];
  },
);

/** Structure mutations: whole lines duplicated, dropped, moved, re-indented or given a hostile value. */
const structureMutation: fc.Arbitrary<Mutation> = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 400 }), piece, fc.constantFrom('duplicate', 'drop', 'move', 'indent', 'dedent', 'value', 'repeat')).map(
  ([a, b, n, what, how]) => (text: string) => {
    const lines = text.split('\n');
    const i = Math.floor(a * lines.length);
    const j = Math.floor(b * lines.length);
    const line = lines[i] ?? '';
    if (how === 'duplicate') lines.splice(i, 0, line);
    else if (how === 'drop') lines.splice(i, 1 + (n % 5));
    else if (how === 'move') lines.splice(j, 0, ...lines.splice(i, 1));
    else if (how === 'indent') lines[i] = `${' '.repeat(1 + (n % 6))}${line}`;
    else if (how === 'dedent') lines[i] = line.replace(/^ {1,4}/, '');
    else if (how === 'value') lines[i] = line.includes(':') ? `${line.slice(0, line.indexOf(':') + 1)} ${what}` : `${line}${what}`;
    else lines.splice(i, 0, ...Array(n).fill(line));
    return [lines.join('\n'), `structure ${how} line ${i}${how === 'move' ? ` to ${j}` : ''}${how === 'value' ? ` ${JSON.stringify(what.slice(0, 20))}` : ''}${how === 'repeat' ? ` ×${n}` : ''}`];
  },
);

/** Garbage: the file truncated, replaced by noise, doubled, or turned to CRLF or CR line ends. */
const garbageMutation: fc.Arbitrary<Mutation> = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.string({ unit: 'binary', maxLength: 3000 }), fc.constantFrom('truncate', 'noise', 'double', 'crlf', 'cr', 'bom')).map(
  ([where, noise, how]) => (text: string) => {
    if (how === 'truncate') return [text.slice(0, Math.floor(where * text.length)), `garbage truncate at ${Math.floor(where * text.length)}`];
    if (how === 'noise') return [noise, `garbage noise of ${noise.length}`];
    if (how === 'double') return [text + text, 'garbage double'];
    if (how === 'crlf') return [text.replace(/\n/g, '\r\n'), 'garbage CRLF'];
    if (how === 'cr') return [text.replace(/\n/g, '\r'), 'garbage CR'];
    return [`\ufeff${text}`, 'garbage BOM'];
  },
);

/** One case: a sample file, one to four mutations of the three kinds, the whole report or a small one. */
const caseArbitrary: fc.Arbitrary<Case> = fc.tuple(
  fc.constantFrom(...URIS),
  fc.array(fc.oneof({ weight: 4, arbitrary: byteMutation }, { weight: 4, arbitrary: structureMutation }, { weight: 1, arbitrary: garbageMutation }), { minLength: 1, maxLength: 4 }),
  fc.nat({ max: 19 }),
).map(([uri, mutations, whole]) => {
  let text = SAMPLE.get(uri)!;
  const done: string[] = [];
  for (const m of mutations) {
    const [next, what] = m(text);
    text = next;
    done.push(what);
  }
  return { uri, text, whole: whole === 0, mutations: done };
});

/**
 * The report the case runs on: the whole sample one time in twenty, otherwise the manifest listing only the
 * mutated chapter, with the letter, so that ten thousand cases run in minutes.
 */
function filesOf(c: Case): Map<string, string> {
  if (c.whole) return new Map([...SAMPLE, [c.uri, c.text]]);
  const files = new Map([[MANIFEST, SAMPLE.get(MANIFEST)!], [LETTER, SAMPLE.get(LETTER)!]]);
  if (c.uri !== MANIFEST && c.uri !== LETTER) {
    const name = c.uri.slice(MANIFEST.lastIndexOf('/') + 1);
    const manifest = SAMPLE.get(MANIFEST)!.replace(/kapitel:\n(?: {2}- .*\n)+/, `kapitel:\n  - ${decodeURIComponent(name)}\n`);
    files.set(MANIFEST, manifest);
  }
  files.set(c.uri, c.text);
  return files;
}

const SEVERITIES = new Set(['error', 'warning', 'info']);

function checkRange(where: string, range: { start: number; end: number } | undefined, text: string, out: Failure[]): void {
  if (!range) return;
  const { start, end } = range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    out.push({ kind: 'malformed', detail: `${where}: range ${JSON.stringify(range)} in a text of ${text.length}` });
  }
}

/** Checks the service's answers for one file. */
function checkAnswers(service: LanguageService, uri: string, offsets: readonly number[], out: Failure[]): void {
  const text = service.getFile(uri)?.text ?? '';
  const textOf = (u: string) => service.getFile(u)?.text;
  for (const p of service.problems(uri)) {
    const where = `finding ${p.code}`;
    if (!isRuleCode(p.code)) out.push({ kind: 'malformed', detail: `${where}: unknown code` });
    if (!SEVERITIES.has(p.severity)) out.push({ kind: 'malformed', detail: `${where}: severity ${p.severity}` });
    if (typeof p.message?.sv !== 'string' || typeof p.message?.en !== 'string' || !p.message.sv || !p.message.en) out.push({ kind: 'malformed', detail: `${where}: message ${JSON.stringify(p.message)}` });
    if (p.uri !== uri) out.push({ kind: 'malformed', detail: `${where}: uri ${p.uri}` });
    checkRange(where, p.range, text, out);
    for (const r of p.related ?? []) {
      const relatedText = textOf(r.uri);
      if (relatedText === undefined) out.push({ kind: 'malformed', detail: `${where}: related in unknown ${r.uri}` });
      else checkRange(`${where} related`, r.range, relatedText, out);
      if (!r.message?.sv || !r.message?.en) out.push({ kind: 'malformed', detail: `${where}: related message` });
    }
  }
  for (const offset of offsets) {
    for (const item of service.complete(uri, offset)) checkRange(`completion ${item.label}`, item.range, text, out);
    const hover = service.hover(uri, offset);
    if (hover && typeof hover.markdown !== 'string') out.push({ kind: 'malformed', detail: 'hover without markdown' });
    checkRange('hover', hover?.range, text, out);
    for (const l of [...service.definition(uri, offset), ...service.references(uri, offset, true)]) {
      const t = textOf(l.uri);
      if (t === undefined) out.push({ kind: 'malformed', detail: `location in unknown ${l.uri}` });
      else checkRange('location', l.range, t, out);
    }
  }
  const symbols = service.documentSymbols(uri);
  const walk = (list: readonly (typeof symbols)[number][]) => {
    for (const s of list) {
      checkRange(`symbol ${s.name}`, s.range, text, out);
      walk(s.children);
    }
  };
  walk(symbols);
  for (const f of service.foldingRanges(uri)) checkRange('folding', f, text, out);
  for (const lens of service.codeLenses(uri)) checkRange('code lens', lens.range, text, out);
  for (const action of service.codeActions(uri, { start: 0, end: text.length })) {
    for (const e of action.edits) {
      const t = textOf(e.uri);
      if (t === undefined) out.push({ kind: 'malformed', detail: `edit in unknown ${e.uri}` });
      else {
        checkRange(`edit of ${action.title}`, e.range, t, out);
        if (t[e.range.start - 1] === '\r' && t[e.range.start] === '\n') out.push({ kind: 'malformed', detail: `edit of ${action.title} inside a CRLF` });
      }
    }
  }
  service.computedTables(uri);
  service.derivedSchema(uri);
  service.referencedUris(uri);
}

/** Runs one case through every entry point and returns its CPU time and failures. */
function runCase(c: Case, offsets = 6): CaseResult {
  const failures: Failure[] = [];
  const started = process.cpuUsage();
  try {
    const service = createLanguageService({}, { onError: (where, e) => failures.push({ kind: 'exception', detail: `caught in ${where}: ${(e as Error)?.stack ?? String(e)}` }) });
    for (const [uri, text] of filesOf(c)) service.setFile({ uri, text });
    service.analyze();
    const text = c.text;
    // Offsets spread over the file, and the places where something was probably changed.
    const at = Array.from({ length: offsets }, (_, i) => Math.floor(((i + 0.5) / offsets) * text.length));
    for (const uri of service.uris()) checkAnswers(service, uri, uri === c.uri ? at : [0], failures);
    for (const pa of internalsOf(service).analysis().projects) {
      for (const language of ['sv', 'en'] as const) {
        const { html } = renderReport(pa, internalsOf(service).locate(), { language, standalone: true });
        if (html.includes('class="render-error"')) failures.push({ kind: 'exception', detail: `render ${language}: ${/render-error">([^<]*)/.exec(html)?.[1]}` });
      }
    }
  } catch (e) {
    failures.push({ kind: 'exception', detail: `thrown: ${(e as Error)?.stack ?? String(e)}` });
  }
  const used = process.cpuUsage(started);
  const cpuMs = (used.user + used.system) / 1000;
  if (cpuMs > 2000) failures.push({ kind: 'slow', detail: `${cpuMs.toFixed(0)} ms of CPU` });
  return { cpuMs, failures };
}

export interface Summary {
  readonly cases: number;
  readonly exceptions: number;
  readonly slow: number;
  readonly malformed: number;
  readonly slowestMs: number;
  readonly examples: readonly string[];
}

/** Runs `runs` cases from `seed`; `onProgress` is told after each case. */
export function fuzz(runs: number, seed: number, onProgress?: (done: number, summary: Summary) => void): Summary {
  const cases = fc.sample(caseArbitrary, { numRuns: runs, seed });
  let exceptions = 0;
  let slow = 0;
  let malformed = 0;
  let slowestMs = 0;
  const examples: string[] = [];
  cases.forEach((c, i) => {
    const r = runCase(c);
    slowestMs = Math.max(slowestMs, r.cpuMs);
    for (const f of r.failures) {
      if (f.kind === 'exception') exceptions++;
      else if (f.kind === 'slow') slow++;
      else malformed++;
      if (examples.length < 10) examples.push(`case ${i} (seed ${seed}), ${c.uri.slice(c.uri.lastIndexOf('/') + 1)} ${c.whole ? 'in the whole report' : 'alone'} after ${c.mutations.join('; ')}: ${f.kind}: ${f.detail.slice(0, 600)}`);
    }
    onProgress?.(i + 1, { cases: i + 1, exceptions, slow, malformed, slowestMs, examples });
  });
  return { cases: cases.length, exceptions, slow, malformed, slowestMs, examples };
}
