// Report and letter text reaches the editor's Markdown (hover, completion documentation) as text: an image
// link to a tracker, a command: link, raw HTML, a bare address or a backtick that would close a code span
// is shown as written and is not live. The only links the service writes are to rule pages.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFixture, serviceFor, uriOf } from '../helpers/fixture';
import { live, shown } from '../helpers/markdown';

/** Everything an author could write to make Markdown do something in a reviewer's editor. */
const HOSTILE = '![spår](https://tracker.invalid/p.png) [klicka](command:workbench.action.terminal.new) '
  + '<img src=x onerror=alert(1)> <b>fet</b> www.tracker.invalid https://tracker.invalid/x <https://t.invalid> '
  + 'a@tracker.invalid `kod` *kursiv* $(zap)';
/** As a YAML string: JSON's syntax is YAML's. */
const Q = JSON.stringify(HOSTILE);

function hostileReport() {
  const files = parseFixture('');
  files.set('regleringsbrev.yaml', files.get('regleringsbrev.yaml')!
    .replace('    rubrik: Service\n', `    rubrik: ${Q}\n`)
    .replace('    text: Myndigheten ska redovisa hur servicen har utvecklats.\n', `    text: ${Q}\n`)
    .replace('    namn: Nöjd kund-index\n', `    namn: ${Q}\n`));
  files.set('resultat.yaml', files.get('resultat.yaml')!
    .replace('        rubrik: Ärenden\n', `        rubrik: ${Q}\n`)
    .replace('{ id: a, rubrik: Ärenden A, värden: [10, 12] }', `{ id: a, rubrik: ${Q}, värden: [10, 12] }`)
    .replace('formel: sum(*) }', 'formel: "sum(*) ` [x](command:y) `" }'));
  return { service: serviceFor(files), files };
}

function offsetIn(files: Map<string, string>, path: string, needle: string, delta: number): number {
  const i = files.get(path)!.indexOf(needle);
  assert.ok(i >= 0, `${needle} in ${path}`);
  return i + delta;
}

describe('inert editor Markdown', () => {
  const { service, files } = hostileReport();
  const uri = uriOf('resultat.yaml');

  const hovers: [string, string, number][] = [
    ['a requirement', 'besvarar: [ÅK-service]', 'besvarar: [ÅK'.length],
    ['an indicator', 'indikator: I-nki', 'indikator: I-'.length],
    ['a cell', 'värden: [10, 12]', 'värden: [1'.length],
    ['a cell checked by a formula with backticks', 'värden: [30, 30]', 'värden: [3'.length],
  ];
  for (const [what, needle, delta] of hovers) {
    it(`shows ${what}'s report and letter text as text in the hover`, () => {
      const hover = service.hover(uri, offsetIn(files, 'resultat.yaml', needle, delta));
      assert.ok(hover, what);
      assert.deepEqual(live(hover.markdown), [], hover.markdown);
      if (what !== 'a cell checked by a formula with backticks') assert.ok(shown(hover.markdown).includes(HOSTILE), shown(hover.markdown));
    });
  }

  it('keeps the formula with backticks whole in its code span', () => {
    const hover = service.hover(uri, offsetIn(files, 'resultat.yaml', 'värden: [30, 30]', 'värden: [3'.length))!;
    assert.ok(shown(hover.markdown).includes('sum(*) ` [x](command:y) `'), shown(hover.markdown));
  });

  it('shows the letter’s wording as text in completion documentation', () => {
    const items = service.complete(uri, offsetIn(files, 'resultat.yaml', 'besvarar: [ÅK-service]', 'besvarar: ['.length));
    const item = items.find((i) => i.label === 'ÅK-service');
    assert.ok(item?.documentation, items.map((i) => i.label).join(', '));
    assert.deepEqual(live(item.documentation), []);
    assert.equal(shown(item.documentation), HOSTILE);
  });

  it('leaves the client’s Markdown untrusted and without HTML (vscode-languageclient’s defaults)', () => {
    const client = readFileSync(join(__dirname, '..', '..', 'client', 'src', 'extension.ts'), 'utf8');
    assert.doesNotMatch(client, /isTrusted|supportHtml|supportThemeIcons/);
  });

  it('links to nothing but rule pages anywhere in the service’s Markdown', () => {
    const text = files.get('resultat.yaml')!;
    const links: string[] = [];
    for (let offset = 0; offset < text.length; offset += 7) {
      const h = service.hover(uri, offset);
      if (h) links.push(...live(h.markdown));
      for (const item of service.complete(uri, offset)) if (item.documentation) links.push(...live(item.documentation));
    }
    assert.deepEqual(links.filter((l) => !/^link \S+\/docs\/rules\/[a-z-]+\.md$/.test(l)), []);
  });
});
