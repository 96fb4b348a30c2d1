// rb-appropriation-name: a row of the anslagsredovisning names its appropriation post with the
// designation and name the letter gives it (ESV's instructions for the appropriation account), so that
// a reader can match the row with the letter.
import { defineRule } from './unit';
import { postName, postRows } from './letterFigures';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when a row's heading names a post by its designation and name, as whole words. */
function namesPost(heading: string, beteckning: string | undefined, namn: string | undefined): boolean {
  const text = heading.toLowerCase().replace(/\s+/g, ' ');
  const designation = (beteckning ?? '').toLowerCase().replace(/^ap\.?\s*/, '');
  // Whole words only: "Verksamhetsstöd" does not name "Verksamhet", nor "ap.1.2" name "ap.1".
  const name = namn ? escape(namn.toLowerCase().replace(/\s+/g, ' ')) : '';
  const hasName = !namn || new RegExp(`(^|[^\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'u').test(text);
  const hasDesignation = !designation || new RegExp(`(^|[^\\p{L}])ap\\.?\\s*${escape(designation)}(?![\\p{N}]|\\.\\p{N})`, 'u').test(text);
  return hasName && hasDesignation;
}

export const rbAppropriationName = defineRule({
  name: 'rbAppropriationName',
  reportKinds: ['årsredovisning'],
  codes: {
    'rb-appropriation-name': {
      severity: 'warning',
      title: { sv: 'Anslaget benämns inte som i regleringsbrevet', en: 'Appropriation not named as in the letter' },
      summary: 'An appropriation-account row does not name its post as the letter does.',
    },
  },
  report(ctx, out) {
    const f = ctx.project.requirementSet?.finance;
    if (!f) return;
    for (const { table, row, post } of postRows(ctx, f)) {
      if (namesPost(row.rubrik ?? '', post.beteckning, post.namn)) continue;
      out.report('rb-appropriation-name', ctx.locate.origin({ uri: table.uri, ptr: `${row.origin.ptr}/rubrik` }), {
        sv: `Raden ska ange anslagsposten med beteckning och benämning som i regleringsbrevet: ”${postName(post)}”.`,
        en: `The row must name the appropriation post with the designation and name of the letter: "${postName(post)}".`,
      });
    }
  },
});
