import type { ChannelReminder, ChannelReminderRepository } from "../../core/reminders/channel-reminder.js";

/** Channel reminders in memory. Ids are never reused, like the SQL stores' sequences. */
export function createMemoryChannelReminderRepository(): ChannelReminderRepository {
  const reminders = new Map<number, ChannelReminder>();
  const byDelivery = new Map<string, ChannelReminder>();
  let nextId = 1;
  return {
    async add(reminder) {
      const existing = reminder.deliveryId === undefined ? undefined : byDelivery.get(reminder.deliveryId);
      if (existing) return { reminder: existing, created: false };
      const { deliveryId, ...fields } = reminder;
      const stored: ChannelReminder = { id: nextId++, ...fields };
      reminders.set(stored.id, stored);
      if (deliveryId !== undefined) byDelivery.set(deliveryId, stored);
      return { reminder: stored, created: true };
    },
    async list() {
      return [...reminders.values()];
    },
    async remove(id) {
      const reminder = reminders.get(id);
      reminders.delete(id);
      return reminder;
    },
  };
}
