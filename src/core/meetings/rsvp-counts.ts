import type { Rsvp, RsvpAnswer } from "./meeting.js";

export type RsvpCounts = Record<RsvpAnswer, number>;

export function rsvpCounts(rsvps: Rsvp[]): RsvpCounts {
  const counts: RsvpCounts = { going: 0, maybe: 0, no: 0 };
  for (const r of rsvps) counts[r.answer]++;
  return counts;
}

export const ANSWER_LABELS: Record<RsvpAnswer, string> = { going: "Going", maybe: "Maybe", no: "Can't" };

/** `Going 3 · Maybe 1 · Can't 2`. */
export function describeCounts(counts: RsvpCounts): string {
  return `${ANSWER_LABELS.going} ${counts.going} · ${ANSWER_LABELS.maybe} ${counts.maybe} · ${ANSWER_LABELS.no} ${counts.no}`;
}
