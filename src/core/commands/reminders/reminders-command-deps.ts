import type { ChannelReminderRepository } from "../../reminders/channel-reminder.js";
import type { ReminderOptIns } from "../../reminders/partner-status.js";
import type { ReminderPlanner } from "../../reminders/reminder-planner.js";

export interface RemindersCommandDeps {
  reminders: ChannelReminderRepository;
  optIns: ReminderOptIns;
  planner: ReminderPlanner;
  /** NETWORK_TIME_ZONE: schedules without `in <zone>` use it. */
  networkZone: string;
}
