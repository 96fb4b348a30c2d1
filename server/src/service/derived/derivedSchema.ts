// The JSON Schema a report must satisfy, derived from its requirement set: every requirement due in the
// report answered, answers only to known ids, every indicator with a numeric outcome, and the letter's
// anslagsposter, fee rows and income titles all reported. The checker validates the report's projection
// (projection.ts) with it, and `regbrev schema` prints it.
import type { RequirementSet } from '../model/types';

export type DerivedSchema = Record<string, unknown>;

function keyed(ids: string[], required: string[], title: string, description: string, titleEn: string, item: Record<string, unknown>, describe: (id: string) => string) {
  return {
    type: 'object',
    title,
    description,
    'x-en': { title: titleEn },
    required,
    propertyNames: ids.length ? { enum: ids } : { not: {} },
    properties: Object.fromEntries(ids.map((id) => [id, { ...item, title: describe(id) }])),
    additionalProperties: item,
  };
}

export function deriveSchema(rs: RequirementSet): DerivedSchema {
  const requirements = [...rs.requirements.values()];
  const due = requirements.filter((r) => r.dueInReport && !r.removedBy && !r.revokedBy).map((r) => r.id);
  const f = rs.finance;
  const posts = [...(f?.posts.keys() ?? [])];
  const fees = [...(f?.feeRows.keys() ?? [])];
  const titles = [...(f?.incomeTitles.keys() ?? [])];
  const indicators = [...rs.indicators.values()];
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://regbrev.invalid/schemas/derived/${encodeURIComponent(rs.diarienummer ?? 'regleringsbrev')}.json`,
    title: `Svar på regleringsbrev ${rs.diarienummer ?? ''} för ${rs.myndighet ?? ''} ${rs.year ?? ''}`.replace(/\s+/g, ' ').trim(),
    description: 'Härlett ur regleringsbrevet: vad årsredovisningen måste innehålla för att besvara det.',
    'x-en': { title: 'Answers to the requirement set', description: 'Derived from the requirement set: what the report must contain to answer it.' },
    type: 'object',
    required: ['svar', 'indikatorer', 'anslagsposter', 'avgiftsrader', 'inkomsttitlar'],
    properties: {
      svar: keyed(
        requirements.map((r) => r.id), due,
        'Svar', 'Krav som besvaras, med de avsnitt och tabeller som besvarar dem.', 'Answers',
        { type: 'array', minItems: 1, items: { type: 'string' } },
        (id) => {
          const r = rs.requirements.get(id)!;
          return `${r.kind}: ${r.rubrik ?? r.text ?? id}`;
        },
      ),
      indikatorer: keyed(
        indicators.map((i) => i.id), indicators.map((i) => i.id),
        'Indikatorutfall', 'Varje resultatindikator med ett numeriskt utfall.', 'Indicator outcomes',
        { type: 'object', required: ['utfall'], properties: { utfall: { type: 'number' } } },
        (id) => rs.indicators.get(id)?.namn ?? id,
      ),
      anslagsposter: keyed(
        posts, posts,
        'Anslagsposter', 'Regleringsbrevets anslagsposter, var och en redovisad i anslagsredovisningen.', 'Appropriation posts',
        { type: 'object' },
        (id) => { const p = f!.posts.get(id)!; return `${p.appropriation.beteckning ?? ''} ${p.beteckning ?? ''} ${p.namn ?? ''}`.trim(); },
      ),
      avgiftsrader: keyed(
        fees, fees,
        'Avgiftsbelagd verksamhet', 'Regleringsbrevets rader för avgiftsbelagd verksamhet, var och en redovisad med utfall.', 'Fee-funded activities',
        { type: 'object' },
        (id) => f!.feeRows.get(id)?.verksamhet ?? id,
      ),
      inkomsttitlar: keyed(
        titles, titles,
        'Inkomsttitlar', 'Regleringsbrevets inkomsttitlar, var och en redovisad.', 'Income titles',
        { type: 'object' },
        (id) => f!.incomeTitles.get(id)?.namn ?? id,
      ),
    },
  };
}
