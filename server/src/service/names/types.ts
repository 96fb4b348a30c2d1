// The names of a report: what each reference site names, resolved once per analysis, with its target or
// its failure. The rules (unknown-reference, coverage), navigation, hover, completion, code lens, the
// requirements view and the projection all read these, so that checker and editor cannot disagree about
// what a name means. Formula names are resolved the same way, once, by the binder (tables/bind.ts).
import type { Message } from '../problems';
import type { Origin, Section, Table } from '../model/types';

/** What a name may name. */
export type NameKind =
  /** A requirement of the letter, named by an answer (`besvarar`). */
  | 'requirement'
  /** A goal of the letter, named by a goal outcome (`måluppfyllelse: - mål:`). */
  | 'goal'
  /** An indicator, named by an outcome or an indicator table's row. */
  | 'indicator'
  | 'appropriationPost'
  | 'feeRow'
  | 'incomeTitle'
  /** The letter or one of its amendments, by diarienummer (`K1@Fi2023/01234`, `ändrad_av`). */
  | 'decision'
  /** A note of the report, by number (a row's `not`). */
  | 'note'
  /** A section of the report, by number or id (`hänvisar_till`). */
  | 'section'
  /** A file the manifest names (a chapter, the requirement set). */
  | 'file'
  /** A part of a requirement reported in instalments, named `<requirement>/<part>` by a redovisning's `avser`. */
  | 'part';

/** Where a name is defined. */
export interface Definition {
  readonly kind: NameKind;
  readonly name: string;
  /** The definition's id (or the section, for a note or a section; the file's start, for a file). */
  readonly origin: Origin;
}

/** The section, or the table of a section, that a reference belongs to. */
export interface Owner {
  readonly section: Section;
  readonly table?: Table;
  readonly origin: Origin;
  /** As lists of answers name it: "1.2 Rubrik", "Tabell 5". */
  readonly label: Message;
}

export interface ReferenceSite {
  readonly kind: NameKind;
  /** The name as written (an answer's requirement id without its `@version`). */
  readonly name: string;
  /** The value that names it. */
  readonly origin: Origin;
  /** What it names; undefined when it names nothing. */
  readonly target?: Definition;
  readonly owner?: Owner;
  /** For an answer, the decision whose wording it addresses (`K1@Fi2023/01234`), if it names one. */
  readonly version?: string;
}

export interface ReportNames {
  /** Every reference site of the report, in report order. */
  readonly sites: readonly ReferenceSite[];
  /** The first reference site whose value stands at an origin. */
  siteAt(origin: Origin): ReferenceSite | undefined;
  /** The definition whose id (or section) stands at an origin. */
  definitionAt(origin: Origin): Definition | undefined;
  /** Every resolved site that names a definition. */
  referencesTo(kind: NameKind, name: string): readonly ReferenceSite[];
  /** Who answers a requirement: the answers that name it and, for a goal, the outcomes reported for it. */
  answersTo(requirementId: string): readonly ReferenceSite[];
  /** The names of a kind that the report or its letter defines, for hints and completion. */
  namesOf(kind: NameKind): readonly string[];
}
