// Every rule code has at least one passing and one failing fixture under test/fixtures/rules:
// `<code>.pass*.fixture` must produce no finding of that code (and no other error or warning),
// `<code>.fail*.fixture` must produce exactly the annotated findings.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/src/service/rules/registry';
import { compare, parseFixture } from '../helpers/fixture';

const DIR = join(__dirname, '..', 'fixtures', 'rules');
const fixtures = readdirSync(DIR).filter((f) => f.endsWith('.fixture')).sort();

describe('rule fixtures', () => {
  for (const name of fixtures) {
    it(name, () => {
      const files = parseFixture(readFileSync(join(DIR, name), 'utf8'));
      const pass = name.indexOf('.pass');
      const { missing, unexpected } = compare(files, pass > 0 ? name.slice(0, pass) : undefined);
      assert.deepEqual({ missing, unexpected }, { missing: [], unexpected: [] });
    });
  }

  it('covers every rule code with a passing and a failing fixture', () => {
    const lacking = RULES.flatMap((r) => {
      const pass = fixtures.some((f) => f.startsWith(`${r.code}.pass`));
      const fail = fixtures.some((f) => f.startsWith(`${r.code}.fail`));
      return [...(pass ? [] : [`${r.code}: pass`]), ...(fail ? [] : [`${r.code}: fail`])];
    });
    assert.deepEqual(lacking, []);
  });

  it('has failing fixtures that really expect their own code', () => {
    const wrong = fixtures.filter((f) => f.includes('.fail')).filter((f) => {
      const code = f.slice(0, f.indexOf('.fail'));
      return !readFileSync(join(DIR, f), 'utf8').includes(` ${code}`);
    });
    assert.deepEqual(wrong, []);
  });
});
