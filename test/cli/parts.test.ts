// Unit tests of the CLI's small parts that the golden scenarios reach only in some of their cases:
// glob patterns, pairing --format with -o, escaping for GitHub and XML, colours and progress timing.
import { strict as assert } from 'node:assert';
import { parseArgs } from '../../server/src/cli/args';
import { planOutputs } from '../../server/src/cli/commands/check';
import { paint, useColor } from '../../server/src/cli/formats/color';
import { escapeData, escapeProperty } from '../../server/src/cli/formats/github';
import { xmlEscape } from '../../server/src/cli/formats/junit';
import { pathToUriReference } from '../../server/src/cli/formats/sarif';
import { globBase, globMatcher, isGlob } from '../../server/src/cli/glob';
import { UsageError } from '../../server/src/cli/load';
import { Progress } from '../../server/src/cli/progress';

describe('CLI parts', () => {
  describe('glob patterns', () => {
    const matches = (glob: string, path: string) => globMatcher(glob)(path);

    it('tells patterns from paths', () => {
      assert.ok(isGlob('samples/**/*.yaml'));
      assert.ok(isGlob('kapitel/0?.yaml'));
      assert.ok(!isGlob('samples/ssc-2023/arsredovisning.yaml'));
    });

    it('matches * within a folder and ** across folders', () => {
      assert.ok(matches('samples/*.yaml', 'samples/a.yaml'));
      assert.ok(!matches('samples/*.yaml', 'samples/x/a.yaml'));
      assert.ok(matches('samples/**/*.yaml', 'samples/a.yaml'));
      assert.ok(matches('samples/**/*.yaml', 'samples/ssc-2023/kapitel/01.yaml'));
      assert.ok(matches('**/res*.yaml', 'resultat.yaml'));
      assert.ok(matches('samples/**', 'samples/x/y'));
      assert.ok(!matches('samples/**/*.yaml', 'other/a.yaml'));
    });

    it('matches ?, classes, negated classes and alternatives', () => {
      assert.ok(matches('k/0?.yaml', 'k/01.yaml'));
      assert.ok(!matches('k/0?.yaml', 'k/010.yaml'));
      assert.ok(matches('k/0[1-3].yaml', 'k/02.yaml'));
      assert.ok(!matches('k/0[!1-3].yaml', 'k/02.yaml'));
      assert.ok(matches('*.{yaml,yml}', 'a.yml'));
      assert.ok(!matches('*.{yaml,yml}', 'a.json'));
      assert.ok(matches('årsredovisning/*.yaml', 'årsredovisning/kapitel.yaml'));
      assert.ok(matches('a.b/*.yaml', 'a.b/c.yaml') && !matches('a.b/*.yaml', 'axb/c.yaml'), 'dots are literal');
    });

    it('walks only from the literal part of a pattern', () => {
      assert.equal(globBase('samples/**/*.yaml'), 'samples');
      assert.equal(globBase('samples/ssc-2023/kapitel/*.yaml'), 'samples/ssc-2023/kapitel');
      assert.equal(globBase('*.yaml'), '.');
      assert.equal(globBase('**/x.yaml'), '.');
      assert.equal(globBase('/abs/**/x.yaml'), '/abs');
    });
  });

  describe('the command line', () => {
    const spec = { lang: { takesValue: true }, pdf: { takesValue: false }, severity: { takesValue: true, repeatable: true }, output: { takesValue: true, alias: 'o' } } as const;
    const usage = (argv: string[]) => {
      try {
        parseArgs(argv, spec);
        return '';
      } catch (e) {
        assert.ok(e instanceof UsageError);
        return (e as Error).message;
      }
    };

    it('reads values, repeated flags, aliases, booleans and positionals in order', () => {
      const args = parseArgs(['a.yaml', '--lang', 'en', '-o', 'out', '--severity=x=off', '--severity', 'y=info', '--pdf', '-', '--', '--not-a-flag'], spec);
      assert.deepEqual(args.positionals, ['a.yaml', '-', '--not-a-flag']);
      assert.deepEqual(args.flags.get('severity'), ['x=off', 'y=info']);
      assert.deepEqual(args.sequence.map((s) => s.name), ['lang', 'output', 'severity', 'severity', 'pdf']);
      assert.equal(args.flags.get('pdf')?.[0], 'true');
      assert.equal(parseArgs(['--lang', '-x'], spec).flags.get('lang')?.[0], '-x', 'a value may start with a dash, as written');
    });

    it('refuses unknown flags, missing values, a value for a switch and a flag given twice, naming the flag', () => {
      assert.equal(usage(['--langs', 'en']), 'Okänd flagga / unknown option: --langs');
      assert.equal(usage(['--langs=en']), 'Okänd flagga / unknown option: --langs');
      assert.equal(usage(['-x']), 'Okänd flagga / unknown option: -x');
      assert.equal(usage(['--lang']), '--lang behöver ett värde / needs a value');
      assert.equal(usage(['--pdf=yes']), '--pdf tar inget värde / takes no value');
      assert.equal(usage(['--lang', 'sv', '--lang', 'en']), '--lang får bara anges en gång / may be given once');
    });
  });

  describe('--format and -o', () => {
    const spec = { format: { takesValue: true, repeatable: true }, output: { takesValue: true, repeatable: true, alias: 'o' } } as const;
    const plan = (...argv: string[]) => planOutputs(parseArgs(argv, spec));

    it('pairs each -o with the --format before it', () => {
      assert.deepEqual(plan('--format', 'sarif', '-o', 'a.sarif', '--format', 'stylish'), [{ format: 'sarif', file: 'a.sarif' }, { format: 'stylish' }]);
      assert.deepEqual(plan('--format=json', '--output=x.json'), [{ format: 'json', file: 'x.json' }]);
    });

    it('gives -o before any --format to the default format, and defaults to text', () => {
      assert.deepEqual(plan('-o', 'out.txt'), [{ format: 'text', file: 'out.txt' }]);
      assert.deepEqual(plan(), [{ format: 'text' }]);
    });

    it('refuses two files for one format, one file for two formats, and unknown formats', () => {
      assert.throws(() => plan('--format', 'json', '-o', 'a', '-o', 'b'), UsageError);
      assert.throws(() => plan('--format', 'json', '-o', 'a', '--format', 'sarif', '-o', 'a'), UsageError);
      assert.throws(() => plan('--format', 'xml'), UsageError);
    });
  });

  describe('escaping', () => {
    it('escapes GitHub workflow command data and properties', () => {
      assert.equal(escapeData('50 % av\r\nsumman'), '50 %25 av%0D%0Asumman');
      assert.equal(escapeProperty('a,b:c%d\n'), 'a%2Cb%3Ac%25d%0A');
    });

    it('escapes XML and drops characters XML cannot hold', () => {
      assert.equal(xmlEscape(`<a href="x">&'</a>\u0001`), '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    });

    it('makes relative paths URI references', () => {
      assert.equal(pathToUriReference('min rapport/årsredovisning.yaml'), 'min%20rapport/%C3%A5rsredovisning.yaml');
      assert.equal(pathToUriReference('../a/b.yaml'), '../a/b.yaml');
    });
  });

  describe('colours', () => {
    it('colours only a terminal, never with NO_COLOR set, and on FORCE_COLOR', () => {
      assert.equal(useColor({ isTTY: true }, {}), true);
      assert.equal(useColor({ isTTY: false }, {}), false);
      assert.equal(useColor({}, {}), false);
      assert.equal(useColor({ isTTY: true }, { NO_COLOR: '1' }), false);
      assert.equal(useColor({ isTTY: true }, { NO_COLOR: '' }), true, 'an empty NO_COLOR does not count');
      assert.equal(useColor({ isTTY: false }, { FORCE_COLOR: '1' }), true);
      assert.equal(useColor({ isTTY: false }, { FORCE_COLOR: '1', NO_COLOR: '1' }), false);
    });

    it('writes the SGR codes whatever the process’s own stdout is, and none when off', () => {
      const on = paint(true);
      assert.equal(on.red('x'), '\u001b[31mx\u001b[39m');
      assert.equal(on.yellow('x'), '\u001b[33mx\u001b[39m');
      assert.equal(on.dim('x'), '\u001b[2mx\u001b[22m');
      assert.equal(on.bold('x'), '\u001b[1mx\u001b[22m');
      assert.equal(on.underline('x'), '\u001b[4mx\u001b[24m');
      assert.equal(paint(false).red('x'), 'x');
    });
  });

  describe('progress', () => {
    it('stays silent for a quick run', () => {
      let now = 0;
      let out = '';
      const p = new Progress((t) => (out += t), 'sv', () => now);
      p.stage({ sv: 'läser', en: 'reading' });
      now = 999;
      p.finish({ sv: 'klart', en: 'done' });
      assert.equal(out, '');
    });

    it('reports stages and the end once a run has taken over a second', () => {
      let now = 0;
      let out = '';
      const p = new Progress((t) => (out += t), 'en', () => now);
      p.stage({ sv: 'läser', en: 'reading' });
      now = 1500;
      p.stage({ sv: 'kontrollerar', en: 'checking' });
      now = 2250;
      p.finish({ sv: '3 filer', en: '3 files' });
      assert.equal(out, 'regbrev: checking …\nregbrev: done in 2.3 s: 3 files\n');
    });
  });
});
