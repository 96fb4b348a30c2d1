// Builds a chapter: its nested sections, their answers and outcomes, and their tables.
import { parseFormula } from '../formula/parser';
import { readNumber, readString } from '../numbers/literal';
import type { CellLiteral } from '../numbers/literal';
import { withClaimFigures } from './proseRefs';
import { arr, child, date, formulas, int, obj, origin, rounding, str, unit } from './read';
import type { Obj } from './read';
import type {
  AnswerRef, CellSource, ChartDeclaration, Chapter, Column, DataRow, FigureDeclarations, FormulaSource, Linked, Origin, Outcome, Row,
  Section, Signatures, Table,
} from './types';

function answers(v: unknown, at: Origin): AnswerRef[] {
  return arr(v).flatMap((a, i) => {
    if (typeof a !== 'string') return [];
    const [requirementId, version] = a.split('@');
    return [{ requirementId: requirementId.trim(), version: version?.trim() || undefined, origin: child(at, i) }];
  });
}

function cellLiteral(v: unknown): CellLiteral | undefined {
  if (v === null || v === undefined) return { kind: 'empty' };
  if (typeof v === 'number') return readNumber(v);
  if (typeof v === 'string') return readString(v);
  if (typeof v === 'boolean') return { kind: 'text', text: v ? 'X' : '' };
  return undefined;
}

function outcomes(v: unknown, at: Origin, key: 'indikator' | 'mål'): Outcome[] {
  return arr(v).flatMap((item, i) => {
    const o = obj(item);
    const target = str(o?.[key]);
    if (!o || !target) return [];
    const here = child(at, i);
    const out: Outcome = { target, targetOrigin: child(here, key), origin: here };
    const raw = o.utfall;
    if (typeof raw === 'number') {
      const literal = readNumber(raw);
      return [literal ? { ...out, value: { literal, origin: child(here, 'utfall') } } : out];
    }
    if (typeof raw === 'string') {
      // A string outcome is a figure when it reads as one ("79 %"), otherwise a formula.
      const literal = readString(raw);
      if (literal.kind === 'number') return [{ ...out, value: { literal, origin: child(here, 'utfall') } }];
      return [{ ...out, formula: { parsed: parseFormula(raw), origin: child(here, 'utfall') } }];
    }
    return [out];
  });
}

function signatures(v: unknown, at: Origin): Signatures | undefined {
  const o = obj(v);
  if (!o) return undefined;
  return {
    place: str(o.ort),
    date: date(o.datum),
    names: arr(o.namn).flatMap((n, i) => (typeof n === 'string' ? [{ namn: n, origin: child(at, 'namn', i) }] : [])),
    origin: at,
  };
}

function linked(o: Obj, key: string, at: Origin): Linked | undefined {
  const id = str(o[key]);
  return id ? { id, origin: child(at, key) } : undefined;
}

function chart(v: unknown, at: Origin): ChartDeclaration | undefined {
  const o = obj(v);
  if (!o) return undefined;
  const type = o.typ === 'stapel' || o.typ === 'linje' ? o.typ : undefined;
  const rows = arr(o.rader).flatMap((r, i) => {
    const id = str(r);
    return id ? [{ id, origin: child(at, 'rader', i) }] : [];
  });
  return { type, rows, rubrik: str(o.rubrik), origin: at };
}

/** What a table, column or row says of its figures: unit, decimals, rounding, exactness, restatement. */
function figureDeclarations(o: Obj): FigureDeclarations {
  return {
    unit: unit(o.enhet),
    decimals: int(o.decimaler),
    rounding: rounding(o.avrundning),
    exact: typeof o.exakt === 'boolean' ? o.exakt : undefined,
    restated: o.omräknad === true || undefined,
    standalone: str(o.fristående),
  };
}

