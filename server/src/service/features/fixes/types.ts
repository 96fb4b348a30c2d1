// What a fix is: edits to the files handed in, offered as a code action for one finding. Rule units name
// the fix for each of their codes (rules/unit.ts); features/codeActions.ts offers them.
import type { ProjectAnalysis } from '../../analyze';
import type { Language, Problem } from '../../problems';
import type { FileState } from '../../workspace';

export interface TextEdit {
  readonly uri: string;
  readonly range: { readonly start: number; readonly end: number };
  readonly newText: string;
}

export interface CodeAction {
  readonly title: string;
  readonly code: string;
  /** The problem the action fixes. */
  readonly problem: Problem;
  readonly edits: readonly TextEdit[];
  readonly preferred?: boolean;
}

export type Files = (uri: string) => FileState | undefined;

export interface FixContext {
  readonly problem: Problem;
  /** The file the finding stands in. */
  readonly file: FileState;
  /** The analysis of the report the file belongs to, if it belongs to one. */
  readonly analysis?: ProjectAnalysis;
  readonly files: Files;
  readonly language: Language;
}

/** A fix for one finding, or undefined when none can be offered for it. */
export type Fix = (ctx: FixContext) => CodeAction | undefined;
