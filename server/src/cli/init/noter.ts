// The templates for the notes chapter and the signed statement that closes the report.
import type { InitOptions } from './options';
import { ledamöter, withComment, yamlString, yearColumns } from './options';

export function noterYaml(o: InitOptions): string {
  const år = o.år;
  const years = yearColumns(år);
  return `# Tilläggsupplysningar och noter (FÅB 2 kap. 4 §). Resultaträkningens rader hänvisar hit med \`not: n\`.
#
# En nottabells summa kan kontrolleras mot resultaträkningen med en andra formel, som nedan.
typ: kapitel
nummer: "3"
rubrik: Tilläggsupplysningar och noter
del: noter
avsnitt:
  - rubrik: Tillämpade redovisningsprinciper
    text: |
      Årsredovisningen är upprättad enligt förordningen (2000:605) om årsredovisning och budgetunderlag
      och Ekonomistyrningsverkets föreskrifter och allmänna råd till denna. Beskriv här era
      redovisningsprinciper, värderingsprinciper och eventuella ändrade principer.
  - not: 1
    rubrik: Intäkter av anslag
    tabeller:
      - id: N1
        enhet: tkr
        decimaler: 0${years}
        rader:
          - { id: anslag_ap1, rubrik: Intäkter av anslag ap.1 Verksamhet, värden: [49900, 48800] }
          - { id: summa, rubrik: Summa, värden: [49900, 48800], formel: [sum(*), T3.intäkter_av_anslag] }
  - not: 2
    rubrik: Intäkter av avgifter och andra ersättningar
    tabeller:
      - id: N2
        enhet: tkr
        decimaler: 0${years}
        rader:
          - { id: uppdragsverksamhet, rubrik: Intäkter i uppdragsverksamheten, värden: [4200, 4000] }
          - { id: summa, rubrik: Summa, värden: [4200, 4000], formel: [sum(*), T3.intäkter_av_avgifter] }
`;
}

export function intygandeYaml(o: InitOptions): string {
  const namn = ledamöter(o.ledning).map((p) => `        - ${yamlString(p.namn)}`).join('\n');
  const who = o.ledning === 'styrelse' ? 'Styrelsen' : 'Myndighetschefen';
  return `# Ledningens intygande och underskrifter (FÅB 2 kap. 7 § och 2 kap. 8 §).
#
# Årsredovisningen ska lämnas senast den 22 februari ${o.år + 1} (FÅB 2 kap. 1 §). Ersätt ort och datum
# med beslutets, och namnen med ledningens, stavade som under \`ledning\` i arsredovisning.yaml.
typ: kapitel
nummer: "4"
rubrik: Intygande
del: intygande
avsnitt:
  - nummer: "4.1"
    rubrik: Underskrifter
    text: |
      ${who} intygar att årsredovisningen ger en rättvisande bild av verksamhetens resultat
      samt av kostnader, intäkter och myndighetens ekonomiska ställning.
      ${who} bedömer att den interna styrningen och kontrollen vid myndigheten har varit
      betryggande under perioden som årsredovisningen avser.
    underskrifter:
${withComment('      ort: Ort', 'ersätt med orten där beslutet fattades')}
${withComment(`      datum: ${o.år + 1}-02-20`, `beslutsdagen, senast ${o.år + 1}-02-22`)}
      namn:
${namn}
`;
}
