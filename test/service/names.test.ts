// The name-resolution layer (names/): every reference site of a report resolved once, with its target or
// its failure, and every feature that asks what a name means asking it.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inBase } from '../helpers/caret';
import { baseFiles, serviceFor, uriOf } from '../helpers/fixture';
import { sampleService } from '../helpers/sample';
import { internalsOf } from '../../server/src/service/internal';

const SERVICE = join(__dirname, '..', '..', 'server', 'src', 'service');
const text = (c: ReturnType<typeof inBase>, loc: { uri: string; range: { start: number; end: number } }) =>
  c.service.getFile(loc.uri)!.text.slice(loc.range.start, loc.range.end);

describe('names', () => {
  it('resolve every reference site of the real report', () => {
    const [pa] = internalsOf(sampleService()).analysis().projects;
    const kinds = new Map<string, number>();
    for (const s of pa.names.sites) kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
    assert.deepEqual(pa.names.sites.filter((s) => !s.target).map((s) => `${s.kind} ${s.name}`), []);
    for (const kind of ['requirement', 'goal', 'indicator', 'appropriationPost', 'feeRow', 'note', 'file']) assert.ok((kinds.get(kind) ?? 0) > 0, kind);
  });

  it('say who answers a requirement in the order a reader meets them, goal outcomes included', () => {
    const [pa] = internalsOf(sampleService()).analysis().projects;
    const sites = pa.names.answersTo('M-resultat');
    assert.deepEqual(sites.map((s) => s.kind), ['requirement', 'goal', 'requirement']);
    assert.match(sites[2].owner!.label.sv, /^Tabell \d+$/);
  });

  it('resolve an answer’s version to the letter’s amendment, and go there', () => {
    const files = baseFiles();
    const rb = files.get('regleringsbrev.yaml')!;
    assert.match(rb, /ändringsbeslut:/);
    const decision = /diarienummer: (\S+)/g;
    const numbers = [...rb.matchAll(decision)].map((m) => m[1].replace(/"/g, ''));
    const amendment = numbers[numbers.length - 1];
    files.set('resultat.yaml', files.get('resultat.yaml')!.replace('besvarar: [ÅK-service]', `besvarar: ["ÅK-service@${amendment}"]`));
    const service = serviceFor(files);
    const uri = uriOf('resultat.yaml');
    const offset = service.getFile(uri)!.text.indexOf(`@${amendment}`);
    const [pa] = internalsOf(service).analysis().projects;
    const site = pa.names.sites.find((s) => s.kind === 'decision' && s.name === amendment);
    assert.ok(site?.target, 'the version resolves');
    assert.equal(site.target.origin.uri, uriOf('regleringsbrev.yaml'));
    const [def] = service.definition(uri, offset);
    assert.equal(def.uri, uriOf('regleringsbrev.yaml'), 'definition goes to the requirement');
  });

  it('find the rows that cite a note from the note’s reference', () => {
    const c = inBase('finans.yaml', 'not: 1,', 'not: '.length);
    const refs = c.service.references(c.uri, c.offset, false);
    assert.ok(refs.length >= 1);
    assert.ok(refs.every((r) => text(c, r) === '1'));
  });

  it('complete the notes a row may cite, and the functions by their Swedish names too', () => {
    const files = baseFiles();
    const service = serviceFor(files);
    const uri = uriOf('finans.yaml');
    const t = service.getFile(uri)!.text;
    const notes = service.complete(uri, t.indexOf('not: 1,') + 'not: '.length).map((i) => i.label);
    assert.ok(notes.includes('1'), notes.join());
    const c = inBase('resultat.yaml', 'formel: sum(*)', 'formel: su'.length);
    const fns = c.service.complete(c.uri, c.offset).filter((i) => i.kind === 'function').map((i) => i.label);
    for (const f of ['sum', 'summa', 'avg', 'medel', 'count', 'antal', 'countif', 'antal_om', 'prev', 'föregående']) assert.ok(fns.includes(f), f);
  });

  it('are matched by key only in the model builders and names/keys.ts', () => {
    // The keys that name something (besvarar, anslagspost, …) are read by the model builders and
    // classified by names/keys.ts; every feature asks the names layer instead of matching them again.
    const keys = ['besvarar', 'anslagspost', 'verksamhet', 'inkomsttitel', 'hänvisar_till', 'ändrad_av', 'borttagen_av', 'tillagd_av'];
    const allowed = new Set(['model/chapter.ts', 'model/requirementSet.ts', 'names/keys.ts', 'names/letter.ts', 'forms/definitions.ts']);
    const found: string[] = [];
    const walk = (dir: string, rel: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const path = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) walk(join(dir, e.name), path);
        else if (e.name.endsWith('.ts') && !allowed.has(path)) {
          const src = readFileSync(join(dir, e.name), 'utf8');
          for (const k of keys) if (src.includes(`'${k}'`)) found.push(`${path}: ${k}`);
        }
      }
    };
    walk(SERVICE, '');
    assert.deepEqual(found, []);
  });
});
