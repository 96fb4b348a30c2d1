// Which kind of name the value at a place of a file names, by the keys the file formats define
// (schemas/*.json). Completion asks here before anything is resolved (the text is being typed); the
// model builders read the same keys, and the name-resolution layer resolves what they built.
import type { FileKind } from '../model/types';
import type { NameKind } from './types';

type Path = readonly (string | number)[];

/** The nearest key of a path and, for an item of a list, the list's key. */
function keysOf(path: Path): { key?: string; listKey?: string | number } {
  const key = [...path].reverse().find((p): p is string => typeof p === 'string');
  const listKey = typeof path[path.length - 1] === 'number' ? path[path.length - 2] : key;
  return { key, listKey };
}

export function nameKindAt(fileKind: FileKind | undefined, path: Path): NameKind | undefined {
  const { key, listKey } = keysOf(path);
  if (fileKind === 'kapitel') {
    if (listKey === 'besvarar') return 'requirement';
    if (key === 'indikator') return 'indicator';
    if (key === 'mål' && path.includes('måluppfyllelse')) return 'goal';
    if (key === 'anslagspost') return 'appropriationPost';
    if (key === 'verksamhet') return 'feeRow';
    if (key === 'inkomsttitel') return 'incomeTitle';
    if (listKey === 'hänvisar_till') return 'section';
    if (key === 'not' && path.includes('rader')) return 'note';
  }
  if (fileKind === 'regleringsbrev') {
    if (listKey === 'ändrad_av' || key === 'borttagen_av' || key === 'tillagd_av') return 'decision';
  }
  if ((fileKind === 'årsredovisning' || fileKind === 'redovisning') && (listKey === 'kapitel' || key === 'regleringsbrev')) return 'file';
  if (fileKind === 'redovisning' && key === 'krav' && path.includes('avser')) return 'requirement';
  return undefined;
}
