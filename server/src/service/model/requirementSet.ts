// Builds the requirement set (a regleringsbrev with its ändringsbeslut and indicators) from YAML data.
import type { Rational } from '../numbers/rational';
import { arr, child, date, exact, int, obj, origin, str, unit } from './read';
import type {
  Appropriation, AppropriationPost, Decision, Direction, FeeColumn, FeeRow, Finance, IncomeTitle, Indicator,
  Origin, Quantity, Reporting, Requirement, RequirementKind, RequirementPart, RequirementSet,
} from './types';
import { FEE_COLUMNS } from './types';
import type { Obj } from './read';
import { readExemptions } from './applicability';

function direction(v: unknown): Direction | undefined {
  return v === 'högre' || v === 'lägre' ? v : undefined;
}

function quantity(v: unknown, at: Origin): Quantity | undefined {
  const o = obj(v);
  const value = exact(o?.värde);
  if (!o || !value) return undefined;
  return { value, unit: unit(o.enhet), year: int(o.år), origin: at };
}

function reporting(v: unknown): Reporting[] {
  return arr(v).flatMap((r) => {
    const o = obj(r);
    if (!o) return [];
    return [{ inReport: o.i === 'årsredovisningen', recipient: str(o.till), deadline: date(o.senast), part: str(o.del) }];
  });
}

function requirement(kind: RequirementKind, o: Obj, at: Origin): Requirement | undefined {
  const id = str(o.id);
  if (!id) return undefined;
  const rep = reporting(o.redovisning);
  // Goals are followed up in the annual report unless the letter says where else they are reported.
  const dueInReport = kind === 'mål' ? rep.length === 0 || rep.some((r) => r.inReport) : rep.some((r) => r.inReport);
  return {
    kind,
    id,
    rubrik: str(o.rubrik),
    text: str(o.text),
    source: str(o.källa),
    reporting: rep,
    dueInReport,
    addedBy: str(o.tillagd_av),
    changedBy: arr(o.ändrad_av).flatMap((d) => (typeof d === 'string' ? [d] : [])),
    removedBy: str(o.borttagen_av),
    target: quantity(o.målvärde, child(at, 'målvärde')),
    direction: direction(o.riktning),
    binding: o.bindande === true || undefined,
    parts: parts(id, o.delar, at),
    origin: at,
  };
}

function parts(requirementId: string, v: unknown, at: Origin): RequirementPart[] {
  return arr(v).flatMap((p, i) => {
    const o = obj(p);
    const id = str(o?.id);
    if (!o || !id) return [];
    const origin = child(at, 'delar', i);
    const typ = str(o.typ);
    return [{
      id,
      requirementId,
      rubrik: str(o.rubrik),
      typ: typ === 'delredovisning' || typ === 'slutredovisning' ? typ : undefined,
      till: str(o.till),
      senast: date(o.senast),
      items: arr(o.innehåll).flatMap((item, j) => {
        const io = obj(item);
        const itemId = str(io?.id);
        return io && itemId ? [{ id: itemId, ref: `${requirementId}#${itemId}`, text: str(io.text), origin: child(origin, 'innehåll', j) }] : [];
      }),
      origin,
    }];
  });
}

function indicator(o: Obj, at: Origin): Indicator | undefined {
  const id = str(o.id);
  if (!id) return undefined;
  const targets = new Map<number, Rational>();
  for (const [year, v] of Object.entries(obj(o.målvärden) ?? {})) {
    const value = exact(v);
    if (value && /^\d{4}$/.test(year)) targets.set(Number(year), value);
  }
  return {
    id,
    namn: str(o.namn),
    goal: str(o.mål),
    source: str(o.källa),
    unit: unit(o.enhet),
    direction: direction(o.riktning),
    targets,
    binding: o.bindande === true || undefined,
    origin: at,
  };
}

