// missing-file: the manifest names a chapter file or a requirement set that does not exist or is not a
// file of that typ. A path outside the report (invalid-path) and a file beyond the limits
// (file-too-large) have their own findings and are not also missing.
import { pathProblem } from '../paths';
import { defineRule } from './unit';

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

export const files = defineRule({
  name: 'files',
  codes: {
    'missing-file': {
      severity: 'error',
      title: { sv: 'Filen saknas', en: 'Missing file' },
      summary: 'The manifest names a chapter file or requirement set that does not exist or is not of that `typ`.',
    },
  },
  report({ project, locate }, out) {
    for (const m of project.missing) {
      out.report('missing-file', locate.origin(m.origin), m.notAChapter ? {
        sv: `${m.path} är ingen kapitelfil (den saknar typ: kapitel).`,
        en: `${m.path} is not a chapter file (it lacks typ: kapitel).`,
      } : {
        sv: `Kapitelfilen ${m.path} finns inte (sökvägen är relativ till ${fileName(project.manifest.uri)}).`,
        en: `The chapter file ${m.path} does not exist (the path is relative to ${fileName(project.manifest.uri)}).`,
      });
    }
    const m = project.manifest;
    const own = pathProblem(m.requirementSetPath ?? '') !== undefined || (project.requirementSetUri !== undefined && project.overLimit.includes(project.requirementSetUri));
    if (m.requirementSetOrigin && !project.requirementSet && !own) {
      out.report('missing-file', locate.origin(m.requirementSetOrigin), {
        sv: `Regleringsbrevet ${m.requirementSetPath} finns inte eller är inte en fil med typ: regleringsbrev.`,
        en: `The requirement set ${m.requirementSetPath} does not exist or is not a file with typ: regleringsbrev.`,
      });
    }
  },
});
