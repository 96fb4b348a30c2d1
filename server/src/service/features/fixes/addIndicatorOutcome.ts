// Adds an indicator's missing outcome to the section that reports most outcomes: a reference to an
// indicator table's outcome when one reports it, else a placeholder that the checker keeps flagging.
import type { Section } from '../../model/types';
import { appendItem } from './text';
import type { Fix } from './types';

export const addIndicatorOutcome: Fix = ({ problem: p, analysis: pa, files, language }) => {
  const rs = pa?.project.requirementSet;
  if (!pa || !rs) return undefined;
  const id = files(p.uri)?.text.slice(p.range.start, p.range.end);
  const ind = id ? rs.indicators.get(id) : undefined;
  if (!ind) return undefined;
  const sections: Section[] = [...pa.project.sections].sort((a, b) => b.indicatorOutcomes.length - a.indicatorOutcomes.length);
  const section = sections[0]?.indicatorOutcomes.length ? sections[0] : pa.project.chapters.find((c) => c.part === 'resultatredovisning');
  const file = section && files(section.uri);
  if (!section || !file) return undefined;
  // Refer to an indicator table's outcome when one reports it. Otherwise the value is the author's to give:
  // a placeholder that is valid YAML and schema, and that the checker keeps flagging (as an outcome that is
  // no figure) until it is replaced, with a comment that says so.
  const row = pa.project.tables.filter((t) => t.form === 'indikatorer').flatMap((t) => t.dataRows.map((r) => ({ t, r }))).find((x) => x.r.links.indikator?.id === ind.id);
  const placeholder = `"?"  # ${language === 'sv' ? 'ersätt ? med indikatorns utfall' : "replace ? with the indicator's outcome"}`;
  const outcome = row && row.r.explicitId ? `${row.t.id}.${row.r.id}.utfall` : placeholder;
  const edit = appendItem(file, section.origin.ptr, 'indikatorer', [`indikator: ${ind.id}`, `utfall: ${outcome}`]);
  if (!edit) return undefined;
  return {
    title: language === 'sv' ? `Lägg till utfall för ${ind.id} i ${section.nummer ?? section.rubrik ?? ''}` : `Add an outcome for ${ind.id} to ${section.nummer ?? section.rubrik ?? ''}`,
    code: p.code,
    problem: p,
    edits: [edit],
  };
};
