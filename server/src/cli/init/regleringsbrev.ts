// The template for regleringsbrev.yaml: one example of each kind of requirement and a financing section
// whose figures the finansiell redovisning template reports against. Change a figure here and the
// matching figure in finans.ts must change with it; test/cli/init.test.ts checks that they agree.
import type { InitOptions } from './options';
import { withComment, yamlString } from './options';

export function regleringsbrevYaml(o: InitOptions): string {
  const namn = yamlString(o.myndighet);
  const år = o.år;
  return `# Regleringsbrev för budgetåret ${år} avseende ${o.myndighet}.
#
# Skapat av \`regbrev init\` som ett exempel. Ersätt innehållet med det som står i ert regleringsbrev:
# diarienummer och datum, mål, återrapporteringskrav, uppdrag och finansiering. Id:n (M-, I-, ÅK-, UPP-)
# hittar ni på själva; de ska aldrig ändras när årsredovisningen väl hänvisar till dem.
typ: regleringsbrev
myndighet: ${namn}
budgetår: ${år}
${withComment('departement: Finansdepartementet', 'ersätt med ert departement')}
${withComment(`diarienummer: Fi${år - 1}/00000`, 'ersätt med regleringsbrevets diarienummer')}
${withComment(`beslutad: ${år - 1}-12-14`, 'ersätt med dagen då regeringen beslutade brevet')}
# Ändringsbeslut under året läggs till så här:
# ändringsbeslut:
#   - diarienummer: Fi${år}/00000
#     beslutad: ${år}-06-13
#     sammanfattning: Vad beslutet ändrade.

mål:
  # Ett mål som årsredovisningen räknar fram ur sina egna tabeller (se måluppfyllelse i resultatkapitlet).
  - id: M-full-kostnadstäckning
    rubrik: Full kostnadstäckning
    text: Den avgiftsbelagda verksamheten ska bedrivas med full kostnadstäckning.
    målvärde: { värde: 0, enhet: tkr, år: ${år} }
    riktning: högre

indikatorer:
  # Myndighetens egna resultatindikatorer, eller de som regleringsbrevet anger (källa: regleringsbrev).
  - id: I-handläggningstid
    namn: Andel ärenden som avgjorts inom tre månader
    källa: myndigheten
    enhet: "%"
    riktning: högre
    målvärden: { ${år}: 90 }

återrapporteringskrav:
  - id: ÅK-handläggning
    rubrik: Handläggning av ärenden
    text: >-
      Myndigheten ska redovisa hur handläggningstiderna har utvecklats och vilka åtgärder myndigheten
      har vidtagit för att korta dem.
    redovisning:
      - i: årsredovisningen

uppdrag:
  - id: UPP-digital-service
    rubrik: Uppdrag att utveckla den digitala servicen
    text: >-
      Myndigheten ska utveckla sina digitala tjänster så att fler ärenden kan inledas och följas
      digitalt.
    redovisning:
      - till: Regeringskansliet (Finansdepartementet)
        senast: ${år}-10-01
        del: delredovisning
      - i: årsredovisningen

# Beloppen står i tkr som i regleringsbrevet. Ersätt anslag, anslagsposter, belopp och villkor med
# brevets; id:n (a1_1, ap1, it2811, uppdragsverksamhet) används i årsredovisningens tabeller.
finansiering:
  enhet: tkr
  anslag:
    - id: a1_1
${withComment('      beteckning: "01 1:1"', 'utgiftsområde och anslag, t.ex. "02 1:15"')}
      namn: ${namn}
      typ: ramanslag
      anslagsposter:
        - id: ap1
          beteckning: ap.1
          namn: Verksamhet
          typ: ramanslag
          belopp: 50000
          anslagskredit: 1500
          anslagsbehållning_procent: 3
          räntebärande: true
          villkor:
            - Av anslagsposten får högst 500 tkr användas för utvecklingsinsatser.
  inkomsttitlar:
    - { id: it2811, nummer: "2811", namn: Övriga inkomster av statens verksamhet, beräknat: 150 }
  låneram: 3000
  räntekontokredit: 2000
  avgiftsbelagd_verksamhet:
    rader:
      - id: uppdragsverksamhet
        grupp: Verksamhet där avgiftsintäkterna disponeras
        verksamhet: Uppdragsverksamhet
${withComment('        ack_ingående: 20', `+/- t.o.m. ${år - 2}`)}
${withComment('        resultat_föregående: 0', `+/- ${år - 1}`)}
        intäkter: 4000
        kostnader: 4000
        resultat: 0
        ack_utgående: 20
`;
}
