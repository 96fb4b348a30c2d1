// Resolves every reference site of a report once: answers and the decisions they name, indicator and goal
// outcomes, row links to the letter's financing and indicators, notes cited by rows, section references,
// the files the manifest names, and the letter's own (names/letter.ts). Without a requirement set the letter's
// names are not resolved at all (the manifest's missing-file finding says why), so that they are not also
// reported as unknown.
import { sectionName, tableName } from '../model/labels';
import type { Origin, Section, Table } from '../model/types';
import type { Project } from '../project';
import { resolveUri } from '../project';
import { letterNames, originKey } from './letter';
import type { Definition, NameKind, Owner, ReferenceSite, ReportNames } from './types';

const memo = new WeakMap<Project, ReportNames>();

/** The names of a report, resolved once per report model. */
export function reportNames(project: Project): ReportNames {
  let names = memo.get(project);
  if (!names) {
    names = build(project);
    memo.set(project, names);
  }
  return names;
}

function build(project: Project): ReportNames {
  const rs = project.requirementSet;
  const letter = letterNames(rs);
  const own = new Map<string, Definition>();
  const ownNames = new Map<NameKind, string[]>();
  const define = (kind: NameKind, name: string, origin: Origin) => {
    const key = `${kind}\n${name}`;
    if (own.has(key)) return;
    own.set(key, { kind, name, origin });
    const names = ownNames.get(kind);
    if (names) names.push(name);
    else ownNames.set(kind, [name]);
  };
  for (const s of project.sections) {
    if (s.nummer) define('section', s.nummer, s.origin);
    if (s.id) define('section', s.id, s.origin);
    if (s.not !== undefined) define('note', String(s.not), s.origin);
  }
  const resolve = (kind: NameKind, name: string) => (kind === 'section' || kind === 'note' ? own.get(`${kind}\n${name}`) : letter.resolve(kind, name));

  const sites: ReferenceSite[] = [];
  const site = (kind: NameKind, name: string, origin: Origin, owner?: Owner, target = resolve(kind, name), version?: string) => {
    sites.push({ kind, name, origin, target, owner, version });
    return target;
  };
  const sectionOwner = (s: Section): Owner => ({ section: s, origin: s.origin, label: sectionName(s) });
  const tableOwner = (t: Table): Owner => ({ section: t.section, table: t, origin: t.origin, label: tableName(t) });

  const m = project.manifest;
  const file = (path: string, origin: Origin) => {
    const uri = resolveUri(m.uri, path);
    site('file', path, origin, undefined, uri !== undefined && project.uris.includes(uri) ? { kind: 'file', name: path, origin: { uri, ptr: '' } } : undefined);
  };
  if (m.requirementSetPath !== undefined && m.requirementSetOrigin) file(m.requirementSetPath, m.requirementSetOrigin);
  for (const c of m.chapters) file(c.path, c.origin);
  // A redovisning names the requirement and the part it answers.
  if (rs && m.concerns) {
    const { requirementId, partId, origin } = m.concerns;
    const krav = { uri: origin.uri, ptr: `${origin.ptr}/krav` };
    if (site('requirement', requirementId, krav)) site('part', `${requirementId}/${partId}`, { uri: origin.uri, ptr: `${origin.ptr}/del` });
  }

  sites.push(...letter.sites);
  for (const s of project.sections) {
    const section = sectionOwner(s);
    if (rs) {
      const answer = (a: Section['answers'][number], owner: Owner) => {
        // The decision after `@` is judged only for a requirement that exists.
        const target = site('requirement', a.requirementId, a.origin, owner, resolve('requirement', a.requirementId), a.version);
        if (target && a.version) site('decision', a.version, a.origin, owner);
      };
      // In the order a reader meets them: the section's answers and outcomes, then its tables'.
      for (const a of s.answers) answer(a, section);
      for (const o of s.goalOutcomes) site('goal', o.target, o.targetOrigin, section);
      for (const o of s.indicatorOutcomes) site('indicator', o.target, o.targetOrigin, section);
      for (const t of s.tables) for (const a of t.answers) answer(a, tableOwner(t));
    }
    for (const p of s.pointsTo) site('section', p.target, p.origin, section);
    for (const t of s.tables) {
      const table = tableOwner(t);
      for (const r of t.dataRows) {
        if (rs) {
          if (r.links.anslagspost) site('appropriationPost', r.links.anslagspost.id, r.links.anslagspost.origin, table);
          if (r.links.verksamhet) site('feeRow', r.links.verksamhet.id, r.links.verksamhet.origin, table);
          if (r.links.inkomsttitel) site('incomeTitle', r.links.inkomsttitel.id, r.links.inkomsttitel.origin, table);
          if (r.links.indikator) site('indicator', r.links.indikator.id, r.links.indikator.origin, table);
        }
        if (r.not !== undefined) site('note', String(r.not), { uri: t.uri, ptr: `${r.origin.ptr}/not` }, table);
      }
    }
  }

  const to = new Map<string, ReferenceSite[]>();
  const push = (key: string, s: ReferenceSite) => {
    const list = to.get(key);
    if (list) list.push(s);
    else to.set(key, [s]);
  };
  for (const s of sites) {
    if (!s.target) continue;
    push(`${s.kind}\n${s.target.name}`, s);
    // An answer stands in a section or table; a redovisning's `avser` names its requirement without answering it.
    if ((s.kind === 'requirement' || s.kind === 'goal') && s.owner) push(`answer\n${s.target.name}`, s);
  }
  // What is at a position is asked by hover and navigation, not by the analysis: indexed when first asked.
  let at: Map<string, ReferenceSite> | undefined;
  const siteAt = (origin: Origin) => {
    if (!at) {
      at = new Map();
      for (const s of sites) if (!at.has(originKey(s.origin))) at.set(originKey(s.origin), s);
    }
    return at.get(originKey(origin));
  };
  let ownAt: Map<string, Definition> | undefined;
  const definedAt = (origin: Origin) => {
    ownAt ??= new Map([...own.values()].map((d) => [originKey(d.origin), d]));
    return ownAt.get(originKey(origin));
  };
  return {
    sites,
    siteAt,
    definitionAt: (origin) => letter.definitionAt(origin) ?? definedAt(origin),
    referencesTo: (kind, name) => to.get(`${kind}\n${name}`) ?? [],
    answersTo: (id) => to.get(`answer\n${id}`) ?? [],
    namesOf: (kind) => (kind === 'section' || kind === 'note' ? ownNames.get(kind) ?? [] : letter.namesOf(kind)),
  };
}
