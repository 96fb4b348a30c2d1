// The rules keep their word (rules/unit.ts): every code belongs to exactly one unit, lives in a file named
// after it, has its docs page, and is reported by nobody else; units share no state, so that running them
// in another order finds the same; and what the code defines (the standard forms) equals what the schema
// offers the author.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeLocate } from '../../server/src/service/analyze';
import { FORMS } from '../../server/src/service/forms/definitions';
import { buildProjects } from '../../server/src/service/project';
import { RULE_UNITS } from '../../server/src/service/rules/all';
import { reportContext } from '../../server/src/service/rules/context';
import { RULES } from '../../server/src/service/rules/registry';
import { defineRule, runUnit } from '../../server/src/service/rules/unit';
import type { RuleUnit } from '../../server/src/service/rules/unit';
import { EvaluationCache, evaluateTables } from '../../server/src/service/tables/components';
import { evaluateOutcomes } from '../../server/src/service/tables/outcomes';
import { TableIndex } from '../../server/src/service/tables/resolve';
import { Workspace } from '../../server/src/service/workspace';
import { parseFixture, uriOf } from '../helpers/fixture';
import { sampleFiles } from '../helpers/sample';

const ROOT = join(__dirname, '..', '..');
const RULES_DIR = join(ROOT, 'server', 'src', 'service', 'rules');
const units: readonly RuleUnit[] = RULE_UNITS;

