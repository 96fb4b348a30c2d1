// The names a requirement set defines: its requirements (goals among them), indicators, appropriation
// posts, fee rows, income titles, and its own diarienummer with its amendments'; and the names it uses
// itself: the amendments that added, changed or removed a requirement. (An indicator's `mål` is the
// agency's own wording of the goal it measures, not a reference.)
// Built once per requirement set (a set is rebuilt only when its file changes), and usable without a
// report, so that the letter's own file can be navigated and hovered alone.
import type { Origin, RequirementSet } from '../model/types';
import type { Definition, NameKind, ReferenceSite } from './types';

export interface LetterNames {
  /** The letter's own reference sites. */
  readonly sites: readonly ReferenceSite[];
  siteAt(origin: Origin): ReferenceSite | undefined;
  resolve(kind: NameKind, name: string): Definition | undefined;
  definitionAt(origin: Origin): Definition | undefined;
  namesOf(kind: NameKind): readonly string[];
}

const EMPTY: LetterNames = { sites: [], siteAt: () => undefined, resolve: () => undefined, definitionAt: () => undefined, namesOf: () => [] };
const memo = new WeakMap<RequirementSet, LetterNames>();

export const originKey = (o: Origin): string => `${o.uri}#${o.ptr}`;

export function letterNames(rs: RequirementSet | undefined): LetterNames {
  if (!rs) return EMPTY;
  let names = memo.get(rs);
  if (!names) {
    names = build(rs);
    memo.set(rs, names);
  }
  return names;
}

function build(rs: RequirementSet): LetterNames {
  const byName = new Map<string, Definition>();
  const byOrigin = new Map<string, Definition>();
  const names = new Map<NameKind, string[]>();
  const define = (kind: NameKind, name: string, origin: Origin) => {
    const key = `${kind}\n${name}`;
    // The first definition of a name counts; a second is a duplicate-id finding.
    if (byName.has(key)) return;
    const def: Definition = { kind, name, origin };
    byName.set(key, def);
    if (!byOrigin.has(originKey(origin))) byOrigin.set(originKey(origin), def);
    const list = names.get(kind);
    if (list) list.push(name);
    else names.set(kind, [name]);
  };
  const id = (o: Origin): Origin => ({ uri: o.uri, ptr: `${o.ptr}/id` });
  for (const r of rs.requirements.values()) {
    define('requirement', r.id, id(r.origin));
    if (r.kind === 'mål') define('goal', r.id, id(r.origin));
    // A part's items are answered like requirements, as `<requirement>#<item>`.
    for (const p of r.parts) {
      define('part', `${r.id}/${p.id}`, id(p.origin));
      for (const item of p.items) define('requirement', item.ref, id(item.origin));
    }
  }
  for (const i of rs.indicators.values()) define('indicator', i.id, id(i.origin));
  const f = rs.finance;
  for (const p of f?.posts.values() ?? []) define('appropriationPost', p.id, id(p.origin));
  for (const r of f?.feeRows.values() ?? []) define('feeRow', r.id, id(r.origin));
  for (const t of f?.incomeTitles.values() ?? []) define('incomeTitle', t.id, id(t.origin));
  for (const d of rs.referenceNumbers) define('decision', d.diarienummer, d.origin);
  for (const a of rs.amendments) define('decision', a.diarienummer, { uri: a.origin.uri, ptr: `${a.origin.ptr}/diarienummer` });
  const resolve = (kind: NameKind, name: string) => byName.get(`${kind}\n${name}`);
  const sites: ReferenceSite[] = [];
  const site = (kind: NameKind, name: string, origin: Origin) => sites.push({ kind, name, origin, target: resolve(kind, name) });
  for (const r of rs.requirements.values()) {
    const at = (key: string): Origin => ({ uri: rs.uri, ptr: `${r.origin.ptr}/${key}` });
    if (r.addedBy) site('decision', r.addedBy, at('tillagd_av'));
    r.changedBy.forEach((d, i) => site('decision', d, at(`ändrad_av/${i}`)));
    if (r.removedBy) site('decision', r.removedBy, at('borttagen_av'));
  }
  const siteByOrigin = new Map<string, ReferenceSite>();
  for (const s of sites) if (!siteByOrigin.has(originKey(s.origin))) siteByOrigin.set(originKey(s.origin), s);
  return {
    sites,
    siteAt: (origin) => siteByOrigin.get(originKey(origin)),
    resolve: (kind, name) => byName.get(`${kind}\n${name}`),
    definitionAt: (origin) => byOrigin.get(originKey(origin)),
    namesOf: (kind) => names.get(kind) ?? [],
  };
}
