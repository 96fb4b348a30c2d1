// Quick fixes edit text in place: applying one changes only the replaced or inserted text, so comments,
// key order and everything else stay as the author wrote them; the file's line ends are kept (LF, CRLF or
// CR), no edit lands inside a CRLF, and every fix leaves YAML that reads with no new schema finding.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TextEdit } from '../../server/src/service/features/codeActions';
import type { LanguageService } from '../../server/src/service/index';
import { parseFixture, serviceFor, SETTINGS_PART, uriOf } from '../helpers/fixture';
import { internalsOf } from '../../server/src/service/internal';

function apply(text: string, edits: readonly TextEdit[]): string {
  return [...edits].sort((a, b) => b.range.start - a.range.start).reduce((t, e) => t.slice(0, e.range.start) + e.newText + t.slice(e.range.end), text);
}

describe('quick fixes', () => {
  it('replace a wrong figure with the computed one and keep the comment on its line', () => {
    const files = parseFixture('');
    const path = 'resultat.yaml';
    files.set(path, files.get(path)!.replace('- { id: summa, rubrik: Summa, värden: [30, 30], formel: sum(*) }', '- { id: summa, rubrik: Summa, värden: [35, 30], formel: sum(*) } # kontrollerad 2025-01-10'));
    const service = serviceFor(files);
    const text = files.get(path)!;
    const at = text.indexOf('[35, 30]') + 1;
    const fix = service.codeActions(uriOf(path), { start: at, end: at }).find((a) => a.title.startsWith('Ersätt'))!;
    assert.ok(fix, 'a fix is offered');
    // A part might as well be the typo: the total's fix is not the one "fix all" applies.
    assert.equal(fix.preferred, false);
    const after = apply(text, fix.edits);
    assert.equal(after, text.replace('[35, 30]', '[30, 30]'));
    service.setFile({ uri: uriOf(path), text: after });
    assert.ok(!service.problems(uriOf(path)).some((p) => p.code === 'calc-inconsistent'));
  });

  it('prefer replacing a figure only when it alone can be wrong: the letter’s figure is given', () => {
    const files = parseFixture(readFileSync(join(__dirname, '..', 'fixtures', 'rules', 'rb-allocation.fail.fixture'), 'utf8'));
    const service = serviceFor(files);
    const found = [...service.analyze().problems.values()].flat().find((p) => p.code === 'rb-allocation')!;
    assert.ok(found);
    const fix = service.codeActions(found.uri, found.range).find((a) => a.title.startsWith('Ersätt'));
    assert.ok(fix, 'a fix is offered');
    assert.equal(fix.preferred, true);
  });

  it('add a section that answers an unanswered requirement, keeping the chapter’s comments and order', () => {
    const files = parseFixture('');
    const path = 'resultat.yaml';
    const original = files.get(path)!.replace('    besvarar: [ÅK-service]\n', '').replace('  - nummer: "1.2"', '  # Indikatorerna följs upp varje tertial.\n  - nummer: "1.2"');
    files.set(path, original);
    const service = serviceFor(files);
    const rb = uriOf('regleringsbrev.yaml');
    const coverage = service.problems(rb).find((p) => p.code === 'coverage')!;
    const add = service.codeActions(rb, coverage.range).find((a) => a.title.startsWith('Lägg till ett avsnitt'))!;
    assert.equal(add.edits.length, 1);
    const edit = add.edits[0];
    assert.equal(edit.uri, uriOf(path));
    assert.equal(edit.range.start, edit.range.end, 'an insertion');
    const after = apply(original, add.edits);
    assert.equal(after.slice(0, edit.range.start), original.slice(0, edit.range.start));
    assert.equal(after.slice(edit.range.start + edit.newText.length), original.slice(edit.range.start));
    service.setFile({ uri: uriOf(path), text: after });
    assert.ok(!service.problems(rb).some((p) => p.code === 'coverage'), 'the new section answers the requirement');
    assert.ok(!service.problems(uriOf(path)).some((p) => p.severity === 'error'), 'and is valid');
  });

  it('add a missing indicator outcome where the others are reported', () => {
    const files = parseFixture('');
    const path = 'resultat.yaml';
    const original = files.get(path)!.replace('    indikatorer:\n      - indikator: I-nki\n        utfall: 72\n', '    text: Indikatorerna redovisas här.\n');
    files.set(path, original);
    const service = serviceFor(files);
    const rb = uriOf('regleringsbrev.yaml');
    const missing = service.problems(rb).find((p) => p.code === 'indicator-outcome-missing')!;
    const add = service.codeActions(rb, missing.range).find((a) => a.title.startsWith('Lägg till utfall'))!;
    assert.ok(add);
    const after = apply(original, add.edits);
    assert.match(after, /indikatorer:\n\s+- indikator: I-nki\n\s+utfall: "\?" {2}# ersätt \? med indikatorns utfall\n/);
    service.setFile({ uri: uriOf(path), text: after });
    // The value is the author's to give: the placeholder is valid, and flagged as no figure until replaced.
    assert.deepEqual(service.problems(uriOf(path)).filter((p) => p.code === 'schema' || p.code.startsWith('yaml')), []);
    assert.match(service.problems(uriOf(path)).find((p) => p.code === 'indicator-outcome-missing')?.message.en ?? '', /is no figure/);
  });

  it('silence a finding on its line with a comment naming its code', () => {
    const files = parseFixture('');
    const path = 'resultat.yaml';
    files.set(path, files.get(path)!.replace('värden: [30, 30], formel: sum(*) }', 'värden: [40, 30], formel: sum(*) }'));
    const service = serviceFor(files);
    const text = files.get(path)!;
    const at = text.indexOf('[40, 30]') + 1;
    const silence = service.codeActions(uriOf(path), { start: at, end: at }).find((a) => a.title.startsWith('Tysta'))!;
    service.setFile({ uri: uriOf(path), text: apply(text, silence.edits) });
    assert.ok(!service.problems(uriOf(path)).some((p) => p.code === 'calc-inconsistent'));
  });
});

type Eol = '\n' | '\r\n' | '\r';
const EOLS: [string, Eol][] = [['LF', '\n'], ['CRLF', '\r\n'], ['CR', '\r']];

/** The fixture's files with their line ends turned into `eol`. */
function withEol(files: Map<string, string>, eol: Eol): Map<string, string> {
  return new Map([...files].map(([path, text]) => [path, path === SETTINGS_PART ? text : text.replace(/\r\n?|\n/g, eol)]));
}

/** Whether a text ends every line with `eol` and nothing else. */
function onlyEol(text: string, eol: Eol): boolean {
  const ends = text.match(/\r\n|\r|\n/g) ?? [];
  return ends.every((e) => e === eol);
}

/** Schema and YAML findings of a file, as code and message, to compare before and after a fix. */
function readFindings(service: LanguageService, uri: string): string[] {
  return service.problems(uri).filter((p) => p.code === 'schema' || p.code.startsWith('yaml')).map((p) => `${p.code} ${p.message.en}`);
}

describe('quick fixes keep bytes and validity', function () {
  this.timeout(300000);
  const DIR = join(__dirname, '..', 'fixtures', 'rules');
  const fixtures = readdirSync(DIR).filter((f) => f.includes('.fail') && f.endsWith('.fixture')).sort();

  for (const [name, eol] of EOLS) {
    it(`apply every fix of every failing fixture to ${name} files with ${name} line ends and valid YAML`, () => {
      let fixes = 0;
      for (const fixture of fixtures) {
        const files = withEol(parseFixture(readFileSync(join(DIR, fixture), 'utf8')), eol);
        const service = serviceFor(files);
        for (const [path, text] of files) {
          if (path === SETTINGS_PART) continue;
          const uri = uriOf(path);
          for (const action of service.codeActions(uri, { start: 0, end: text.length })) {
            for (const edit of action.edits) {
              const target = files.get(decodeURIComponent(edit.uri.slice('file:///fixture/'.length)))!;
              const where = `${fixture} ${path}: ${action.title}`;
              assert.ok(!(target[edit.range.start - 1] === '\r' && target[edit.range.start] === '\n'), `${where}: inside a CRLF`);
              assert.ok(onlyEol(edit.newText, eol), `${where}: ${JSON.stringify(edit.newText)}`);
            }
            // Apply the action to a fresh copy of the report and compare its files' YAML and schema findings.
            const fresh = serviceFor(files);
            const touched = [...new Set(action.edits.map((e) => e.uri))];
            for (const u of touched) {
              const before = fresh.getFile(u)!.text;
              const beforeFindings = readFindings(fresh, u);
              const beforeValue = JSON.stringify(internalsOf(fresh).fileState(u)!.parsed.value);
              const after = apply(before, action.edits.filter((e) => e.uri === u));
              assert.ok(onlyEol(after, eol), `${fixture}: ${action.title} leaves mixed line ends`);
              fresh.setFile({ uri: u, text: after });
              const afterFindings = readFindings(fresh, u);
              assert.deepEqual(afterFindings.filter((f) => !beforeFindings.includes(f)), [], `${fixture}: ${action.title}`);
              // Silencing adds a comment and nothing else: the data stays as it was.
              if (action.title.startsWith('Tysta')) assert.equal(JSON.stringify(internalsOf(fresh).fileState(u)!.parsed.value), beforeValue, `${fixture}: ${action.title}`);
            }
            fixes++;
          }
        }
      }
      assert.ok(fixes > 50, `${fixes} fixes tried`);
    });
  }

  it('silence the line after its CR, not between CR and LF, in a CRLF file', () => {
    const files = withEol(parseFixture(''), '\r\n');
    const path = 'resultat.yaml';
    files.set(path, files.get(path)!.replace('värden: [30, 30], formel: sum(*) }', 'värden: [40, 30], formel: sum(*) }'));
    const service = serviceFor(files);
    const text = files.get(path)!;
    const at = text.indexOf('[40, 30]') + 1;
    const silence = service.codeActions(uriOf(path), { start: at, end: at }).find((a) => a.title.startsWith('Tysta'))!;
    const after = apply(text, silence.edits);
    assert.match(after, /sum\(\*\) \} # regbrev-disable-line calc-inconsistent skäl\r\n/);
    service.setFile({ uri: uriOf(path), text: after });
    assert.ok(!service.problems(uriOf(path)).some((p) => p.code === 'calc-inconsistent'));
  });

  it('offer no comment inside a multi-line string', () => {
    const files = parseFixture('');
    const path = 'resultat.yaml';
    // A figure is wrong on a line whose end lies inside a quoted string that goes on to the next line.
    files.set(path, files.get(path)!.replace('- { id: summa, rubrik: Summa, värden: [30, 30], formel: sum(*) }', '- { id: summa, värden: [40, 30], formel: sum(*), rubrik: "Summa\n            (alla)" }'));
    const service = serviceFor(files);
    const text = files.get(path)!;
    const at = text.indexOf('[40, 30]') + 1;
    for (const action of service.codeActions(uriOf(path), { start: at, end: at }).filter((a) => a.title.startsWith('Tysta'))) {
      const after = apply(text, action.edits);
      service.setFile({ uri: uriOf(path), text: after });
      assert.doesNotMatch(JSON.stringify(internalsOf(service).fileState(uriOf(path))!.parsed.value), /regbrev-disable/);
      service.setFile({ uri: uriOf(path), text });
    }
  });
});