function finance(v: unknown, at: Origin): Finance | undefined {
  const o = obj(v);
  if (!o) return undefined;
  const appropriations: Appropriation[] = [];
  const posts = new Map<string, AppropriationPost>();
  arr(o.anslag).forEach((a, i) => {
    const ao = obj(a);
    const id = str(ao?.id);
    if (!ao || !id) return;
    const appropriation: Appropriation = {
      id,
      beteckning: str(ao.beteckning),
      namn: str(ao.namn),
      amount: exact(ao.belopp),
      credit: exact(ao.anslagskredit),
      creditPercent: exact(ao.anslagskredit_procent),
      posts: [],
      origin: child(at, 'anslag', i),
    };
    arr(ao.anslagsposter).forEach((p, j) => {
      const po = obj(p);
      const pid = str(po?.id);
      if (!po || !pid) return;
      const post: AppropriationPost = {
        id: pid,
        beteckning: str(po.beteckning),
        namn: str(po.namn),
        amount: exact(po.belopp),
        credit: exact(po.anslagskredit),
        creditPercent: exact(po.anslagskredit_procent),
        carryOverPercent: exact(po.anslagsbehållning_procent),
        withdrawal: exact(po.indrag),
        appropriation,
        origin: child(appropriation.origin, 'anslagsposter', j),
      };
      appropriation.posts.push(post);
      if (!posts.has(pid)) posts.set(pid, post);
    });
    appropriations.push(appropriation);
  });
  const incomeTitles = new Map<string, IncomeTitle>();
  arr(o.inkomsttitlar).forEach((t, i) => {
    const to = obj(t);
    const id = str(to?.id);
    if (!to || !id || incomeTitles.has(id)) return;
    incomeTitles.set(id, { id, nummer: str(to.nummer), namn: str(to.namn), estimate: exact(to.beräknat), origin: child(at, 'inkomsttitlar', i) });
  });
  const fee = obj(o.avgiftsbelagd_verksamhet);
  const feeRows = new Map<string, FeeRow>();
  arr(fee?.rader).forEach((r, i) => {
    const ro = obj(r);
    const id = str(ro?.id);
    if (!ro || !id || feeRows.has(id)) return;
    const values = new Map<FeeColumn, Rational>();
    for (const c of FEE_COLUMNS) {
      const value = exact(ro[c]);
      if (value) values.set(c, value);
    }
    feeRows.set(id, { id, grupp: str(ro.grupp), verksamhet: str(ro.verksamhet), values, origin: child(at, 'avgiftsbelagd_verksamhet', 'rader', i) });
  });
  const baseUnit = unit(o.enhet) ?? 'tkr';
  const amount = (key: string): Quantity | undefined => {
    const value = exact(o[key]);
    return value ? { value, unit: baseUnit, origin: child(at, key) } : undefined;
  };
  return {
    unit: baseUnit,
    decimals: int(o.decimaler),
    appropriations,
    posts,
    incomeTitles,
    loanLimit: amount('låneram'),
    accountCredit: amount('räntekontokredit'),
    feeUnit: unit(fee?.enhet) ?? baseUnit,
    feeDecimals: int(fee?.decimaler),
    feeRows,
    origin: at,
  };
}

export function buildRequirementSet(uri: string, value: unknown): RequirementSet {
  const root = obj(value) ?? {};
  const top = origin(uri, '');
  const requirements = new Map<string, Requirement>();
  const duplicates: { id: string; origin: Origin; first: Origin }[] = [];
  const firsts = new Map<string, Origin>();
  /** Requirement and indicator ids share one namespace: answers and outcomes name them alike. */
  const claim = (id: string, at: Origin): boolean => {
    const first = firsts.get(id);
    if (first) {
      duplicates.push({ id, origin: child(at, 'id'), first: child(first, 'id') });
      return false;
    }
    firsts.set(id, at);
    return true;
  };
  // Decisions this letter revokes: a requirement that came from one of them is withdrawn.
  const revoked = new Set(arr(root.upphäver).flatMap((u) => str(obj(u)?.diarienummer) ?? []));
  const add = (kind: RequirementKind, key: string) => {
    arr(root[key]).forEach((item, i) => {
      const o = obj(item);
      const built = o && requirement(kind, o, child(top, key, i));
      const r = built?.source !== undefined && revoked.has(built.source) ? { ...built, revokedBy: built.source, dueInReport: false } : built;
      if (r && claim(r.id, r.origin)) requirements.set(r.id, r);
    });
  };
  add('mål', 'mål');
  add('återrapporteringskrav', 'återrapporteringskrav');
  add('uppdrag', 'uppdrag');
  const indicators = new Map<string, Indicator>();
  arr(root.indikatorer).forEach((item, i) => {
    const o = obj(item);
    const ind = o && indicator(o, child(top, 'indikatorer', i));
    if (ind && claim(ind.id, ind.origin)) indicators.set(ind.id, ind);
  });
  const amendments: Decision[] = arr(root.ändringsbeslut).flatMap((d, i) => {
    const o = obj(d);
    const dn = str(o?.diarienummer);
    return dn ? [{ diarienummer: dn, beslutad: date(o?.beslutad), origin: child(top, 'ändringsbeslut', i) }] : [];
  });
  // One reference number, or several (the first the letter's own).
  const referenceNumbers = (Array.isArray(root.diarienummer) ? root.diarienummer : [root.diarienummer]).flatMap((d, i) => {
    const dn = str(d);
    return dn ? [{ diarienummer: dn, origin: Array.isArray(root.diarienummer) ? child(top, 'diarienummer', i) : child(top, 'diarienummer') }] : [];
  });
  return {
    uri,
    myndighet: str(root.myndighet),
    year: int(root.budgetår),
    diarienummer: referenceNumbers[0]?.diarienummer,
    referenceNumbers,
    beslutad: date(root.beslutad),
    amendments,
    requirements,
    indicators,
    finance: finance(root.finansiering, child(top, 'finansiering')),
    exemptions: readExemptions(uri, root),
    duplicates,
  };
}
