// The coverage feature (features/coverage.ts): every status a requirement can have, the places that
// answer it, and indicator outcomes against targets, on the base fixture with an amended letter.
import { strict as assert } from 'node:assert';
import { computeCoverage } from '../../server/src/service/features/coverage';
import { baseFiles, ROOT_URI, serviceFor } from '../helpers/fixture';
import { internalsOf } from '../../server/src/service/internal';

function coverageOf(edit: (files: Map<string, string>) => void) {
  const files = baseFiles();
  edit(files);
  const service = serviceFor(files);
  const pa = internalsOf(service).projectFor(`${ROOT_URI}arsredovisning.yaml`)!;
  return computeCoverage(pa, internalsOf(service).locate())!;
}

describe('coverage feature', () => {
  it('reports the clean base report as fully answered', () => {
    const c = coverageOf(() => undefined);
    assert.deepEqual(c.requirements.map((r) => [r.id, r.status]), [
      ['M-balans', 'besvarat'],
      ['ÅK-service', 'besvarat'],
      ['UPP-utredning', 'inte-i-årsredovisningen'],
    ]);
    assert.equal(c.summary.due, 2);
    assert.equal(c.summary.unanswered, 0);
    assert.ok(c.judged);
    const service = c.requirements[1].answers[0];
    assert.equal(service.kind, 'avsnitt');
    assert.equal(service.number?.sv, '1.1');
    assert.equal(service.heading, 'Service');
    assert.equal(c.requirements[0].answers[0].kind, 'måluppfyllelse');
    assert.deepEqual(c.requirements[0].goal, { target: { sv: '0 tkr', en: '0 tkr' }, year: 2024, outcome: { sv: '50 tkr', en: '50 tkr' }, reached: true, forecast: false });
    assert.deepEqual(c.indicators.map((i) => [i.id, i.outcome?.sv, i.target?.sv, i.status]), [['I-nki', '72', '70', 'uppnått']]);
  });

  it('tells unanswered, outdated and removed requirements apart', () => {
    const c = coverageOf((files) => {
      files.set('regleringsbrev.yaml', files.get('regleringsbrev.yaml')!
        .replace('      - i: årsredovisningen\nuppdrag:', '      - i: årsredovisningen\n    ändrad_av: [Fi2024/00002]\n  - id: ÅK-ny\n    rubrik: Ny\n    redovisning:\n      - i: årsredovisningen\nuppdrag:')
        .replace('        senast: 2024-06-30', '        senast: 2024-06-30\n    borttagen_av: Fi2024/00002'));
    });
    const status = Object.fromEntries(c.requirements.map((r) => [r.id, r.status]));
    assert.deepEqual(status, { 'M-balans': 'besvarat', 'ÅK-service': 'inaktuellt-svar', 'ÅK-ny': 'obesvarat', 'UPP-utredning': 'borttaget' });
    assert.equal(c.requirements.find((r) => r.id === 'ÅK-service')!.answers[0].current, false);
    assert.equal(c.summary.unanswered, 1);
    assert.equal(c.summary.outdated, 1);
    assert.equal(c.summary.removed, 1);
  });

  it('counts an answer to the current wording as current', () => {
    const c = coverageOf((files) => {
      files.set('regleringsbrev.yaml', files.get('regleringsbrev.yaml')!.replace('      - i: årsredovisningen\nuppdrag:', '      - i: årsredovisningen\n    ändrad_av: [Fi2024/00002]\nuppdrag:'));
      files.set('resultat.yaml', files.get('resultat.yaml')!.replace('besvarar: [ÅK-service]', 'besvarar: [ÅK-service@Fi2024/00002]'));
    });
    const r = c.requirements.find((x) => x.id === 'ÅK-service')!;
    assert.equal(r.status, 'besvarat');
    assert.equal(r.answers[0].version, 'Fi2024/00002');
  });

  it('shows an indicator without outcome and does not judge a report with YAML errors', () => {
    const c = coverageOf((files) => {
      files.set('resultat.yaml', files.get('resultat.yaml')!.replace(/ {2}- nummer: "1.2"[\s\S]*$/, '  - nummer: "1.2"\n    rubrik: [oavslutad\n'));
    });
    assert.equal(c.judged, false);
    assert.deepEqual(c.broken, [`${ROOT_URI}resultat.yaml`]);
    const d = coverageOf((files) => {
      files.set('resultat.yaml', files.get('resultat.yaml')!.replace(/ {4}indikatorer:[\s\S]*$/, ''));
    });
    assert.equal(d.indicators[0].status, 'utan-utfall');
    assert.equal(d.indicators[0].outcome, undefined);
  });
});
