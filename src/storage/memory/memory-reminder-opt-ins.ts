import type { ReminderOptIns } from "../../core/reminders/partner-status.js";

/** The weekly nudge opt-ins in memory. */
export function createMemoryReminderOptIns(): ReminderOptIns {
  const enabled = new Set<string>();
  return {
    async set(userKey, on) {
      if (on) enabled.add(userKey);
      else enabled.delete(userKey);
    },
    async isEnabled(userKey) {
      return enabled.has(userKey);
    },
    async enabledUsers() {
      return [...enabled].sort();
    },
  };
}
