/** What personal reminders need to know about one partner, in minutes like the hours log keeps them. */
export interface PartnerStatus {
  userKey: string;
  ceu?: {
    /** The certification renewal date, `YYYY-MM-DD` in the network's zone. */
    renewalDate: string;
    doneMinutes: number;
    requiredMinutes: number;
    ethicsDoneMinutes: number;
    ethicsRequiredMinutes: number;
  };
  supervision?: { inRatio: boolean; shortfallMinutes: number };
}

/** Every partner with hours to be reminded about, as of `now`. Implemented over the hours log. */
export interface PartnerStatusSource {
  partners(now: Date): Promise<PartnerStatus[]>;
}

/** Who asked for the weekly "log your hours" nudge (`/reminders weekly on`). */
export interface ReminderOptIns {
  set(userKey: string, enabled: boolean, at: Date): Promise<void>;
  isEnabled(userKey: string): Promise<boolean>;
  enabledUsers(): Promise<string[]>;
}
