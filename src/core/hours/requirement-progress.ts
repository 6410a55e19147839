import type { Requirement } from "./credential-rule-set.js";

/**
 * `met`; `awaiting-confirmation` (met only if pending supervision is confirmed); `in-progress`; `below-ratio`
 * (supervision has fallen behind work); `needs-date` (a renewal-cycle rule, and no certification date is set).
 */
export type RequirementStatus = "met" | "awaiting-confirmation" | "in-progress" | "below-ratio" | "needs-date";

/** How far a partner is on one requirement. `unit` says what done/required count. */
export interface RequirementProgress {
  requirement: Requirement;
  unit: "minutes" | "courses" | "days";
  done: number;
  required: number;
  remaining: number;
  status: RequirementStatus;
  /** Supervision minutes still awaiting the supervisor's confirmation, counted in `done`. */
  pendingMinutes?: number;
  /** Course names still missing, for course requirements. */
  missing?: string[];
  /** The last day that counts, for renewal-cycle rules. */
  deadline?: string;
}
