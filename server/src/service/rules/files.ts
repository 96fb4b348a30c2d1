// missing-file: the manifest names files that do not exist (or are not regbrev files);
// unlisted-chapter: a chapter file in the report's folder that the manifest does not list.
import { pathProblem } from '../paths';
import type { Problem } from '../problems';
import { problem } from './context';
import type { ProjectRule } from './context';

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

export const missingFiles: ProjectRule = ({ project, locate }) => {
  const out: Problem[] = [];
  for (const m of project.missing) {
    out.push(problem('missing-file', locate.origin(m.origin), m.notAChapter ? {
      sv: `${m.path} är ingen kapitelfil (den saknar typ: kapitel).`,
      en: `${m.path} is not a chapter file (it lacks typ: kapitel).`,
    } : {
      sv: `Kapitelfilen ${m.path} finns inte (sökvägen är relativ till ${fileName(project.manifest.uri)}).`,
      en: `The chapter file ${m.path} does not exist (the path is relative to ${fileName(project.manifest.uri)}).`,
    }));
  }
  for (const r of project.repeated) {
    out.push(problem('duplicate-id', locate.origin(r.origin), {
      sv: `Kapitlet ${r.path} finns redan i listan.`,
      en: `The chapter ${r.path} is already listed.`,
    }));
  }
  const m = project.manifest;
  // A path outside the report has its own finding (invalid-path) and was never looked for; a file beyond
  // the limits has its own finding (file-too-large) and was not read.
  const own = pathProblem(m.requirementSetPath ?? '') !== undefined || (project.requirementSetUri !== undefined && project.overLimit.includes(project.requirementSetUri));
  if (m.requirementSetOrigin && !project.requirementSet && !own) {
    out.push(problem('missing-file', locate.origin(m.requirementSetOrigin), {
      sv: `Regleringsbrevet ${m.requirementSetPath} finns inte eller är inte en fil med typ: regleringsbrev.`,
      en: `The requirement set ${m.requirementSetPath} does not exist or is not a file with typ: regleringsbrev.`,
    }));
  }
  return out;
};

/** Directory part of a URI, for comparing where files live. */
function folderOf(uri: string): string {
  return uri.slice(0, uri.lastIndexOf('/') + 1);
}

export function unlistedChapters(
  manifestUri: string,
  listed: ReadonlySet<string>,
  chapters: readonly { uri: string }[],
  at: (uri: string) => { uri: string; range: { start: number; end: number } },
): Problem[] {
  const base = folderOf(manifestUri);
  return chapters
    .filter((c) => c.uri.startsWith(base) && !listed.has(c.uri))
    .map((c) =>
      problem('unlisted-chapter', at(c.uri), {
        sv: `Kapitlet ingår inte i årsredovisningen: lägg till det under kapitel i ${manifestUri.slice(base.length)}.`,
        en: `The chapter is not part of the report: add it under kapitel in ${manifestUri.slice(base.length)}.`,
      }),
    );
}
