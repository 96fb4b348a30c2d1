// The model that the checks, the tables and the editor features work on. Every element remembers the
// file it came from and the JSON pointer of its YAML node, so that findings point at the exact text.
import type { ParsedFormula } from '../formula/ast';
import type { CellLiteral } from '../numbers/literal';
import type { Rational } from '../numbers/rational';
import type { Unit } from '../numbers/units';
import type { Exemption } from './applicability';

/** Where an element stands: its file and the JSON pointer of its node. */
export interface Origin {
  readonly uri: string;
  readonly ptr: string;
}

export type Direction = 'högre' | 'lägre';
export type Rounding = 'närmaste' | 'trunkering' | 'största_rest';
/** The kinds of file: a letter, a chapter, and the two kinds of report manifest. */
export type FileKind = 'regleringsbrev' | 'årsredovisning' | 'kapitel' | 'redovisning';

export interface Quantity {
  readonly value: Rational;
  readonly unit?: Unit;
  readonly year?: number;
  readonly origin: Origin;
}

export interface Decision {
  readonly diarienummer: string;
  readonly beslutad?: string;
  readonly origin: Origin;
}

export type RequirementKind = 'mål' | 'återrapporteringskrav' | 'uppdrag';

export interface Reporting {
  readonly inReport: boolean;
  readonly recipient?: string;
  readonly deadline?: string;
  readonly part?: string;
}

export interface Requirement {
  readonly kind: RequirementKind;
  readonly id: string;
  readonly rubrik?: string;
  readonly text?: string;
  readonly source?: string;
  readonly reporting: readonly Reporting[];
  /** True when the requirement must be answered in the annual report. */
  readonly dueInReport: boolean;
  readonly addedBy?: string;
  readonly changedBy: readonly string[];
  readonly removedBy?: string;
  /** The decision it came from (its `källa`), when this letter revokes that decision (`upphäver`). */
  readonly revokedBy?: string;
  readonly target?: Quantity;
  readonly direction?: Direction;
  /** The letter makes its target a condition (`bindande`): missing it is an error. */
  readonly binding?: boolean;
  /** The parts it is reported in (delar), each answered by a report of kind redovisning. */
  readonly parts: readonly RequirementPart[];
  readonly origin: Origin;
}

/** One part of a requirement reported in instalments: a delredovisning or the slutredovisning. */
export interface RequirementPart {
  readonly id: string;
  readonly requirementId: string;
  readonly rubrik?: string;
  readonly typ?: 'delredovisning' | 'slutredovisning';
  readonly till?: string;
  /** The deadline, ÅÅÅÅ-MM-DD (or ÅÅÅÅ-MM). */
  readonly senast?: string;
  readonly items: readonly PartItem[];
  readonly origin: Origin;
}

/** An item a part's report must answer; answers name it `<requirement>#<item>`. */
interface PartItem {
  readonly id: string;
  /** The name answers use: `<requirement>#<item>`. */
  readonly ref: string;
  readonly text?: string;
  readonly origin: Origin;
}

export interface Indicator {
  readonly id: string;
  readonly namn?: string;
  readonly goal?: string;
  readonly source?: string;
  readonly unit?: Unit;
  readonly direction?: Direction;
  readonly targets: ReadonlyMap<number, Rational>;
  /** The letter makes its target a condition (`bindande`): missing it is an error. */
  readonly binding?: boolean;
  readonly origin: Origin;
}

export interface AppropriationPost {
  readonly id: string;
  readonly beteckning?: string;
  readonly namn?: string;
  readonly amount?: Rational;
  readonly credit?: Rational;
  /** The credit as the letter states it, a percentage of the amount. */
  readonly creditPercent?: Rational;
  readonly carryOverPercent?: Rational;
  /** The carried-over balance withdrawn (indrag). */
  readonly withdrawal?: Rational;
  readonly appropriation: Appropriation;
  readonly origin: Origin;
}

export interface Appropriation {
  readonly id: string;
  readonly beteckning?: string;
  readonly namn?: string;
  /** The appropriation's whole amount and credit, when the letter gives them for it as a whole. */
  readonly amount?: Rational;
  readonly credit?: Rational;
  readonly creditPercent?: Rational;
  readonly posts: AppropriationPost[];
  readonly origin: Origin;
}

