// ESV's standard forms as data: the fixed vocabulary of each form and the identities between its posts.
// Identities are written in the formula language itself and evaluated by the same engine as the
// author's formulas. In a row form a bare id names a post (row) in the same year; in a column form it
// names a post (column) in the same row; `form.post` names a post of another form in the same year.

type Orientation = 'rows' | 'columns';

interface PostDef {
  readonly title: string;
  /** Identities that define the post; the first computes it when the table leaves it out. */
  readonly formulas?: readonly string[];
}

export interface FormDef {
  readonly name: string;
  readonly title: string;
  readonly orientation: Orientation;
  readonly posts: Readonly<Record<string, PostDef>>;
  /** For column forms: the row attribute that links a row to the requirement set. */
  readonly rowLink?: 'anslagspost' | 'verksamhet' | 'inkomsttitel' | 'indikator';
}

const sum = (...posts: string[]) => posts.join(' + ');

const RR_INCOME = ['intäkter_av_anslag', 'intäkter_av_avgifter', 'intäkter_av_bidrag', 'finansiella_intäkter'];
const RR_COSTS = ['kostnader_för_personal', 'kostnader_för_lokaler', 'övriga_driftkostnader', 'finansiella_kostnader', 'avskrivningar_och_nedskrivningar'];
const RR_TRANSFERS = [
  'transfereringar_från_statens_budget', 'transfereringar_från_myndigheter', 'transfereringar_övriga_medel',
  'transfereringar_finansiella_intäkter', 'transfereringar_lämnade_bidrag',
];

const RESULTATRÄKNING: FormDef = {
  name: 'resultaträkning',
  title: 'Resultaträkning',
  orientation: 'rows',
  posts: {
    intäkter_av_anslag: { title: 'Intäkter av anslag' },
    intäkter_av_avgifter: { title: 'Intäkter av avgifter och andra ersättningar' },
    intäkter_av_bidrag: { title: 'Intäkter av bidrag' },
    finansiella_intäkter: { title: 'Finansiella intäkter' },
    summa_intäkter: { title: 'Summa verksamhetens intäkter', formulas: [sum(...RR_INCOME)] },
    kostnader_för_personal: { title: 'Kostnader för personal' },
    kostnader_för_lokaler: { title: 'Kostnader för lokaler' },
    övriga_driftkostnader: { title: 'Övriga driftkostnader' },
    finansiella_kostnader: { title: 'Finansiella kostnader' },
    avskrivningar_och_nedskrivningar: { title: 'Avskrivningar och nedskrivningar' },
    summa_kostnader: { title: 'Summa verksamhetens kostnader', formulas: [sum(...RR_COSTS)] },
    verksamhetsutfall: { title: 'Verksamhetsutfall', formulas: ['summa_intäkter + summa_kostnader'] },
    uppbörd_intäkter: { title: 'Intäkter av avgifter m.m. som inte disponeras' },
    uppbörd_till_statens_budget: { title: 'Medel som tillförts statens budget från uppbördsverksamhet' },
    uppbörd_saldo: { title: 'Saldo uppbördsverksamhet', formulas: ['uppbörd_intäkter + uppbörd_till_statens_budget'] },
    transfereringar_från_statens_budget: { title: 'Medel som erhållits från statens budget för finansiering av bidrag' },
    transfereringar_från_myndigheter: { title: 'Medel som erhållits från myndigheter för finansiering av bidrag' },
    transfereringar_övriga_medel: { title: 'Övriga erhållna medel för finansiering av bidrag' },
    transfereringar_finansiella_intäkter: { title: 'Finansiella intäkter (transfereringar)' },
    transfereringar_lämnade_bidrag: { title: 'Lämnade bidrag' },
    transfereringar_saldo: { title: 'Saldo transfereringsverksamhet', formulas: [sum(...RR_TRANSFERS)] },
    årets_kapitalförändring: { title: 'Årets kapitalförändring', formulas: ['verksamhetsutfall + uppbörd_saldo + transfereringar_saldo'] },
  },
};

