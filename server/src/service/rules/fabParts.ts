// fab-parts: the report has the parts FÅB 2 kap. 4 § requires — resultatredovisning, resultaträkning,
// balansräkning, anslagsredovisning, tilläggsupplysningar och noter, sammanställning över väsentliga
// uppgifter — and the leadership's signed statement (2 kap. 7–8 §§), except the parts that do not apply
// to the agency (model/applicability.ts): those it declares exempt, and the appropriation account when
// its letter grants no appropriation.
import type { FabPart } from '../model/applicability';
import { notApplicable } from '../model/applicability';
import type { Message } from '../problems';
import { defineRule } from './unit';

export const fabParts = defineRule({
  name: 'fabParts',
  reportKinds: ['årsredovisning'],
  codes: {
    'fab-parts': {
      severity: 'error',
      title: { sv: 'En obligatorisk del saknas', en: 'A required part is missing' },
      summary: 'A part required by FÅB 2 kap. 4 § or the signatures are missing.',
    },
  },
  report({ project, locate }, out) {
    if (project.broken.length > 0) return;
    const forms = new Set(project.tables.map((t) => t.form).filter(Boolean));
    const parts = new Set(project.sections.map((s) => s.part).filter(Boolean));
    const hasNotes = parts.has('noter') || project.sections.some((s) => s.not !== undefined);
    const signed = project.sections.some((s) => s.signatures);
    const required: [boolean, Message, Exclude<FabPart, 'alla'>][] = [
      [parts.has('resultatredovisning'), { sv: 'resultatredovisning (ett kapitel med del: resultatredovisning)', en: 'resultatredovisning (a chapter with del: resultatredovisning)' }, 'resultatredovisning'],
      [forms.has('resultaträkning'), { sv: 'resultaträkning (en tabell med form: resultaträkning)', en: 'income statement (a table with form: resultaträkning)' }, 'resultaträkning'],
      [forms.has('balansräkning'), { sv: 'balansräkning (en tabell med form: balansräkning)', en: 'balance sheet (a table with form: balansräkning)' }, 'balansräkning'],
      [forms.has('anslagsredovisning'), { sv: 'anslagsredovisning (en tabell med form: anslagsredovisning)', en: 'appropriation account (a table with form: anslagsredovisning)' }, 'anslagsredovisning'],
      [hasNotes, { sv: 'tilläggsupplysningar och noter (ett avsnitt med del: noter)', en: 'notes (a section with del: noter)' }, 'noter'],
      [forms.has('sammanställning'), { sv: 'sammanställning över väsentliga uppgifter (en tabell med form: sammanställning)', en: 'summary of key figures (a table with form: sammanställning)' }, 'sammanställning'],
      [signed, { sv: 'ledningens underskrifter (underskrifter i ett avsnitt)', en: 'the leadership’s signatures (underskrifter in a section)' }, 'underskrifter'],
    ];
    const at = locate.origin({ uri: project.manifest.uri, ptr: '/kapitel' }, 'key');
    for (const [present, what, part] of required) {
      if (present || notApplicable(project, part)) continue;
      out.report('fab-parts', at, {
        sv: `Årsredovisningen saknar en del som FÅB kräver: ${what.sv}.`,
        en: `The report lacks a part that FÅB requires: ${what.en}.`,
      });
    }
  },
});