export interface IncomeTitle {
  readonly id: string;
  readonly nummer?: string;
  readonly namn?: string;
  readonly estimate?: Rational;
  readonly origin: Origin;
}

export const FEE_COLUMNS = ['ack_ingående', 'resultat_föregående', 'intäkter', 'kostnader', 'resultat', 'ack_utgående'] as const;
export type FeeColumn = (typeof FEE_COLUMNS)[number];

export interface FeeRow {
  readonly id: string;
  readonly grupp?: string;
  readonly verksamhet?: string;
  readonly values: ReadonlyMap<FeeColumn, Rational>;
  readonly origin: Origin;
}

export interface Finance {
  /** The unit of every amount of the letter (tkr unless the letter says otherwise). */
  readonly unit: Unit;
  /** Amounts of the letter are exact unless decimals are given. */
  readonly decimals?: number;
  readonly appropriations: readonly Appropriation[];
  readonly posts: ReadonlyMap<string, AppropriationPost>;
  readonly incomeTitles: ReadonlyMap<string, IncomeTitle>;
  readonly loanLimit?: Quantity;
  readonly accountCredit?: Quantity;
  readonly feeUnit: Unit;
  readonly feeDecimals?: number;
  readonly feeRows: ReadonlyMap<string, FeeRow>;
  readonly origin: Origin;
}

export interface RequirementSet {
  readonly uri: string;
  readonly myndighet?: string;
  readonly year?: number;
  /** The letter's own reference number: the first when it has several. */
  readonly diarienummer?: string;
  /** Every reference number the letter has, each where it stands. */
  readonly referenceNumbers: readonly { readonly diarienummer: string; readonly origin: Origin }[];
  readonly beslutad?: string;
  readonly amendments: readonly Decision[];
  readonly requirements: ReadonlyMap<string, Requirement>;
  readonly indicators: ReadonlyMap<string, Indicator>;
  readonly finance?: Finance;
  /** Parts of FÅB the letter declares do not apply to the agency (`fåb: undantag:`). */
  readonly exemptions: readonly Exemption[];
  /** Ids given twice in the letter: the later ones, with where the first stands. */
  readonly duplicates: readonly { readonly id: string; readonly origin: Origin; readonly first: Origin }[];
}

export interface Member {
  readonly namn: string;
  readonly roll?: string;
  readonly origin: Origin;
}

export interface Manifest {
  readonly uri: string;
  /** An annual report, or the report of one part of an assignment or requirement (a redovisning). */
  readonly kind: 'årsredovisning' | 'redovisning';
  /** For a redovisning: the requirement and the part it answers (`avser`). */
  readonly concerns?: { readonly requirementId: string; readonly partId: string; readonly origin: Origin };
  /** For a redovisning: its date (`datum`), compared with the part's deadline. */
  readonly date?: string;
  readonly dateOrigin?: Origin;
  /** For a redovisning: its recipient (`till`) and who signs it. */
  readonly recipient?: string;
  readonly signedBy?: Member;
  readonly myndighet?: string;
  readonly year?: number;
  readonly requirementSetPath?: string;
  readonly requirementSetOrigin?: Origin;
  readonly leadershipForm?: string;
  readonly leadership: readonly Member[];
  readonly chapters: readonly { readonly path: string; readonly origin: Origin }[];
  /** Parts of FÅB the manifest declares do not apply to the agency (`fåb: undantag:`). */
  readonly exemptions: readonly Exemption[];
}

export interface AnswerRef {
  readonly requirementId: string;
  /** The decision (diarienummer) whose wording the answer addresses, when the author names one. */
  readonly version?: string;
  readonly origin: Origin;
}

export interface FormulaSource {
  readonly parsed: ParsedFormula;
  readonly origin: Origin;
}

export interface Outcome {
  /** The indicator or goal id. */
  readonly target: string;
  readonly targetOrigin: Origin;
  readonly value?: { readonly literal: CellLiteral; readonly origin: Origin };
  readonly formula?: FormulaSource;
  readonly origin: Origin;
}

export interface Signatures {
  readonly place?: string;
  readonly date?: string;
  readonly names: readonly { readonly namn: string; readonly origin: Origin }[];
  readonly origin: Origin;
}

