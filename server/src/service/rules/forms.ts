// form-inconsistent: a figure breaks an identity of ESV's standard forms, allowing for rounding: the
// forms' own identities (forms/definitions.ts, checked when the tables are evaluated), a table of form
// indikatorer against the requirement set's targets and the outcomes reported in sections, and the
// sammanställning's anslagssparande against the anslagsredovisning's positive carry-over.
import * as I from '../numbers/interval';
import type { Interval } from '../numbers/interval';
import * as R from '../numbers/rational';
import { unitScale } from '../numbers/units';
import type { Origin, Outcome, Table } from '../model/types';
import type { Message } from '../problems';
import { replaceFigure } from '../features/fixes/replaceFigure';
import type { Cell } from '../tables/cells';
import { consistentWith } from '../tables/check';
import { cellLabel, printedBoth, unitText } from '../tables/describe';
import { formatNumber } from '../tables/format';
import type { ReportContext } from './context';
import { cellAt, checkEquals, printedValue, tablesOfForm } from './letterFigures';
import { defineRule } from './unit';
import type { RuleOutput } from './unit';

type Out = RuleOutput<'form-inconsistent'>;

export const forms = defineRule({
  name: 'forms',
  codes: {
    'form-inconsistent': {
      severity: 'error',
      title: { sv: 'Siffran bryter mot uppställningsformen', en: 'Figure breaks an identity of the standard form' },
      summary: 'A figure breaks an identity of ESV\'s standard forms, allowing for rounding.',
    },
  },
  report(ctx, out) {
    for (const f of ctx.findingsOf('form-inconsistent')) out.place({ ...f, code: 'form-inconsistent' });
    indicatorTables(ctx, out);
    for (const table of tablesOfForm(ctx, 'sammanställning')) savings(ctx, out, table);
  },
  fixes: { 'form-inconsistent': replaceFigure },
});

/** A table of form indikatorer prints the letter's target and the outcome the report gives in a section. */
function indicatorTables(ctx: ReportContext, out: Out): void {
  const { project, engine, locate, outcomes: values } = ctx;
  const rs = project.requirementSet;
  if (!rs) return;
  const year = project.manifest.year;
  const outcomes = new Map<string, Outcome>();
  for (const s of project.sections) for (const o of s.indicatorOutcomes) if (!outcomes.has(o.target)) outcomes.set(o.target, o);
  for (const t of tablesOfForm(ctx, 'indikatorer')) {
    for (const r of t.dataRows) {
      const ind = r.links.indikator ? rs.indicators.get(r.links.indikator.id) : undefined;
      if (!ind) continue;
      for (const c of t.columns) {
        const cell = engine.index.cell(t, r, c);
        const declared = engine.declared(cell);
        if (declared.kind !== 'number') continue;
        let expected: Interval | undefined;
        let what: Message | undefined;
        let at = ind.origin;
        if (c.id === 'målvärde' && year !== undefined && ind.targets.has(year)) {
          expected = I.scale(I.point(ind.targets.get(year)!), unitScale(ind.unit));
          what = { sv: `målvärdet för ${year} i regleringsbrevet`, en: `the target for ${year} in the requirement set` };
        } else if (c.id === 'utfall' && outcomes.has(ind.id)) {
          const o = outcomes.get(ind.id)!;
          expected = values.valueOf(o);
          // The outcome's formula names the figure it reads (`T13.a.år2023`), so that the finding does too.
          const named = o.formula ? ` (${o.formula.parsed.text})` : '';
          what = { sv: `utfallet som redovisas i avsnittet${named}`, en: `the outcome reported in the section${named}` };
          at = o.origin;
          // The outcome named a table's figure (`utfall: T13.a.år2023`): the table printing it checks that figure too.
          if (expected) for (const input of values.inputsOf(o)) out.checked(input);
        }
        if (expected) out.checked(cell);
        if (!expected || !what || agrees(cell, declared.interval, expected, c.id === 'utfall' ? outcomes.get(ind.id) : undefined, values)) continue;
        out.report('form-inconsistent', locate.origin(cell.source!.origin), mismatch(cell, expected, what),
          [{ ...locate.origin(at), message: what }], { cell: cell.key, computed: R.toFixed(R.div(I.midpoint(expected), unitScale(cell.unit)), cell.decimals), sole: c.id === 'målvärde' });
      }
    }
  }
}

/**
 * Whether the printed outcome agrees with the section's. An outcome that names one figure of a table in
 * the same unit and precision (`utfall: T13.a.år2023`) is the same fact printed twice: the two must read
 * the same, as XBRL's duplicate facts, since intervals that merely touch would let a one-unit slip pass.
 */
function agrees(cell: Cell, declared: Interval, expected: Interval, outcome: Outcome | undefined, values: ReportContext['outcomes']): boolean {
  const inputs = outcome?.formula?.parsed.expr?.kind === 'ref' ? values.inputsOf(outcome) : [];
  const from = inputs.length === 1 ? inputs[0] : undefined;
  const a = cell.source?.literal;
  const b = from?.source?.literal;
  if (from && a?.kind === 'number' && b?.kind === 'number' && from.unit === cell.unit && from.decimals === cell.decimals && from.rounding === cell.rounding) {
    return R.cmp(a.value, b.value) === 0;
  }
  return consistentWith(cell, declared, expected);
}

function mismatch(cell: Cell, expected: Interval, what: Message): Message {
  const label = cellLabel(cell);
  const value = R.div(I.midpoint(expected), unitScale(cell.unit));
  const shown = { sv: formatNumber(value, cell.decimals, 'sv') + unitText(cell), en: formatNumber(value, cell.decimals, 'en') + unitText(cell) };
  return {
    sv: `${label.sv}: tryckt ${printedBoth(cell).sv} men ${what.sv} är ${shown.sv}.`,
    en: `${label.en}: printed ${printedBoth(cell).en} but ${what.en} is ${shown.en}.`,
  };
}

/** The sammanställning's anslagssparande equals the anslagsredovisning's positive carry-over. */
function savings(ctx: ReportContext, out: Out, table: Table): void {
  const year = ctx.project.requirementSet?.year;
  if (!ctx.project.requirementSet?.finance || year === undefined) return;
  const row = table.dataRows.find((r) => r.id === 'anslagssparande');
  for (const column of table.columns) {
    if (column.year !== year && column.year !== year - 1) continue;
    const cell = cellAt(ctx, table, row, column.id);
    if (!cell) continue;
    const closing = column.year === year;
    const parts: Interval[] = [];
    let origin: Origin | undefined;
    for (const t of ctx.index.forms.get('anslagsredovisning')?.tables ?? []) {
      for (const r of t.dataRows) {
        if (!r.links.anslagspost) continue;
        const v = printedValue(ctx, cellAt(ctx, t, r, closing ? 'utgående_överföringsbelopp' : 'ingående_överföringsbelopp'));
        if (!v) continue;
        origin ??= r.origin;
        // Only positive carry-over is savings; a negative one is used credit.
        parts.push({ lo: R.max(v.lo, R.ZERO), hi: R.max(v.hi, R.ZERO) });
      }
    }
    if (!parts.length || !origin) continue;
    checkEquals(ctx, out, 'form-inconsistent', cell, parts.reduce(I.add), {
      sv: `anslagssparandet enligt anslagsredovisningen (${closing ? 'utgående' : 'ingående'} överföringsbelopp)`,
      en: `the savings in the anslagsredovisning (${closing ? 'closing' : 'opening'} carry-over)`,
    }, origin, false);
  }
}
