// unknown-kind: a YAML file that is meant to be a regbrev file but names no kind regbrev knows, so that
// nothing would check it: its `typ` is a near miss of a kind (`arsredovisning` without å, a slip of a
// letter or two, another case), or it has no `typ` (or a foreign one) but the keys of one kind. In CI a
// misspelt manifest would otherwise switch every check off and pass in silence.
import { isMap, isNode } from 'yaml';
import type { FileKind } from '../model/types';
import { FILE_KINDS } from '../schema/schemas';
import { editDistance } from '../text/distance';
import type { FileState } from '../workspace';
import { pointerRange } from '../yaml/pointer';
import type { Fix } from '../features/fixes/types';
import { eolOf, lineEnd, lineStart } from '../features/fixes/text';
import { defineRule } from './unit';

/** Keys that only a file of the kind has at its top level; two of them make a file look like one. */
const SIGNATURES: Readonly<Record<FileKind, readonly string[]>> = {
  årsredovisning: ['räkenskapsår', 'regleringsbrev', 'ledning', 'kapitel', 'rapportnummer'],
  regleringsbrev: ['budgetår', 'återrapporteringskrav', 'uppdrag', 'finansiering', 'indikatorer', 'mål', 'ändringsbeslut', 'departement', 'beslutad'],
  kapitel: ['avsnitt', 'tabeller', 'del', 'not', 'nummer'],
  redovisning: ['avser', 'datum', 'till', 'undertecknad_av', 'kapitel', 'regleringsbrev'],
};

const LOOKS: Readonly<Record<FileKind, { sv: string; en: string }>> = {
  årsredovisning: { sv: 'årsredovisningens huvudfil', en: 'a report manifest' },
  regleringsbrev: { sv: 'ett regleringsbrev', en: 'a requirement set' },
  kapitel: { sv: 'ett kapitel', en: 'a chapter' },
  redovisning: { sv: 'en redovisnings huvudfil', en: 'the manifest of a report of an assignment' },
};

/** Lower case, without diacritics or surrounding space: how a near miss is compared. */
function folded(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** The kind a `typ` value was meant to be: equal when folded, or within two slips of a letter. */
function nearestKind(typ: string): FileKind | undefined {
  const f = folded(typ);
  if (f === '') return undefined;
  let best: { kind: FileKind; d: number } | undefined;
  for (const kind of FILE_KINDS) {
    const d = editDistance(f, folded(kind));
    if (d <= 2 && (!best || d < best.d)) best = { kind, d };
  }
  return best?.kind;
}

/** The kind whose keys a file has (at least two of them, more than of any other kind). */
function kindByKeys(value: Record<string, unknown>): FileKind | undefined {
  const scored = FILE_KINDS.map((kind) => ({ kind, n: SIGNATURES[kind].filter((k) => k in value).length })).sort((a, b) => b.n - a.n);
  return scored[0].n >= 2 && scored[0].n > scored[1].n ? scored[0].kind : undefined;
}

interface NearMiss {
  readonly meant: FileKind;
  /** The `typ` as written, when there is one. */
  readonly typ?: string;
}

/** The kind a file without a known one was meant to be, if it looks like one. */
export function meantKindOf(file: FileState): FileKind | undefined {
  return nearMiss(file)?.meant;
}

function nearMiss(file: FileState): NearMiss | undefined {
  if (file.kind !== undefined || file.overLimit || file.parsed.problems.length > 0) return undefined;
  const value = file.parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const typ = record.typ;
  if (typeof typ === 'string') {
    const meant = nearestKind(typ) ?? kindByKeys(record);
    return meant ? { meant, typ } : undefined;
  }
  if (typ !== undefined && typeof typ !== 'number' && typeof typ !== 'boolean') return undefined;
  const meant = kindByKeys(record);
  return meant ? { meant, ...(typ !== undefined ? { typ: String(typ) } : {}) } : undefined;
}

/** Where the first top-level key's line starts: after any comments, directives and `---` above it. */
function firstKeyLine(file: FileState): number {
  const contents = file.parsed.doc.contents;
  const first = isMap(contents) ? contents.items[0]?.key : undefined;
  const start = isNode(first) && first.range ? first.range[0] : 0;
  return lineStart(file.text, start);
}

/** Replaces the `typ` with the kind meant, or adds `typ: <kind>` as the file's first line. */
const setKind: Fix = ({ problem, file, language }) => {
  const meant = problem.data?.meant;
  if (typeof meant !== 'string') return undefined;
  const hasTyp = problem.data?.hasTyp === true;
  return {
    title: language === 'sv' ? `Ändra till typ: ${meant}` : `Change to typ: ${meant}`,
    code: problem.code,
    problem,
    edits: [hasTyp
      ? { uri: problem.uri, range: problem.range, newText: meant }
      : { uri: problem.uri, range: { start: firstKeyLine(file), end: firstKeyLine(file) }, newText: `typ: ${meant}${eolOf(file.text)}` }],
    preferred: true,
  };
};

export const unknownKind = defineRule({
  name: 'unknownKind',
  codes: {
    'unknown-kind': {
      severity: 'error',
      title: { sv: 'Okänd filtyp', en: 'Unknown file kind' },
      summary: 'A file looks like a regbrev file, but its typ names no kind regbrev knows, so nothing would check it.',
    },
  },
  file(file, out) {
    const miss = nearMiss(file);
    if (!miss) return;
    const hasTyp = 'typ' in (file.parsed.value as Record<string, unknown>);
    const top = firstKeyLine(file);
    const range = hasTyp ? pointerRange(file.parsed.doc, '/typ') : { start: top, end: Math.max(top + 1, lineEnd(file.text, top)) };
    const written = miss.typ !== undefined ? `”${miss.typ}”` : undefined;
    out.draft({
      code: 'unknown-kind',
      uri: file.uri,
      range,
      message: written
        ? {
          sv: `Okänd typ ${written}, så filen kontrolleras inte. Menade du ”${miss.meant}”?`,
          en: `Unknown typ “${miss.typ}”, so the file is not checked. Did you mean “${miss.meant}”?`,
        }
        : {
          sv: `Filen ser ut som ${LOOKS[miss.meant].sv} men saknar typ, så den kontrolleras inte. Lägg till typ: ${miss.meant}.`,
          en: `The file looks like ${LOOKS[miss.meant].en} but has no typ, so it is not checked. Add typ: ${miss.meant}.`,
        },
      data: { meant: miss.meant, hasTyp },
    });
  },
  fixes: { 'unknown-kind': setKind },
});
