// fab-signatures: the whole leadership signs the report (FÅB 2 kap. 7 §): every member named in the
// manifest's ledning appears among the signatures, unless the signatures are declared not to apply.
import { notApplicable } from '../model/applicability';
import { defineRule } from './unit';

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

export const fabSignatures = defineRule({
  name: 'fabSignatures',
  reportKinds: ['årsredovisning'],
  codes: {
    'fab-signatures': {
      severity: 'error',
      title: { sv: 'Ledningen har inte skrivit under', en: 'Leadership signatures incomplete' },
      summary: 'A member of the leadership has not signed (FÅB 2 kap. 7 §).',
    },
  },
  report({ project, locate }, out) {
    if (project.broken.length > 0 || notApplicable(project, 'underskrifter')) return;
    const signing = project.sections.filter((s) => s.signatures);
    if (signing.length === 0) return;
    const names = new Set(signing.flatMap((s) => s.signatures!.names.map((n) => norm(n.namn))));
    const at = locate.origin({ uri: signing[0].uri, ptr: `${signing[0].signatures!.origin.ptr}/namn` });
    for (const m of project.manifest.leadership) {
      if (names.has(norm(m.namn))) continue;
      out.report('fab-signatures', at, {
        sv: `${m.namn}${m.roll ? ` (${m.roll})` : ''} ingår i myndighetens ledning men har inte skrivit under årsredovisningen (FÅB 2 kap. 7 §).`,
        en: `${m.namn}${m.roll ? ` (${m.roll})` : ''} belongs to the agency's leadership but has not signed the report (FÅB 2:7).`,
      }, [{ ...locate.origin(m.origin), message: { sv: 'ledamoten', en: 'the member' } }]);
    }
  },
});
