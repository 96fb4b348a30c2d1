// Which wording of a requirement is in force: that of the latest amendment that changed it, in the order
// the letter lists its amendments (their dates may be missing, their order never is). Rules, the coverage
// view and hover all ask here, so that they judge an answer's version alike.
import type { Requirement, RequirementSet } from './types';

/** The diarienummer of the amendment whose wording is in force, or undefined for the original wording. */
export function currentWording(rs: RequirementSet, r: Requirement): string | undefined {
  let latest: string | undefined;
  let at = -1;
  for (const d of r.changedBy) {
    const i = rs.amendments.findIndex((a) => a.diarienummer === d);
    if (latest === undefined || i >= at) {
      latest = d;
      at = i;
    }
  }
  return latest;
}

/** True when an answer naming `version` (undefined: the original wording) answers the wording in force. */
export function answersCurrentWording(rs: RequirementSet, r: Requirement, version: string | undefined): boolean {
  return r.changedBy.length === 0 || version === currentWording(rs, r);
}
