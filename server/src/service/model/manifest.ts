// Builds the report manifest: year, organisation, who must sign, the requirement set and the chapters.
import { arr, child, int, obj, origin, str } from './read';
import { readExemptions } from './applicability';
import type { Manifest, Member } from './types';

export function buildManifest(uri: string, value: unknown): Manifest {
  const root = obj(value) ?? {};
  const top = origin(uri, '');
  const ledning = obj(root.ledning);
  const leadership: Member[] = arr(ledning?.ledamöter).flatMap((m, i) => {
    const o = obj(m);
    const namn = str(o?.namn);
    return namn ? [{ namn, roll: str(o?.roll), origin: child(top, 'ledning', 'ledamöter', i) }] : [];
  });
  const requirementSetPath = str(root.regleringsbrev);
  return {
    uri,
    myndighet: str(root.myndighet),
    year: int(root.räkenskapsår),
    requirementSetPath,
    requirementSetOrigin: requirementSetPath ? child(top, 'regleringsbrev') : undefined,
    leadershipForm: str(ledning?.form),
    leadership,
    chapters: arr(root.kapitel).flatMap((p, i) => (typeof p === 'string' ? [{ path: p, origin: child(top, 'kapitel', i) }] : [])),
    exemptions: readExemptions(uri, root),
  };
}
