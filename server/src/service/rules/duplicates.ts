// duplicate-id: ids that must be unique are unique: tables in the report, rows and columns in a table,
// sections and notes in the report, requirements, indicators and the letter's other ids in the
// requirement set, and the chapters the manifest lists.
import type { Finding } from '../findings';
import type { Origin, Table } from '../model/types';
import type { Message } from '../problems';
import { findingsOf } from './memo';
import { defineRule } from './unit';

type DuplicateId = Finding & { readonly code: 'duplicate-id' };

/** Row and column ids given twice in one table: judged by the table alone, once while it is unchanged. */
function withinTable(t: Table): DuplicateId[] {
  const out: DuplicateId[] = [];
  const where: Message = { sv: ` i tabell ${t.id}`, en: ` in table ${t.id}` };
  const check = (ids: readonly { id: string; origin: Origin }[], what: Message) => {
    const seen = new Map<string, Origin>();
    for (const { id, origin } of ids) {
      const at: Origin = { uri: t.uri, ptr: `${origin.ptr}/id` };
      const first = seen.get(id);
      if (!first) {
        seen.set(id, at);
        continue;
      }
      out.push({
        code: 'duplicate-id',
        at: { origin: at },
        message: { sv: `${what.sv} ”${id}” finns redan${where.sv}.`, en: `${what.en} "${id}" already exists${where.en}.` },
        related: [{ at: { origin: first }, message: { sv: 'först här', en: 'first here' } }],
      });
    }
  };
  check(t.dataRows.filter((r) => r.explicitId), { sv: 'Raden', en: 'Row' });
  check(t.columns, { sv: 'Kolumnen', en: 'Column' });
  return out;
}

export const duplicates = defineRule({
  name: 'duplicates',
  codes: {
    'duplicate-id': {
      severity: 'error',
      title: { sv: 'Dubblerat id', en: 'Duplicate id' },
      summary: 'A table, row, column, section, note or requirement-set id is used twice, or the manifest lists a chapter twice.',
    },
  },
  report({ project, locate }, out) {
    const report = (seen: Map<string, Origin>, id: string, at: Origin, what: Message, where: Message = { sv: '', en: '' }) => {
      const first = seen.get(id);
      if (!first) {
        seen.set(id, at);
        return;
      }
      out.report('duplicate-id', locate.origin(at), {
        sv: `${what.sv} ”${id}” finns redan${where.sv}.`,
        en: `${what.en} "${id}" already exists${where.en}.`,
      }, [{ ...locate.origin(first), message: { sv: 'först här', en: 'first here' } }]);
    };
    for (const d of project.requirementSet?.duplicates ?? []) {
      out.report('duplicate-id', locate.origin(d.origin), {
        sv: `Id:t ”${d.id}” finns redan i regleringsbrevet; svar och utfall måste kunna peka ut ett enda krav.`,
        en: `The id "${d.id}" already exists in the requirement set; answers and outcomes must name one requirement.`,
      }, [{ ...locate.origin(d.first), message: { sv: 'först här', en: 'first here' } }]);
    }
    const tables = new Map<string, Origin>();
    const sections = new Map<string, Origin>();
    const notes = new Map<string, Origin>();
    for (const s of project.sections) {
      if (s.id) report(sections, s.id, { uri: s.uri, ptr: `${s.origin.ptr}/id` }, { sv: 'Avsnittet', en: 'The section' });
      if (s.not !== undefined) report(notes, String(s.not), { uri: s.uri, ptr: `${s.origin.ptr}/not` }, { sv: 'Not', en: 'Note' });
      for (const t of s.tables) {
        report(tables, t.id, { uri: t.uri, ptr: `${t.origin.ptr}/id` }, { sv: 'Tabellen', en: 'The table' });
        for (const f of findingsOf('duplicates', t, () => withinTable(t))) out.place(f);
      }
    }
    for (const r of project.repeated) {
      out.report('duplicate-id', locate.origin(r.origin), {
        sv: `Kapitlet ${r.path} finns redan i listan.`,
        en: `The chapter ${r.path} is already listed.`,
      });
    }
  },
});
