// Which parts of FÅB apply to an annual report (a redovisning of an assignment is not judged by FÅB at
// all: its units say so, rules/unit.ts): all of them, except those its manifest or its letter declares
// exempt (`fåb: undantag:`, each with its reason and, when a statute grants it, its SFS number), and the
// appropriation account of an agency whose letter grants it no appropriation.
import type { Project } from '../project';
import { arr, child, obj, origin, str } from './read';
import type { Origin } from './types';

/** The parts an exemption can name, as the schema's enum lists them. */
export type FabPart =
  | 'alla' | 'resultatredovisning' | 'resultaträkning' | 'balansräkning' | 'anslagsredovisning' | 'noter'
  | 'sammanställning' | 'underskrifter' | 'tidpunkt';

const PARTS: readonly FabPart[] = ['alla', 'resultatredovisning', 'resultaträkning', 'balansräkning', 'anslagsredovisning', 'noter', 'sammanställning', 'underskrifter', 'tidpunkt'];

export interface Exemption {
  readonly part: FabPart;
  readonly reason: string;
  readonly sfs?: string;
  readonly origin: Origin;
}

/** The exemptions a manifest or letter declares under `fåb: undantag:`. */
export function readExemptions(uri: string, root: Record<string, unknown>): Exemption[] {
  const top = child(origin(uri, ''), 'fåb', 'undantag');
  return arr(obj(root.fåb)?.undantag).flatMap((item, i) => {
    const o = obj(item);
    const part = str(o?.del) as FabPart | undefined;
    const reason = str(o?.skäl);
    if (!part || !PARTS.includes(part) || !reason) return [];
    return [{ part, reason, sfs: str(o?.sfs), origin: child(top, i) }];
  });
}

/** Why a part of FÅB does not apply to the report, or undefined when it does. */
export type NotApplicable =
  | { readonly by: 'declaration'; readonly exemption: Exemption }
  | { readonly by: 'no-appropriations' };

export function notApplicable(project: Project, part: Exclude<FabPart, 'alla'>): NotApplicable | undefined {
  const declared = [...project.manifest.exemptions, ...(project.requirementSet?.exemptions ?? [])];
  const exemption = declared.find((e) => e.part === part || e.part === 'alla');
  if (exemption) return { by: 'declaration', exemption };
  // A letter with a finance part and no appropriation: an agency financed by fees or grants alone has
  // nothing to account for against appropriations (FÅB 2 kap. 4 § asks for the account of appropriations
  // the agency has).
  const finance = project.requirementSet?.finance;
  if (part === 'anslagsredovisning' && finance && finance.appropriations.length === 0) return { by: 'no-appropriations' };
  return undefined;
}