export interface Section {
  readonly uri: string;
  readonly origin: Origin;
  readonly id?: string;
  readonly nummer?: string;
  readonly not?: number;
  readonly rubrik?: string;
  readonly text?: string;
  readonly part?: string;
  readonly answers: readonly AnswerRef[];
  readonly pointsTo: readonly { readonly target: string; readonly origin: Origin }[];
  readonly indicatorOutcomes: readonly Outcome[];
  readonly goalOutcomes: readonly Outcome[];
  readonly signatures?: Signatures;
  readonly tables: readonly Table[];
  readonly sections: readonly Section[];
  readonly depth: number;
}

export interface Chapter extends Section {
  readonly kind: 'kapitel';
}

/**
 * What a table, a column or a row may say of the figures in it; a cell takes each from the most specific
 * that says it (row, then column, then table: tables/cells.ts).
 */
export interface FigureDeclarations {
  readonly unit?: Unit;
  readonly decimals?: number;
  readonly rounding?: Rounding;
  /** Whether its figures are exact (`exakt`): points, not rounded intervals; undefined when it does not say. */
  readonly exact?: boolean;
  /** Its earlier years' figures were restated since last year's report (`omräknad`). */
  readonly restated?: boolean;
  /** Why its figures have no counterpart in the report (`fristående`): printed once, checked by nothing. */
  readonly standalone?: string;
}

export interface Column extends FigureDeclarations {
  readonly id: string;
  readonly rubrik?: string;
  readonly year?: number;
  readonly formulas: readonly FormulaSource[];
  readonly index: number;
  readonly origin: Origin;
}

export interface CellSource {
  readonly literal: CellLiteral;
  readonly origin: Origin;
}

interface HeadingRow {
  readonly kind: 'heading';
  readonly text: string;
  readonly origin: Origin;
}

export interface DataRow extends FigureDeclarations {
  readonly kind: 'data';
  readonly id: string;
  readonly explicitId: boolean;
  /** The heading as printed: a figure it states as a claim (`varav arvoden {284 = … tkr} tkr`) as the figure. */
  readonly rubrik?: string;
  /** The heading as written, when it states figures as claims; they are checked as a text's are. */
  readonly rubrikSource?: string;
  /** The year the row is of (`år`), in a table whose rows are years and whose columns are not. */
  readonly year?: number;
  readonly not?: number;
  readonly values: ReadonlyMap<string, CellSource>;
  readonly formulas: readonly FormulaSource[];
  readonly cellFormulas: ReadonlyMap<string, readonly FormulaSource[]>;
  readonly links: {
    readonly anslagspost?: Linked;
    readonly verksamhet?: Linked;
    readonly inkomsttitel?: Linked;
    readonly indikator?: Linked;
  };
  /** Values that name no column: list entries beyond the last column, map keys and cellformler keys that
   * are no column id. */
  readonly strays: readonly { readonly origin: Origin; readonly column?: string }[];
  /** Index of the group (rows between two headings) the row belongs to. */
  readonly group: number;
  readonly index: number;
  readonly origin: Origin;
}

export interface Linked {
  readonly id: string;
  readonly origin: Origin;
}

export type Row = HeadingRow | DataRow;

/** The kinds of chart a table may declare: bars or lines over its year columns. */
export type ChartType = 'stapel' | 'linje';

/** A chart a table declares (`diagram:`): one series per named row, over the table's year columns. */
export interface ChartDeclaration {
  /** Undefined when the source names no known type; the schema reports it and no chart is drawn. */
  readonly type?: ChartType;
  /** The rows to draw, by id, in the order given. */
  readonly rows: readonly Linked[];
  readonly rubrik?: string;
  readonly origin: Origin;
}

export interface Table extends FigureDeclarations {
  readonly uri: string;
  readonly id: string;
  /** The id of the same table in last year's report, when it differs (`föregående`). */
  readonly previousId?: string;
  readonly nummer?: number;
  readonly figur?: number;
  readonly rubrik?: string;
  readonly form?: string;
  readonly avser?: string;
  readonly answers: readonly AnswerRef[];
  readonly note?: string;
  /** False for a table that only checks relations and is not printed. */
  readonly printed: boolean;
  /** The chart printed right after the table, when the table declares one. */
  readonly chart?: ChartDeclaration;
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
  readonly dataRows: readonly DataRow[];
  readonly section: Section;
  readonly origin: Origin;
}
