// unlisted-chapter: a chapter file in a report's folder (or below it) that no report lists under kapitel:
// most often a new chapter its author forgot to add, whose findings and figures the report would lack.
import { defineRule } from './unit';

/** Directory part of a URI, for comparing where files live. */
function folderOf(uri: string): string {
  return uri.slice(0, uri.lastIndexOf('/') + 1);
}

export const unlistedChapters = defineRule({
  name: 'unlistedChapters',
  codes: {
    'unlisted-chapter': {
      severity: 'warning',
      title: { sv: 'Kapitelfilen ingår inte i årsredovisningen', en: 'Chapter file not listed in the report' },
      summary: 'A chapter file in the report\'s folder is not listed under `kapitel:`.',
    },
  },
  workspace({ projects, files, locate }, out) {
    const listed = new Set(projects.flatMap((p) => p.uris));
    const chapters = files.filter((f) => f.kind === 'kapitel' && !listed.has(f.uri));
    for (const p of projects) {
      const manifest = p.manifest.uri;
      const base = folderOf(manifest);
      for (const c of chapters) {
        if (!c.uri.startsWith(base)) continue;
        out.report('unlisted-chapter', locate.origin({ uri: c.uri, ptr: '/typ' }), {
          sv: `Kapitlet ingår inte i årsredovisningen: lägg till det under kapitel i ${manifest.slice(base.length)}.`,
          en: `The chapter is not part of the report: add it under kapitel in ${manifest.slice(base.length)}.`,
        });
      }
    }
  },
});
