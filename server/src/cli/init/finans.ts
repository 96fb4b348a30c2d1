// The template for the finansiell redovisning chapter: ESV's standard forms filled with example figures
// that satisfy every identity of the forms and every condition of the example letter (allotment, credits,
// carry-over, loan limit, account credit, income title, fee budget). The figures fit together across
// tables: the fee activity's result is the year's kapitalförändring, the carry-over is the negative
// avräkning med statsverket, and the loan is the used loan limit.
import type { InitOptions } from './options';
import { yearColumns } from './options';

export function finansYaml(o: InitOptions): string {
  const år = o.år;
  const years = yearColumns(år);
  const balanceDates = yearColumns(år, '-12-31');
  return `# Den finansiella redovisningen enligt ESV:s uppställningsformer (FÅB 2 kap. 4 §).
#
# Ersätt exempelsiffrorna med era egna (tkr, positiva intäkter och negativa kostnader som i ESV:s
# mallar). Tabeller med \`form:\` kontrolleras mot formens samband och mot regleringsbrevet, så summor,
# tilldelning, krediter och låneram måste stämma. Första kolumnen är ${år}, andra ${år - 1}.
typ: kapitel
nummer: "2"
rubrik: Finansiell redovisning
del: finansiell_redovisning
avsnitt:
  - nummer: "2.1"
    rubrik: Resultaträkning
    tabeller:
      - id: T3
        nummer: 3
        rubrik: Resultaträkning (tkr)
        form: resultaträkning
        enhet: tkr
        decimaler: 0${years}
        rader:
          - { id: intäkter_av_anslag, rubrik: Intäkter av anslag, not: 1, värden: [49900, 48800] }
          - { id: intäkter_av_avgifter, rubrik: Intäkter av avgifter och andra ersättningar, not: 2, värden: [4200, 4000] }
          - { id: finansiella_intäkter, rubrik: Finansiella intäkter, värden: [20, 10] }
          - { id: summa_intäkter, rubrik: Summa, värden: [54120, 52810] }
          - { id: kostnader_för_personal, rubrik: Kostnader för personal, värden: [-38000, -37000] }
          - { id: kostnader_för_lokaler, rubrik: Kostnader för lokaler, värden: [-6500, -6400] }
          - { id: övriga_driftkostnader, rubrik: Övriga driftkostnader, värden: [-8900, -8700] }
          - { id: finansiella_kostnader, rubrik: Finansiella kostnader, värden: [-40, -30] }
          - { id: avskrivningar_och_nedskrivningar, rubrik: Avskrivningar och nedskrivningar, värden: [-600, -580] }
          - { id: summa_kostnader, rubrik: Summa, värden: [-54040, -52710] }
          - { id: verksamhetsutfall, rubrik: Verksamhetsutfall, värden: [80, 100] }
          - { id: uppbörd_intäkter, rubrik: Intäkter av avgifter m.m. som inte disponeras, värden: [150, 140] }
          - { id: uppbörd_till_statens_budget, rubrik: Medel som tillförts statens budget från uppbördsverksamhet, värden: [-150, -140] }
          - { id: uppbörd_saldo, rubrik: Saldo, värden: [0, 0] }
          - { id: årets_kapitalförändring, rubrik: Årets kapitalförändring, värden: [80, 100] }
  - nummer: "2.2"
    rubrik: Balansräkning
    tabeller:
      - id: T4
        nummer: 4
        rubrik: Balansräkning (tkr)
        form: balansräkning
        enhet: tkr
        decimaler: 0${balanceDates}
        rader:
          - avsnitt: Tillgångar
          - { id: maskiner_och_inventarier, rubrik: Maskiner och inventarier, värden: [2400, 2200] }
          - { id: summa_materiella, rubrik: Summa, värden: [2400, 2200] }
          - { id: kundfordringar, rubrik: Kundfordringar, värden: [300, 250] }
          - { id: fordringar_hos_andra_myndigheter, rubrik: Fordringar hos andra myndigheter, värden: [900, 850] }
          - { id: summa_kortfristiga_fordringar, rubrik: Summa, värden: [1200, 1100] }
          - { id: förutbetalda_kostnader, rubrik: Förutbetalda kostnader, värden: [1500, 1400] }
          - { id: summa_periodavgränsning_tillgångar, rubrik: Summa, värden: [1500, 1400] }
          - { id: avräkning_med_statsverket, rubrik: Avräkning med statsverket, värden: [-700, -600] }
          - { id: summa_avräkning_med_statsverket, rubrik: Summa, värden: [-700, -600] }
          - { id: behållning_räntekonto, rubrik: Behållning räntekonto i Riksgäldskontoret, värden: [3000, 2900] }
          - { id: summa_kassa_och_bank, rubrik: Summa, värden: [3000, 2900] }
          - { id: summa_tillgångar, rubrik: Summa tillgångar, värden: [7400, 7000] }
          - avsnitt: Kapital och skulder
          - { id: balanserad_kapitalförändring, rubrik: Balanserad kapitalförändring, värden: [120, 20] }
          - { id: kapitalförändring_enligt_resultaträkningen, rubrik: Kapitalförändring enligt resultaträkningen, värden: [80, 100] }
          - { id: summa_myndighetskapital, rubrik: Summa, värden: [200, 120] }
          - { id: övriga_avsättningar, rubrik: Övriga avsättningar, värden: [100, 90] }
          - { id: summa_avsättningar, rubrik: Summa, värden: [100, 90] }
          - { id: lån_i_riksgäldskontoret, rubrik: Lån i Riksgäldskontoret, värden: [2300, 2100] }
          - { id: kortfristiga_skulder_till_andra_myndigheter, rubrik: Kortfristiga skulder till andra myndigheter, värden: [900, 850] }
          - { id: leverantörsskulder, rubrik: Leverantörsskulder, värden: [1400, 1350] }
          - { id: övriga_kortfristiga_skulder, rubrik: Övriga kortfristiga skulder, värden: [600, 560] }
          - { id: summa_skulder, rubrik: Summa, värden: [5200, 4860] }
          - { id: upplupna_kostnader, rubrik: Upplupna kostnader, värden: [1900, 1930] }
          - { id: summa_periodavgränsning_skulder, rubrik: Summa, värden: [1900, 1930] }
          - { id: summa_kapital_och_skulder, rubrik: Summa kapital och skulder, värden: [7400, 7000] }
  - nummer: "2.3"
    rubrik: Anslagsredovisning
    text: |
      Årets tilldelning ska vara regleringsbrevets belopp. Utgående överföringsbelopp får inte understiga
      den negativa anslagskrediten och bör inte överstiga den andel som får disponeras (3 %).
    tabeller:
      - id: T5
        nummer: 5
        rubrik: Redovisning mot anslag (tkr)
        form: anslagsredovisning
        enhet: tkr
        decimaler: 0
        kolumner:
          - { id: ingående_överföringsbelopp, rubrik: Ingående överföringsbelopp }
          - { id: årets_tilldelning, rubrik: Årets tilldelning enligt regleringsbrev }
          - { id: totalt_disponibelt_belopp, rubrik: Totalt disponibelt belopp }
          - { id: utgifter, rubrik: Utgifter }
          - { id: utgående_överföringsbelopp, rubrik: Utgående överföringsbelopp }
        rader:
          - avsnitt: ${JSON.stringify(`01 1:1 ${o.myndighet} (ramanslag)`)}
          # Radens rubrik ska ange anslagspostens beteckning och namn som i regleringsbrevet.
          - { id: ap1, anslagspost: ap1, rubrik: ap.1 Verksamhet (ramanslag), värden: [600, 50000, 50600, -49900, 700] }
          - { id: summa, rubrik: Summa, värden: [600, 50000, 50600, -49900, 700], formel: sum(*) }
      - id: T6
        nummer: 6
        rubrik: Redovisning av inkomsttitel (tkr)
        form: inkomsttitlar
        enhet: tkr
        decimaler: 0
        kolumner:
          - { id: beräknat_belopp, rubrik: Beräknat belopp }
          - { id: inkomster, rubrik: Inkomster }
        rader:
          - { id: it2811, inkomsttitel: it2811, rubrik: 2811 Övriga inkomster av statens verksamhet, värden: [150, 150] }
  - nummer: "2.4"
    rubrik: Avgiftsbelagd verksamhet
    tabeller:
      - id: T7
        nummer: 7
        rubrik: Utfall avgiftsbelagd verksamhet (tkr)
        form: avgiftstabell
        avser: utfall
        enhet: tkr
        decimaler: 0
        kolumner:
          - { id: ack_ingående, rubrik: "+/- t.o.m. ${år - 2}" }
          - { id: resultat_föregående, rubrik: "+/- ${år - 1}" }
          - { id: intäkter, rubrik: Intäkter ${år} }
          - { id: kostnader, rubrik: Kostnader ${år} }
          - { id: resultat, rubrik: "+/- ${år}" }
          - { id: ack_utgående, rubrik: Ack. +/- utgående ${år} }
        rader:
          # En rad per verksamhet i regleringsbrevets avgiftstabell, med verksamhetens id.
          - { id: uppdragsverksamhet, verksamhet: uppdragsverksamhet, rubrik: Uppdragsverksamhet, värden: [20, 100, 4200, 4120, 80, 200] }
  - nummer: "2.5"
    rubrik: Sammanställning över väsentliga uppgifter
    tabeller:
      - id: T8
        nummer: 8
        rubrik: Sammanställning över väsentliga uppgifter (tkr)
        form: sammanställning
        enhet: tkr
        decimaler: 0${years}
        rader:
          - avsnitt: Låneram i Riksgäldskontoret
          - { id: låneram_beviljad, rubrik: Beviljad, värden: [3000, 3000] }
          - { id: låneram_utnyttjad, rubrik: Utnyttjad, värden: [2300, 2100] }
          - avsnitt: Kontokrediter hos Riksgäldskontoret
          - { id: kontokredit_beviljad, rubrik: Beviljad, värden: [2000, 2000] }
          - { id: kontokredit_max_utnyttjad, rubrik: Maximalt utnyttjad, värden: [0, 0] }
          - avsnitt: Räntekonto i Riksgäldskontoret
          - { id: räntekonto_ränteintäkter, rubrik: Ränteintäkter, värden: [20, 10] }
          - { id: räntekonto_räntekostnader, rubrik: Räntekostnader, värden: [0, 0] }
          - avsnitt: Avgiftsintäkter
          - { id: avgiftsintäkter_beräknat, rubrik: Beräknat belopp enligt regleringsbrev, värden: [4000, 3800] }
          - { id: avgiftsintäkter, rubrik: Avgiftsintäkter, värden: [4200, 4000] }
          - avsnitt: Inkomsttitel 2811
          - { id: inkomsttitel_beräknat, rubrik: Beräknat belopp enligt regleringsbrev, värden: [150, 140] }
          - { id: inkomsttitel_inkomster, rubrik: Inkomster, värden: [150, 140] }
          - avsnitt: Anslagskredit
          - { id: anslagskredit_beviljad, rubrik: Beviljad, värden: [1500, 1450] }
          - { id: anslagskredit_utnyttjad, rubrik: Utnyttjad, värden: [0, 0] }
          - avsnitt: Anslag
          - { id: anslagssparande, rubrik: Anslagssparande ramanslag, värden: [700, 600] }
          - avsnitt: Personal
          - { id: årsarbetskrafter, rubrik: Antal årsarbetskrafter, enhet: antal, värden: [55, 54] }
          - { id: medelantal_anställda, rubrik: Medelantal anställda, enhet: antal, värden: [60, 59] }
          - { id: driftkostnad_per_årsarbetskraft, rubrik: Driftkostnad per årsarbetskraft, värden: [971, 965] }
          - avsnitt: Kapitalförändring
          - { id: kapitalförändring_årets, rubrik: Årets, värden: [80, 100] }
          - { id: kapitalförändring_balanserad, rubrik: Balanserad, värden: [200, 120] }
`;
}
