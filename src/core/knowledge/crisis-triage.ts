import { assessRisk } from "../safety/assess-risk.js";
import type { CrisisKind } from "../safety/crisis-rules.js";

export type { CrisisKind } from "../safety/crisis-rules.js";

/** The kind of crisis a message reads as, or null when it is not one (a weaker sign is `assessRisk`'s caution). */
export function triageCrisis(message: string): CrisisKind | null {
  const risk = assessRisk(message);
  return risk.level === "crisis" ? risk.kind : null;
}