const BR_GROUPS: Record<string, readonly string[]> = {
  summa_immateriella: ['balanserade_utgifter_för_utveckling', 'rättigheter_och_andra_immateriella', 'pågående_immateriella', 'förskott_immateriella'],
  summa_materiella: [
    'förbättringsutgifter_på_annans_fastighet', 'byggnader_mark_och_annan_fast_egendom', 'maskiner_och_inventarier',
    'pågående_nyanläggningar', 'beredskapstillgångar', 'förskott_materiella',
  ],
  summa_finansiella_anläggningstillgångar: ['andra_långfristiga_värdepappersinnehav', 'andra_långfristiga_fordringar'],
  summa_varulager: ['varulager_och_förråd'],
  summa_kortfristiga_fordringar: ['kundfordringar', 'fordringar_hos_andra_myndigheter', 'övriga_kortfristiga_fordringar'],
  summa_periodavgränsning_tillgångar: ['förutbetalda_kostnader', 'upplupna_bidragsintäkter', 'övriga_upplupna_intäkter'],
  summa_avräkning_med_statsverket: ['avräkning_med_statsverket'],
  summa_kassa_och_bank: ['behållning_räntekonto', 'kassa_och_bank'],
  summa_myndighetskapital: [
    'statskapital', 'uppskrivningskapital', 'donationskapital', 'balanserad_kapitalförändring', 'kapitalförändring_enligt_resultaträkningen',
  ],
  summa_fonder: ['fonder'],
  summa_avsättningar: ['avsättningar_för_pensioner', 'övriga_avsättningar'],
  summa_skulder: [
    'lån_i_riksgäldskontoret', 'räntekontokredit_i_riksgäldskontoret', 'kortfristiga_skulder_till_andra_myndigheter',
    'leverantörsskulder', 'övriga_kortfristiga_skulder', 'depositioner', 'förskott_från_uppdragsgivare_och_kunder',
  ],
  summa_periodavgränsning_skulder: ['upplupna_kostnader', 'oförbrukade_bidrag', 'övriga_förutbetalda_intäkter'],
};
const ASSET_SUMS = [
  'summa_immateriella', 'summa_materiella', 'summa_finansiella_anläggningstillgångar', 'summa_varulager',
  'summa_kortfristiga_fordringar', 'summa_periodavgränsning_tillgångar', 'summa_avräkning_med_statsverket', 'summa_kassa_och_bank',
];
const LIABILITY_SUMS = ['summa_myndighetskapital', 'summa_fonder', 'summa_avsättningar', 'summa_skulder', 'summa_periodavgränsning_skulder'];

