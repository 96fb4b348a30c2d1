// Replaces a printed figure with the value its rule computed (the finding's `data.computed`). The fix is
// preferred (applied by "fix all" and auto-fix) only when the figure alone can be wrong: the letter's figure
// it must equal is given (`data.sole`), or its relation involves no other printed figure (`data.inputs`
// empty). When a part or a copy might as well be the typo, the fix is offered, not preferred, so that no
// correct total is rewritten to match a mistyped part.
import type { Fix } from './types';

/** Replacing a figure keeps the way it was written: a Swedish string stays a string. */
export const replaceFigure: Fix = ({ problem: p, file, language }) => {
  const computed = p.data?.computed;
  if (typeof computed !== 'string') return undefined;
  const old = file.text.slice(p.range.start, p.range.end);
  const quoted = /^["']/.test(old);
  const swedish = computed.replace('.', ',').replace(/^-/, '−');
  const newText = quoted ? `"${computed.replace('.', ',')}"` : computed;
  return {
    title: language === 'sv' ? `Ersätt ${old} med det beräknade värdet ${swedish}` : `Replace ${old} with the computed value ${computed}`,
    code: p.code,
    problem: p,
    edits: [{ uri: p.uri, range: p.range, newText }],
    preferred: p.data?.sole === true || (Array.isArray(p.data?.inputs) && p.data.inputs.length === 0),
  };
};
