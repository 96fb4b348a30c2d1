// Adds a section that answers an unanswered requirement, in the chapter that already answers most
// requirements of its kind.
import type { ProjectAnalysis } from '../../analyze';
import type { Chapter } from '../../model/types';
import { appendItem } from './text';
import type { Fix } from './types';

function chapterFor(pa: ProjectAnalysis, ids: Set<string>): Chapter | undefined {
  // The chapter that already answers most requirements of the same kind, else the last resultatredovisning.
  let best: Chapter | undefined;
  let score = 0;
  for (const c of pa.project.chapters) {
    // Distinct requirements answered, so that one requirement answered in many places does not decide.
    let n = 0;
    for (const id of ids) if (pa.names.answersTo(id).some((s) => s.origin.uri === c.uri)) n++;
    if (n > score) {
      score = n;
      best = c;
    }
  }
  return best ?? [...pa.project.chapters].reverse().find((c) => c.part === 'resultatredovisning') ?? pa.project.chapters[0];
}

export const addAnswerSection: Fix = ({ problem: p, analysis: pa, files, language }) => {
  const rs = pa?.project.requirementSet;
  if (!pa || !rs) return undefined;
  const id = files(p.uri)?.text.slice(p.range.start, p.range.end);
  // An item of a part (a redovisning's coverage) is answered as `<requirement>#<item>`.
  const item = typeof p.data?.item === 'string' ? { ref: p.data.item, rubrik: String(p.data.rubrik ?? p.data.item) } : undefined;
  const found = id ? rs.requirements.get(id) : undefined;
  const r = item ? { id: item.ref, rubrik: item.rubrik } : found && { id: found.id, rubrik: found.rubrik };
  if (!r) return undefined;
  const sameKind = new Set(item ? [item.ref] : [...rs.requirements.values()].filter((x) => x.kind === found!.kind).map((x) => x.id));
  const chapter = chapterFor(pa, sameKind);
  const file = chapter && files(chapter.uri);
  if (!chapter || !file) return undefined;
  const number = chapter.nummer ? `${chapter.nummer}.${chapter.sections.length + 1}` : undefined;
  const lines = [
    ...(number ? [`nummer: "${number}"`] : []),
    `rubrik: ${JSON.stringify(r.rubrik ?? r.id)}`,
    `besvarar: [${r.id}]`,
    'text: |',
    `  ${language === 'sv' ? 'Redovisa här hur kravet har uppfyllts.' : 'Report here how the requirement was met.'}`,
  ];
  const edit = appendItem(file, '', 'avsnitt', lines);
  if (!edit) return undefined;
  const where = chapter.nummer ? `${chapter.nummer} ${chapter.rubrik ?? ''}`.trim() : chapter.uri.slice(chapter.uri.lastIndexOf('/') + 1);
  return {
    title: language === 'sv' ? `Lägg till ett avsnitt som besvarar ${r.id} i kapitel ${where}` : `Add a section answering ${r.id} to chapter ${where}`,
    code: p.code,
    problem: p,
    edits: [edit],
  };
};
