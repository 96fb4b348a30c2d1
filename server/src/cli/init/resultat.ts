// The template for the resultatredovisning chapter: it answers each requirement of the example letter,
// reports the indicator's outcome from a table and computes the goal from the fee table, so that the
// author sees each way a chapter links to the letter.
import type { InitOptions } from './options';

export function resultatYaml(o: InitOptions): string {
  const år = o.år;
  const y = `år${år}`;
  const p = `år${år - 1}`;
  return `# Resultatredovisningen (FÅB 3 kap.). Skriv om texterna och ersätt siffrorna med era egna.
#
# \`besvarar:\` anger vilka krav i regleringsbrevet ett avsnitt redovisar; varje krav som ska redovisas i
# årsredovisningen måste besvaras någonstans. Siffror med \`formel:\` kontrolleras mot formeln.
typ: kapitel
nummer: "1"
rubrik: Resultatredovisning
del: resultatredovisning
text: |
  Här beskriver ni kort verksamheten och årets resultat. Ersätt texten med er egen.
avsnitt:
  - nummer: "1.1"
    rubrik: Handläggning av ärenden
    besvarar: [ÅK-handläggning]
    text: |
      Beskriv hur handläggningstiderna har utvecklats under ${år} och vilka åtgärder myndigheten har
      vidtagit för att korta dem (tabell 1).
    tabeller:
      - id: T1
        nummer: 1
        rubrik: Avgjorda ärenden
        enhet: antal
        decimaler: 0
        kolumner:
          - { id: ${y}, rubrik: "${år}", år: ${år} }
          - { id: ${p}, rubrik: "${år - 1}", år: ${år - 1} }
        rader:
          - { id: inom_tre_månader, rubrik: Avgjorda inom tre månader, värden: [4600, 4300] }
          - { id: efter_tre_månader, rubrik: Avgjorda efter mer än tre månader, värden: [400, 500] }
          - id: summa
            rubrik: Summa avgjorda ärenden
            värden: [5000, 4800]
            formel: sum(inom_tre_månader, efter_tre_månader)
          - id: andel_inom_tre_månader
            rubrik: Andel avgjorda inom tre månader
            enhet: "%"
            värden: [92, 90]
            formel: inom_tre_månader / summa
  - nummer: "1.2"
    rubrik: Resultatindikatorer
    text: |
      Kommentera utfallet för varje resultatindikator.
    # Utfallet kan vara ett tal eller, som här, en formel som hämtar det ur en tabell.
    indikatorer:
      - indikator: I-handläggningstid
        utfall: T1.andel_inom_tre_månader.${y}
        kommentar: Andelen har ökat jämfört med ${år - 1}.
    tabeller:
      - id: T2
        nummer: 2
        rubrik: Resultatindikatorer ${år}
        form: indikatorer
        enhet: "%"
        decimaler: 0
        kolumner:
          - { id: utfall, rubrik: Utfall ${år} }
          - { id: målvärde, rubrik: Målvärde ${år} }
        rader:
          - { id: handläggningstid, indikator: I-handläggningstid, rubrik: Andel ärenden som avgjorts inom tre månader, värden: [92, 90] }
  - nummer: "1.3"
    rubrik: Avgiftsbelagd verksamhet
    besvarar: [M-full-kostnadstäckning]
    text: |
      Redovisa hur målet om full kostnadstäckning har uppfyllts. Utfallet räknas fram ur tabell 7.
    # Målets utfall räknas ur avgiftstabellen i den finansiella redovisningen och jämförs med målvärdet.
    måluppfyllelse:
      - mål: M-full-kostnadstäckning
        utfall: T7.uppdragsverksamhet.resultat
  - nummer: "1.4"
    rubrik: Uppdrag att utveckla den digitala servicen
    besvarar: [UPP-digital-service]
    text: |
      Redovisa vad myndigheten har gjort inom uppdraget under ${år}. Delredovisningen lämnades till
      Regeringskansliet den 1 oktober ${år}.
`;
}
