// The report seen from its requirement set: which requirements it answers and where, which indicators
// have outcomes, and which of the letter's anslagsposter, fee rows and income titles it reports. Each
// entry remembers where in the sources it came from, so that schema errors can point there.
import type { Origin } from '../model/types';
import type { ReportNames } from '../names/types';
import type { Project } from '../project';
import type { OutcomeValues } from '../tables/outcomes';
import { toUnit } from '../tables/cells';
import * as R from '../numbers/rational';
import { midpoint } from '../numbers/interval';

export interface Projection {
  readonly data: {
    svar: Record<string, string[]>;
    indikatorer: Record<string, { utfall: number | null }>;
    anslagsposter: Record<string, object>;
    avgiftsrader: Record<string, object>;
    inkomsttitlar: Record<string, object>;
  };
  /** Where each entry came from, keyed by its JSON pointer in `data`. */
  readonly origins: ReadonlyMap<string, readonly Origin[]>;
}

export function buildProjection(project: Project, outcomes: OutcomeValues, names: ReportNames): Projection {
  const origins = new Map<string, Origin[]>();
  const note = (ptr: string, o: Origin) => {
    const list = origins.get(ptr);
    if (list) list.push(o);
    else origins.set(ptr, [o]);
  };
  const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
  const data: Projection['data'] = { svar: {}, indikatorer: {}, anslagsposter: {}, avgiftsrader: {}, inkomsttitlar: {} };
  const rs = project.requirementSet;

  // Answers as written (an unknown id is the references rule's finding; the derived schema refuses it too),
  // and the outcomes of known goals, which answer their goal.
  for (const site of names.sites) {
    if (site.kind !== 'requirement' && !(site.kind === 'goal' && site.target)) continue;
    (data.svar[site.name] ??= []).push(site.owner?.label.sv ?? '');
    note(`/svar/${esc(site.name)}`, site.origin);
  }
  for (const s of project.sections) {
    for (const o of s.indicatorOutcomes) {
      let utfall: number | null = null;
      if (o.value?.literal.kind === 'number') {
        utfall = R.toNumber(o.value.literal.value);
      } else if (o.formula) {
        const interval = outcomes.valueOf(o);
        const unit = rs?.indicators.get(o.target)?.unit;
        if (interval) utfall = R.toNumber(midpoint(toUnit(interval, unit)));
      }
      // An indicator reported twice is as good as its worst outcome: one that cannot be computed is an error.
      const known = data.indikatorer[o.target];
      if (!known || utfall === null) {
        if (known && known.utfall !== null) origins.delete(`/indikatorer/${esc(o.target)}`);
        data.indikatorer[o.target] = { utfall };
        note(`/indikatorer/${esc(o.target)}`, o.origin);
      }
    }
  }
  for (const t of project.tables) {
    for (const r of t.dataRows) {
      if (t.form === 'indikatorer' && r.links.indikator && !(r.links.indikator.id in data.indikatorer)) {
        const column = t.columns.find((c) => c.id === 'utfall');
        const lit = column ? r.values.get(column.id)?.literal : undefined;
        data.indikatorer[r.links.indikator.id] = { utfall: lit?.kind === 'number' ? R.toNumber(lit.value) : null };
        note(`/indikatorer/${esc(r.links.indikator.id)}`, r.links.indikator.origin);
      }
      if (t.form === 'anslagsredovisning' && r.links.anslagspost) {
        data.anslagsposter[r.links.anslagspost.id] = {};
        note(`/anslagsposter/${esc(r.links.anslagspost.id)}`, r.links.anslagspost.origin);
      }
      if (t.form === 'avgiftstabell' && t.avser !== 'budget' && r.links.verksamhet) {
        data.avgiftsrader[r.links.verksamhet.id] = {};
        note(`/avgiftsrader/${esc(r.links.verksamhet.id)}`, r.links.verksamhet.origin);
      }
      if (t.form === 'inkomsttitlar' && r.links.inkomsttitel) {
        data.inkomsttitlar[r.links.inkomsttitel.id] = {};
        note(`/inkomsttitlar/${esc(r.links.inkomsttitel.id)}`, r.links.inkomsttitel.origin);
      }
    }
  }
  return { data, origins };
}