describe('rule units', () => {
  it('give every code to exactly one unit', () => {
    const owner = new Map<string, string[]>();
    for (const u of units) for (const code of Object.keys(u.codes)) owner.set(code, [...(owner.get(code) ?? []), u.name]);
    const shared = [...owner].filter(([, names]) => names.length !== 1);
    assert.deepEqual(shared, []);
    assert.equal(owner.size, RULES.length);
  });

  it('live in a file named after the unit, and each file of rules/ with a unit is listed', () => {
    const names = units.map((u) => u.name);
    assert.equal(new Set(names).size, names.length, 'unit names are unique');
    for (const name of names) {
      const file = join(RULES_DIR, `${name}.ts`);
      assert.ok(existsSync(file), `rules/${name}.ts`);
      assert.match(readFileSync(file, 'utf8'), new RegExp(`export const ${name} = defineRule\\(\\{\\n  name: '${name}',`), `rules/${name}.ts defines ${name}`);
    }
    const defining = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && /= defineRule\(/.test(readFileSync(join(RULES_DIR, f), 'utf8')));
    assert.deepEqual(defining.map((f) => f.slice(0, -3)).sort(), [...names].sort());
  });

  it('have a docs page for every code, and no page for a code that does not exist', () => {
    const pages = readdirSync(join(ROOT, 'docs', 'rules')).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.slice(0, -3));
    assert.deepEqual(pages.sort(), RULES.map((r) => r.code).sort());
    for (const r of RULES) {
      const page = readFileSync(join(ROOT, 'docs', 'rules', `${r.code}.md`), 'utf8');
      assert.ok(page.startsWith(`# ${r.code}`), `${r.code}.md starts with its code`);
    }
  });

  it('name each code in the service only in the unit that reports it', () => {
    // A code written as a string literal anywhere else in the service would mean a second reporter. The
    // drafts of the parse, the schema check and the limits, and the evaluation's findings, carry their
    // codes to their units; those places are the exceptions this test names.
    const carriers: Record<string, readonly string[]> = {
      'yaml/parse.ts': ['yaml-syntax', 'yaml-duplicate-key'],
      'schema/validate.ts': ['schema'],
      'limits.ts': ['file-too-large'],
      'tables/check.ts': ['calc-inconsistent', 'duplicate-fact', 'form-inconsistent', 'formula-error'],
      'tables/bound.ts': ['unknown-reference', 'formula-error', 'calc-undefined'],
      'tables/bind.ts': ['unknown-reference', 'formula-error'],
      'tables/engine.ts': ['formula-error', 'calc-undefined'],
      'tables/components.ts': ['calc-undefined'],
      // A text's claims are parsed when they are evaluated; their syntax errors are found there.
      'tables/proseClaims.ts': ['formula-syntax'],
      'charts/declared.ts': ['unknown-reference', 'schema'],
      // Suppression comments and the CLI input cannot silence the limits' own finding.
      'analyze.ts': ['file-too-large'],
      'project.ts': ['yaml-syntax'],
      // The name of the facade's method coverage(), not the code.
      'index.ts': ['coverage'],
    };
    const owner = new Map(RULES.map((r) => [r.code, `rules/${r.unit}.ts`]));
    const strays: string[] = [];
    const walk = (dir: string, rel: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = rel ? `${rel}/${entry.name}` : entry.name;
        if (entry.isDirectory()) walk(join(dir, entry.name), path);
        else if (entry.name.endsWith('.ts')) {
          const text = readFileSync(join(dir, entry.name), 'utf8');
          for (const [code, file] of owner) {
            if (!text.includes(`'${code}'`) || file === path || carriers[path]?.includes(code)) continue;
            strays.push(`${path}: ${code}`);
          }
        }
      }
    };
    walk(join(ROOT, 'server', 'src', 'service'), '');
    assert.deepEqual(strays, []);
  });

  it('refuse a code a unit does not declare, costing that unit its findings only', () => {
    const errors: string[] = [];
    const rogue = defineRule({
      name: 'rogue',
      codes: { 'fab-parts': { severity: 'error', title: { sv: 'x', en: 'x' }, summary: 'x' } },
      report: (_ctx, out) => (out.report as (code: string, ...rest: Parameters<typeof out.report> extends [unknown, ...infer R] ? R : never) => void)('calc-inconsistent', { uri: 'u', range: { start: 0, end: 1 } }, { sv: 'x', en: 'x' }),
    });
    const result = runUnit(rogue, makeLocate(new Workspace()), (out) => rogue.report!({} as never, out), (where) => errors.push(where));
    assert.deepEqual(result.problems, []);
    assert.deepEqual(errors, ['rule rogue']);
  });

  it('find the same whatever order they run in', () => {
    const fixtures = join(ROOT, 'test', 'fixtures', 'rules');
    const cases: Map<string, string>[] = [sampleFiles(), ...readdirSync(fixtures).filter((f) => f.includes('.fail')).map((f) => parseFixture(readFileSync(join(fixtures, f), 'utf8')))];
    for (const files of cases) {
      const run = (order: readonly RuleUnit[]) => {
        const ws = new Workspace();
        for (const [path, text] of files) ws.update({ uri: uriOf(path), text });
        const locate = makeLocate(ws);
        const found: string[] = [];
        for (const f of ws.all()) {
          for (const u of order) {
            const check = u.file;
            if (check) found.push(...runUnit(u, locate, (out) => check(f, out)).problems.map((p) => `${p.code} ${p.uri} ${p.range.start}-${p.range.end} ${p.message.en}`));
          }
        }
        for (const project of buildProjects(ws)) {
          const index = new TableIndex(project.tables, project.requirementSet);
          const evaluation = evaluateTables(index, 'närmaste', (t) => `${t.uri}#${t.origin.ptr}`, '', new EvaluationCache());
          const ctx = reportContext(project, index, evaluation.engine, locate, evaluateOutcomes(project, evaluation.engine), evaluation.findings);
          for (const u of order) {
            const check = u.report;
            if (!check) continue;
            const r = runUnit(u, locate, (out) => check(ctx, out));
            found.push(...r.problems.map((p) => `${p.code} ${p.uri} ${p.range.start}-${p.range.end} ${p.message.en}`));
            found.push(...r.checked.map((c) => `checked ${c.key}`));
          }
        }
        return found.sort();
      };
      const forward = run(units);
      assert.ok(forward.length > 0);
      assert.deepEqual(run([...units].reverse()), forward);
    }
  });
});

describe('standard forms', () => {
  it('are the forms the chapter schema offers', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'kapitel.schema.json'), 'utf8'));
    const found: string[][] = [];
    const visit = (node: unknown) => {
      if (!node || typeof node !== 'object') return;
      const form = (node as { properties?: { form?: { enum?: string[] } } }).properties?.form;
      if (form?.enum) found.push(form.enum);
      for (const v of Object.values(node)) visit(v);
    };
    visit(schema);
    assert.equal(found.length, 1, 'one form enum in the chapter schema');
    assert.deepEqual([...found[0]].sort(), [...FORMS.keys()].sort());
  });
});
