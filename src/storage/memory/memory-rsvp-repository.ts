import type { Rsvp, RsvpRepository } from "../../core/meetings/meeting.js";

/** Answers in memory: one per person per occurrence; a delivery id seen before changes nothing. */
export function createMemoryRsvpRepository(): RsvpRepository {
  const answers = new Map<string, Map<string, Rsvp>>();
  const seen = new Set<string>();
  const keyOf = (meetingId: number, occurrence: Date) => `${meetingId}@${occurrence.toISOString()}`;
  return {
    async answer(input) {
      if (input.deliveryId !== undefined) {
        if (seen.has(input.deliveryId)) return { stored: false };
        seen.add(input.deliveryId);
      }
      const key = keyOf(input.meetingId, input.occurrence);
      const forOccurrence = answers.get(key) ?? new Map<string, Rsvp>();
      forOccurrence.set(input.userKey, { userKey: input.userKey, answer: input.answer, answeredAt: new Date(input.at) });
      answers.set(key, forOccurrence);
      return { stored: true };
    },
    async answers(meetingId, occurrence) {
      const all = [...(answers.get(keyOf(meetingId, occurrence))?.values() ?? [])];
      return all.sort((a, b) => a.answeredAt.getTime() - b.answeredAt.getTime() || (a.userKey < b.userKey ? -1 : a.userKey > b.userKey ? 1 : 0));
    },
  };
}
