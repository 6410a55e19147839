import type { CalendarDate } from "./calendar-date.js";
import type { CredentialRuleSet } from "./credential-rule-set.js";
import type { KindTotals } from "./kind-totals.js";
import type { PartnerProfile } from "./partner-profile.js";
import type { RenewalCycle } from "./renewal-cycle.js";
import type { RequirementProgress } from "./requirement-progress.js";

/** CEU standing, for replies and for deadline reminders. Minutes throughout. */
export interface CeuProgress {
  doneMinutes: number;
  requiredMinutes: number;
  ethicsDoneMinutes?: number;
  ethicsRequiredMinutes?: number;
  /** Last day that counts, when the requirement runs on a renewal cycle and the certification date is set. */
  deadline?: CalendarDate;
  daysLeft?: number;
  met: boolean;
}

/** Supervision against work now, for replies and for ratio nudges. */
export interface SupervisionRatioProgress {
  workHoursPerSupervisionHour: number;
  workMinutes: number;
  supervisionMinutes: number;
  pendingMinutes: number;
  requiredMinutes: number;
  /** Supervision still to log to be back in ratio (0 when in ratio). */
  shortfallMinutes: number;
  inRatio: boolean;
}

/** Everything known about a partner's standing on their credential track, on one day. */
export interface PartnerProgress {
  userKey: string;
  today: CalendarDate;
  profile?: PartnerProfile;
  /** Undefined when the partner has not chosen a track (or it is no longer in the catalog). */
  track?: CredentialRuleSet;
  cycle?: RenewalCycle;
  allTime: KindTotals;
  requirements: RequirementProgress[];
  ceu?: CeuProgress;
  supervisionRatio?: SupervisionRatioProgress;
}
