import type { CalendarDate } from "./calendar-date.js";

export const PROFILE_STATES = ["MT", "CA", "NC"] as const;
export type ProfileState = (typeof PROFILE_STATES)[number];

/** What Porchlight knows about a partner to measure progress. */
export interface PartnerProfile {
  userKey: string;
  displayName?: string;
  state?: ProfileState;
  /** A credential rule set id, e.g. mt-candidate. */
  credentialTrack?: string;
  /** Certification or renewal date: any day a renewal cycle starts on. */
  certificationDate?: CalendarDate;
  supervisorKey?: string;
}
