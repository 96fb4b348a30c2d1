// restatement-unexplained: a table, column or row that says its earlier years' figures were restated since
// last year's report (`omräknad`) must say why where the reader sees it, as ESV's guidance for the
// comparative figures asks: in the table's remark (`anmärkning`), in the note the table stands in, or in a
// note the restated row cites. prior-year accepts a restated figure that differs from last year's; the
// explanation is what makes that acceptance a reader's, not only the checker's.
import type { Origin, Table } from '../model/types';
import { defineRule } from './unit';

/** Where a restatement is declared, with the explanation that would cover it. */
function* declarations(t: Table): Generator<{ origin: Origin; explained: boolean; row?: true; what: { sv: string; en: string } }> {
  const shared = t.note !== undefined || t.section.not !== undefined;
  const at = (ptr: string): Origin => ({ uri: t.uri, ptr: `${ptr}/omräknad` });
  if (t.restated) yield { origin: at(t.origin.ptr), explained: shared, what: { sv: `Tabellen ${t.id}`, en: `Table ${t.id}` } };
  for (const c of t.columns) {
    if (c.restated) yield { origin: at(c.origin.ptr), explained: shared, what: { sv: `Kolumnen ${c.id} i ${t.id}`, en: `Column ${c.id} of ${t.id}` } };
  }
  for (const r of t.dataRows) {
    if (r.restated) yield { origin: at(r.origin.ptr), explained: shared || r.not !== undefined, row: true, what: { sv: `Raden ${r.id} i ${t.id}`, en: `Row ${r.id} of ${t.id}` } };
  }
}

export const restatements = defineRule({
  name: 'restatements',
  codes: {
    'restatement-unexplained': {
      severity: 'warning',
      title: { sv: 'Omräkningen förklaras inte', en: 'Restatement not explained' },
      summary: 'A table, column or row says its earlier years were restated (omräknad), but no remark or note says why.',
    },
  },
  report({ project, locate }, out) {
    for (const t of project.tables) {
      for (const d of declarations(t)) {
        if (d.explained) continue;
        out.report('restatement-unexplained', locate.origin(d.origin, 'key'), {
          sv: `${d.what.sv} säger att siffrorna för tidigare år är omräknade sedan förra årets årsredovisning, men inget förklarar varför: skriv det i tabellens anmärkning eller i en not${d.row ? ' som raden hänvisar till' : ''}.`,
          en: `${d.what.en} says the figures for earlier years were restated since last year's report, but nothing says why: write it in the table's remark or in a note${d.row ? ' the row cites' : ''}.`,
        });
      }
    }
  },
});
