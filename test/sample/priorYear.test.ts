// A small report for 2024 built on the 2023 sample: its table of sick leave repeats the columns for 2023 and
// 2022 that the sample printed, and is checked against them once both reports are handed in together.
import { strict as assert } from 'node:assert';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Problem } from '../../server/src/service/index';
import { SAMPLE_DIR, sampleFiles, sampleService } from '../helpers/sample';

const NEXT = pathToFileURL(join(SAMPLE_DIR, '..', 'ssc-2024')).toString();

function nextYear(table: string): Map<string, string> {
  const files = sampleFiles();
  files.set(`${NEXT}/arsredovisning.yaml`, `typ: årsredovisning
myndighet: Statens servicecenter
räkenskapsår: 2024
regleringsbrev: regleringsbrev.yaml
ledning:
  form: styrelse
  ledamöter:
    - { namn: Åsa Lindh, roll: generaldirektör }
kapitel:
  - medarbetare.yaml
fåb:
  undantag:
    - { del: alla, skäl: Ett utdrag, för att pröva jämförelsen med 2023. }
`);
  files.set(`${NEXT}/regleringsbrev.yaml`, 'typ: regleringsbrev\nmyndighet: Statens servicecenter\nbudgetår: 2024\ndiarienummer: Fi2023/99999\nbeslutad: 2023-12-20\n');
  files.set(`${NEXT}/medarbetare.yaml`, `typ: kapitel
nummer: "8"
rubrik: Medarbetare
avsnitt:
  - nummer: "8.1"
    rubrik: Sjukfrånvaro
    tabeller:
${table}`);
  return files;
}

const T29 = (totalt2023: string) => `      - id: T29
        nummer: 29
        rubrik: Sjukfrånvaro i procent
        enhet: "%"
        decimaler: 1
        kolumner:
          - { id: år2024, rubrik: "2024", år: 2024 }
          - { id: år2023, rubrik: "2023", år: 2023 }
          - { id: år2022, rubrik: "2022", år: 2022 }
        rader:
          - { id: totalt, rubrik: Totalt, värden: [5.5, ${totalt2023}, 6.1] }
          - { id: kvinnor, rubrik: Kvinnor, värden: [6.4, 6.7, 7.1] }
`;

// Tabell 17's rows are years: the 2024 report repeats the rows for 2023 and 2022 that the sample printed.
const T17 = (leveranssäkra2023: string) => `      - id: T17
        nummer: 17
        rubrik: Utfall NKI för användare värdegrund per kundmyndighetsstorlek (skala 1–5)
        enhet: poäng
        decimaler: 1
        kolumner:
          - { id: upp_till_150, rubrik: Upp till 150 anställda }
          - { id: från_150_till_500, rubrik: 150–500 anställda }
          - { id: från_501_till_1999, rubrik: 501–1999 anställda }
          - { id: från_2000, rubrik: 2000 anställda eller fler }
        rader:
          - { id: leveranssäkra_2024, rubrik: Leveranssäkra (2024), år: 2024, värden: [4.0, 3.9, 4.1, 4.0] }
          - { id: leveranssäkra_2023, rubrik: Leveranssäkra (2023), år: 2023, värden: [${leveranssäkra2023}] }
          - { id: leveranssäkra_2022, rubrik: Leveranssäkra (2022), år: 2022, värden: [3.8, 3.8, 4.2, 4.2] }
`;

const priorYear = (files: Map<string, string>): Problem[] => [...sampleService(files).analyze().problems.values()].flat().filter((p) => p.code === 'prior-year');

describe('last year’s report', () => {
  it('finds nothing when the next year repeats the sample’s figures for 2023 and 2022', () => {
    assert.deepEqual(priorYear(nextYear(T29('5.7'))).map((p) => p.message.en), []);
  });

  it('finds a figure for 2023 that differs from what the 2023 report printed, on the new report’s cell', () => {
    const found = priorYear(nextYear(T29('5.8')));
    assert.equal(found.length, 1);
    assert.equal(found[0].uri, `${NEXT}/medarbetare.yaml`);
    assert.match(found[0].message.en, /Table 29 \(T29\), "Totalt", 2023: printed 5\.8 %, but the report for 2023 printed 5\.7 %/);
    assert.equal(found[0].related?.[0].uri, pathToFileURL(join(SAMPLE_DIR, 'kapitel', '08-medarbetare.yaml')).toString());
  });

  it('accepts a restated figure that says so', () => {
    assert.deepEqual(priorYear(nextYear(T29('5.8').replace('        decimaler: 1\n', '        decimaler: 1\n        omräknad: true\n'))), []);
  });

  it('counts the figures of earlier years that last year’s report printed as checked, and only those', () => {
    const service = sampleService(nextYear(T29('5.7')));
    const figures = service.figures(`${NEXT}/arsredovisning.yaml`);
    const checked = (id: string) => figures?.cells.find((c) => c.id === id)?.checked;
    assert.equal(checked('T29.kvinnor.år2023'), true);
    assert.equal(checked('T29.totalt.år2022'), true);
    assert.equal(checked('T29.kvinnor.år2024'), false);
  });

  it('compares the rows of a table whose rows are years with the same rows of last year’s report', () => {
    assert.deepEqual(priorYear(nextYear(T17('3.9, 3.8, 4.1, 4.1'))).map((p) => p.message.en), []);
    const found = priorYear(nextYear(T17('3.9, 3.8, 4.0, 4.1')));
    assert.equal(found.length, 1);
    assert.match(found[0].message.en, /Table 17 \(T17\), "Leveranssäkra \(2023\)", 501–1999 anställda: printed 4\.0 poäng, but the report for 2023 printed 4\.1/);
    const figures = sampleService(nextYear(T17('3.9, 3.8, 4.1, 4.1'))).figures(`${NEXT}/arsredovisning.yaml`);
    const cell = (id: string) => figures?.cells.find((c) => c.id === id);
    assert.equal(cell('T17.leveranssäkra_2022.från_2000')?.checked, true);
    assert.equal(cell('T17.leveranssäkra_2022.från_2000')?.year, 2022);
    assert.equal(cell('T17.leveranssäkra_2024.från_2000')?.checked, false);
  });
});