function buildTable(uri: string, o: Obj, at: Origin, section: Section): Table | undefined {
  const id = str(o.id);
  if (!id) return undefined;
  const columns: Column[] = arr(o.kolumner).flatMap((c, i) => {
    const co = obj(c);
    const cid = str(co?.id);
    if (!co || !cid) return [];
    const here = child(at, 'kolumner', i);
    return [{
      id: cid,
      rubrik: str(co.rubrik),
      year: int(co.år),
      ...figureDeclarations(co),
      formulas: formulas(co.formel, child(here, 'formel')),
      index: i,
      origin: here,
    }];
  });
  const rows: Row[] = [];
  const dataRows: DataRow[] = [];
  let group = 0;
  arr(o.rader).forEach((r, i) => {
    const ro = obj(r);
    if (!ro) return;
    const here = child(at, 'rader', i);
    if (ro.avsnitt !== undefined && ro.värden === undefined && ro.id === undefined) {
      group++;
      rows.push({ kind: 'heading', text: str(ro.avsnitt) ?? '', origin: here });
      return;
    }
    const values = new Map<string, CellSource>();
    const strays: DataRow['strays'][number][] = [];
    const known = new Set(columns.map((c) => c.id));
    const raw = ro.värden;
    if (Array.isArray(raw)) {
      raw.forEach((v, j) => {
        const literal = cellLiteral(v);
        if (j >= columns.length) strays.push({ origin: child(here, 'värden', j) });
        else if (literal) values.set(columns[j].id, { literal, origin: child(here, 'värden', j) });
      });
    } else {
      for (const [cid, v] of Object.entries(obj(raw) ?? {})) {
        const literal = cellLiteral(v);
        if (!known.has(cid)) strays.push({ origin: child(here, 'värden', cid), column: cid });
        else if (literal) values.set(cid, { literal, origin: child(here, 'värden', cid) });
      }
    }
    const cellFormulas = new Map<string, FormulaSource[]>();
    for (const [cid, f] of Object.entries(obj(ro.cellformler) ?? {})) {
      if (!known.has(cid)) strays.push({ origin: child(here, 'cellformler', cid), column: cid });
      else cellFormulas.set(cid, formulas(f, child(here, 'cellformler', cid)));
    }
    const explicit = str(ro.id);
    const heading = str(ro.rubrik);
    const printedHeading = heading?.includes('{') ? withClaimFigures(heading) : heading;
    const row: DataRow = {
      kind: 'data',
      id: explicit ?? `#${i + 1}`,
      explicitId: explicit !== undefined,
      rubrik: printedHeading,
      rubrikSource: printedHeading !== heading ? heading : undefined,
      year: int(ro.år),
      not: int(ro.not),
      ...figureDeclarations(ro),
      values,
      formulas: formulas(ro.formel, child(here, 'formel')),
      cellFormulas,
      strays,
      links: {
        anslagspost: linked(ro, 'anslagspost', here),
        verksamhet: linked(ro, 'verksamhet', here),
        inkomsttitel: linked(ro, 'inkomsttitel', here),
        indikator: linked(ro, 'indikator', here),
      },
      group,
      index: i,
      origin: here,
    };
    rows.push(row);
    dataRows.push(row);
  });
  return {
    uri,
    id,
    nummer: int(o.nummer),
    figur: int(o.figur),
    rubrik: str(o.rubrik),
    ...figureDeclarations(o),
    previousId: str(o.föregående),
    form: str(o.form),
    avser: str(o.avser),
    answers: answers(o.besvarar, child(at, 'besvarar')),
    note: str(o.anmärkning),
    printed: o.tryckt !== false,
    chart: chart(o.diagram, child(at, 'diagram')),
    columns,
    rows,
    dataRows,
    section,
    origin: at,
  };
}

function buildSection(uri: string, o: Obj, at: Origin, depth: number): Section {
  const tables: Table[] = [];
  const sections: Section[] = [];
  const section: Section = {
    uri,
    origin: at,
    id: str(o.id),
    nummer: str(o.nummer),
    not: int(o.not),
    rubrik: str(o.rubrik),
    text: str(o.text),
    part: str(o.del),
    answers: answers(o.besvarar, child(at, 'besvarar')),
    pointsTo: arr(o.hänvisar_till).flatMap((t, i) => (typeof t === 'string' ? [{ target: t, origin: child(at, 'hänvisar_till', i) }] : [])),
    indicatorOutcomes: outcomes(o.indikatorer, child(at, 'indikatorer'), 'indikator'),
    goalOutcomes: outcomes(o.måluppfyllelse, child(at, 'måluppfyllelse'), 'mål'),
    signatures: signatures(o.underskrifter, child(at, 'underskrifter')),
    tables,
    sections,
    depth,
  };
  arr(o.tabeller).forEach((t, i) => {
    const to = obj(t);
    const table = to && buildTable(uri, to, child(at, 'tabeller', i), section);
    if (table) tables.push(table);
  });
  arr(o.avsnitt).forEach((s, i) => {
    const so = obj(s);
    if (so) sections.push(buildSection(uri, so, child(at, 'avsnitt', i), depth + 1));
  });
  return section;
}

export function buildChapter(uri: string, value: unknown): Chapter {
  const root = obj(value) ?? {};
  // The chapter object is the root section itself, so that its tables point back at it.
  return Object.assign(buildSection(uri, root, origin(uri, ''), 0), { kind: 'kapitel' as const });
}

/** Every section of a chapter, depth first, the chapter itself first. */
export function* allSections(section: Section): Generator<Section> {
  yield section;
  for (const s of section.sections) yield* allSections(s);
}
