import type { CalendarDate } from "./calendar-date.js";

import type { State } from "../states.js";

/** A registered state's code (states.json). */
export type ProfileState = State;

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
