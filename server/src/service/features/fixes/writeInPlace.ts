// A fix that writes, over the finding's own span, a text the rule worked out and left in the finding's data
// (`data[key]`): the reference a figure should be (prose-figure), the figure a claim's formula gives
// (prose-inconsistent). Whether it is preferred is the rule's judgement, as is where it cannot be offered.
import type { Fix, FixContext } from './types';

interface WriteInPlace {
  /** The finding's data field that holds the text to write. */
  readonly key: string;
  /** Whether the editor may apply it unasked: only where the rule is sure the span, not its sources, is wrong. */
  readonly preferred: boolean;
  /** Where the text would not mean the same written there, the fix is not offered. */
  readonly offered?: (ctx: FixContext) => boolean;
}

export function writeInPlace({ key, preferred, offered }: WriteInPlace): Fix {
  return (ctx) => {
    const { problem, language } = ctx;
    const text = problem.data?.[key];
    if (typeof text !== 'string' || (offered && !offered(ctx))) return undefined;
    return {
      title: language === 'sv' ? `Skriv ${text}` : `Write ${text}`,
      code: problem.code,
      problem,
      edits: [{ uri: problem.uri, range: problem.range, newText: text }],
      preferred,
    };
  };
}