function titleOf(id: string): string {
  const text = id.replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function balancePosts(): Record<string, PostDef> {
  const posts: Record<string, PostDef> = {};
  for (const [total, parts] of Object.entries(BR_GROUPS)) {
    for (const p of parts) posts[p] = { title: titleOf(p) };
    posts[total] = { title: titleOf(total), formulas: [sum(...parts)] };
  }
  posts.kapitalförändring_enligt_resultaträkningen = {
    title: 'Kapitalförändring enligt resultaträkningen',
    formulas: ['resultaträkning.årets_kapitalförändring'],
  };
  posts.summa_tillgångar = { title: 'Summa tillgångar', formulas: [sum(...ASSET_SUMS)] };
  posts.summa_kapital_och_skulder = { title: 'Summa kapital och skulder', formulas: [sum(...LIABILITY_SUMS), 'summa_tillgångar'] };
  return posts;
}

const BALANSRÄKNING: FormDef = { name: 'balansräkning', title: 'Balansräkning', orientation: 'rows', posts: balancePosts() };

const ANSLAGSREDOVISNING: FormDef = {
  name: 'anslagsredovisning',
  title: 'Anslagsredovisning',
  orientation: 'columns',
  rowLink: 'anslagspost',
  posts: {
    ingående_överföringsbelopp: { title: 'Ingående överföringsbelopp' },
    årets_tilldelning: { title: 'Årets tilldelning enligt regleringsbrev' },
    omdisponerat_anslagsbelopp: { title: 'Omdisponerat anslagsbelopp' },
    utnyttjad_del_av_medgivet_överskridande: { title: 'Utnyttjad del av medgivet överskridande' },
    indragning: { title: 'Indragning' },
    totalt_disponibelt_belopp: {
      title: 'Totalt disponibelt belopp',
      formulas: [sum('ingående_överföringsbelopp', 'årets_tilldelning', 'omdisponerat_anslagsbelopp', 'utnyttjad_del_av_medgivet_överskridande', 'indragning')],
    },
    utgifter: { title: 'Utgifter' },
    inkomster: { title: 'Inkomster' },
    utgående_överföringsbelopp: { title: 'Utgående överföringsbelopp', formulas: ['totalt_disponibelt_belopp + utgifter + inkomster'] },
  },
};

const INKOMSTTITLAR: FormDef = {
  name: 'inkomsttitlar',
  title: 'Redovisning mot inkomsttitel',
  orientation: 'columns',
  rowLink: 'inkomsttitel',
  posts: { beräknat_belopp: { title: 'Beräknat belopp' }, inkomster: { title: 'Inkomster' } },
};

const AVGIFTSTABELL: FormDef = {
  name: 'avgiftstabell',
  title: 'Avgiftsbelagd verksamhet',
  orientation: 'columns',
  rowLink: 'verksamhet',
  posts: {
    ack_ingående: { title: '+/- t.o.m. år − 2' },
    resultat_föregående: { title: '+/- år − 1' },
    intäkter: { title: 'Intäkter' },
    kostnader: { title: 'Kostnader' },
    resultat: { title: '+/- år', formulas: ['intäkter - kostnader'] },
    ack_utgående: { title: 'Ack. +/- utgående', formulas: ['ack_ingående + resultat_föregående + resultat'] },
  },
};

const SAMMANSTÄLLNING: FormDef = {
  name: 'sammanställning',
  title: 'Sammanställning över väsentliga uppgifter',
  orientation: 'rows',
  posts: {
    låneram_beviljad: { title: 'Beviljad låneram' },
    låneram_utnyttjad: { title: 'Utnyttjad låneram' },
    kontokredit_beviljad: { title: 'Beviljad kontokredit' },
    kontokredit_max_utnyttjad: { title: 'Maximalt utnyttjad kontokredit under året' },
    räntekonto_ränteintäkter: { title: 'Ränteintäkter på räntekontot' },
    räntekonto_räntekostnader: { title: 'Räntekostnader på räntekontot' },
    avgiftsintäkter_beräknat: { title: 'Avgiftsintäkter som disponeras, beräknat belopp enligt regleringsbrev' },
    avgiftsintäkter: { title: 'Avgiftsintäkter som disponeras', formulas: ['resultaträkning.intäkter_av_avgifter'] },
    inkomsttitel_beräknat: { title: 'Avgiftsintäkter som inte disponeras, beräknat enligt regleringsbrev' },
    inkomsttitel_inkomster: { title: 'Avgiftsintäkter som inte disponeras, inkomster' },
    anslagskredit_beviljad: { title: 'Beviljad anslagskredit' },
    anslagskredit_utnyttjad: { title: 'Utnyttjad anslagskredit' },
    anslagssparande: { title: 'Anslagssparande' },
    bemyndiganden_tilldelade: { title: 'Tilldelade bemyndiganden' },
    bemyndiganden_åtaganden: { title: 'Gjorda åtaganden' },
    årsarbetskrafter: { title: 'Antalet årsarbetskrafter' },
    medelantal_anställda: { title: 'Medelantalet anställda' },
    driftkostnad_per_årsarbetskraft: {
      title: 'Driftkostnad per årsarbetskraft',
      formulas: ['-(resultaträkning.kostnader_för_personal + resultaträkning.kostnader_för_lokaler + resultaträkning.övriga_driftkostnader) / årsarbetskrafter'],
    },
    kapitalförändring_årets: { title: 'Årets kapitalförändring', formulas: ['resultaträkning.årets_kapitalförändring'] },
    kapitalförändring_balanserad: {
      title: 'Balanserad kapitalförändring',
      formulas: ['balansräkning.summa_myndighetskapital', 'prev(kapitalförändring_balanserad) + kapitalförändring_årets'],
    },
  },
};

const INDIKATORER: FormDef = {
  name: 'indikatorer',
  title: 'Resultatindikatorer',
  orientation: 'columns',
  rowLink: 'indikator',
  posts: { utfall: { title: 'Utfall' }, målvärde: { title: 'Målvärde' } },
};

export const FORMS: ReadonlyMap<string, FormDef> = new Map(
  [RESULTATRÄKNING, BALANSRÄKNING, ANSLAGSREDOVISNING, INKOMSTTITLAR, AVGIFTSTABELL, SAMMANSTÄLLNING, INDIKATORER].map((f) => [f.name, f]),
);

/** Posts that are computed from other posts: absent ones are computed, absent others count as 0. */
export function isComputedPost(form: FormDef, post: string): boolean {
  return (form.posts[post]?.formulas?.length ?? 0) > 0;
}
