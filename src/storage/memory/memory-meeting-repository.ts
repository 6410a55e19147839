import type { Meeting, MeetingRepository } from "../../core/meetings/meeting.js";

/** Meetings in memory; ids are never reused. */
export function createMemoryMeetingRepository(): MeetingRepository {
  const meetings = new Map<number, Meeting & { cancelled: boolean }>();
  const byDelivery = new Map<string, number>();
  let nextId = 1;
  const view = ({ cancelled: _c, ...m }: Meeting & { cancelled: boolean }): Meeting => ({
    ...m,
    channelKeys: [...m.channelKeys],
    cancelledOccurrences: [...m.cancelledOccurrences].sort((a, b) => a.getTime() - b.getTime()),
  });
  return {
    async add({ deliveryId, ...fields }) {
      const existing = deliveryId === undefined ? undefined : byDelivery.get(deliveryId);
      if (existing !== undefined) return { meeting: view(meetings.get(existing)!), created: false };
      const meeting = { id: nextId++, ...fields, cancelledOccurrences: [], cancelled: false };
      meetings.set(meeting.id, meeting);
      if (deliveryId !== undefined) byDelivery.set(deliveryId, meeting.id);
      return { meeting: view(meeting), created: true };
    },
    async list() {
      return [...meetings.values()].filter((m) => !m.cancelled).map(view);
    },
    async get(id) {
      const meeting = meetings.get(id);
      return meeting && !meeting.cancelled ? view(meeting) : undefined;
    },
    async cancel(id) {
      const meeting = meetings.get(id);
      if (!meeting || meeting.cancelled) return false;
      meeting.cancelled = true;
      return true;
    },
    async cancelOccurrence(id, occurrence) {
      const meeting = meetings.get(id);
      if (!meeting || meeting.cancelledOccurrences.some((d) => d.getTime() === occurrence.getTime())) return false;
      meeting.cancelledOccurrences.push(new Date(occurrence));
      return true;
    },
  };
}
