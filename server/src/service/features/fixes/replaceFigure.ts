// Replaces a printed figure with the value its rule computed (the finding's `data.computed`).
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
    preferred: true,
  };
};
