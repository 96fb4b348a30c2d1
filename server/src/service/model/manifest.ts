// Builds the report manifest: year, organisation, who must sign, the requirement set and the chapters;
// for a redovisning, also the requirement and part it answers, its date and its recipient.
import { readExemptions } from './applicability';
import { arr, child, date, int, obj, origin, str } from './read';
import type { Manifest, Member } from './types';

export function buildManifest(uri: string, value: unknown, kind: Manifest['kind'] = 'årsredovisning'): Manifest {
  const root = obj(value) ?? {};
  const top = origin(uri, '');
  const ledning = obj(root.ledning);
  const leadership: Member[] = arr(ledning?.ledamöter).flatMap((m, i) => {
    const o = obj(m);
    const namn = str(o?.namn);
    return namn ? [{ namn, roll: str(o?.roll), origin: child(top, 'ledning', 'ledamöter', i) }] : [];
  });
  const requirementSetPath = str(root.regleringsbrev);
  const avser = obj(root.avser);
  const requirementId = str(avser?.krav);
  const partId = str(avser?.del);
  const signer = obj(root.undertecknad_av);
  const signerName = str(signer?.namn);
  return {
    uri,
    kind,
    ...(kind === 'redovisning' ? {
      concerns: requirementId && partId ? { requirementId, partId, origin: child(top, 'avser') } : undefined,
      date: date(root.datum),
      dateOrigin: child(top, 'datum'),
      recipient: str(root.till),
      signedBy: signerName ? { namn: signerName, roll: str(signer?.roll), origin: child(top, 'undertecknad_av') } : undefined,
    } : {}),
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
