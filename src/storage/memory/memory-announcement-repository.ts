import type { Announcement, AnnouncementRepository } from "../../core/announcements/announcement.js";

/** Announcements in memory; a redelivery finds the announcement its delivery id made. */
export function createMemoryAnnouncementRepository(): AnnouncementRepository {
  const byDelivery = new Map<string, Announcement>();
  let nextId = 1;
  return {
    async record({ deliveryId, ...fields }) {
      const existing = deliveryId === undefined ? undefined : byDelivery.get(deliveryId);
      if (existing) return { announcement: existing, created: false };
      const announcement: Announcement = { id: nextId++, ...fields, channelKeys: [...fields.channelKeys] };
      if (deliveryId !== undefined) byDelivery.set(deliveryId, announcement);
      return { announcement, created: true };
    },
  };
}
