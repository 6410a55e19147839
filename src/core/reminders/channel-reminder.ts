import type { Schedule } from "./schedule.js";

/** An announcement an admin set up for a channel. Its ledger key is `channel:<id>`. */
export interface ChannelReminder {
  id: number;
  /** `console:#network`, `slack:C123`, `discord:123`. */
  channelKey: string;
  schedule: Schedule;
  message: string;
  createdBy: string;
  createdAt: Date;
}

export interface NewChannelReminder {
  channelKey: string;
  schedule: Schedule;
  message: string;
  createdBy: string;
  createdAt: Date;
  /** The platform's delivery id: a redelivered `/reminders add` finds the reminder it already made. */
  deliveryId?: string;
}

export interface ChannelReminderRepository {
  /** `created` is false when this delivery id already made a reminder, which is returned unchanged. */
  add(reminder: NewChannelReminder): Promise<{ reminder: ChannelReminder; created: boolean }>;
  list(): Promise<ChannelReminder[]>;
  /** The removed reminder, or undefined when there is none with that id. */
  remove(id: number): Promise<ChannelReminder | undefined>;
}

export const channelReminderKey = (id: number): string => `channel:${id}`;
