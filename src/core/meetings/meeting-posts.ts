import type { PlannedPost } from "../reminders/planned-post.js";
import type { PostSource } from "../reminders/reminder-planner.js";
import { formatInZone } from "../reminders/format-instant.js";
import { type Meeting, meetingOccurrenceKey, type MeetingRepository, type RsvpRepository } from "./meeting.js";
import { meetingOccurrences, nextMeetingOccurrence } from "./meeting-occurrences.js";
import { meetingPost } from "./meeting-post.js";
import { rsvpCounts } from "./rsvp-counts.js";

export interface MeetingPostsDeps {
  meetings: MeetingRepository;
  rsvps: RsvpRepository;
  /** How long before an occurrence its channel post goes out (MEETING_POST_DAYS). */
  postLeadMs: number;
  /** How long before an occurrence those who said going or maybe get a direct message (MEETING_REMINDERS). */
  reminderLeadsMs: number[];
}

// Far enough back to find the occurrence before any post due in the window (a yearly meeting's included).
const LOOK_BACK_MS = 400 * 86_400_000;

/**
 * Every meeting post due in [from, to): an occurrence's channel post goes out `postLeadMs` before it, but never
 * before the previous occurrence has started (so the first one is posted as soon as the meeting is added); each
 * reminder goes to whoever answered going or maybe by then. Keys carry the occurrence, so each is claimed once.
 */
export async function meetingPosts(deps: MeetingPostsDeps, from: Date, to: Date, options: { personal: boolean }): Promise<PlannedPost[]> {
  const posts: PlannedPost[] = [];
  const longestLead = Math.max(deps.postLeadMs, ...deps.reminderLeadsMs);
  for (const meeting of await deps.meetings.list()) {
    const inWindow = (at: Date) => at >= from && at < to;
    // The next occurrence is posted as soon as the meeting is added, however far ahead it is.
    const first = inWindow(meeting.createdAt) ? nextMeetingOccurrence(meeting, meeting.createdAt) : undefined;
    if (first) posts.push(...(await channelPosts(deps, meeting, first, meeting.createdAt)));
    const upcoming = meetingOccurrences(meeting, new Date(from.getTime() - LOOK_BACK_MS), new Date(to.getTime() + longestLead));
    for (const [index, occurrence] of upcoming.entries()) {
      const previous = upcoming[index - 1];
      const postAt = previous && new Date(Math.max(occurrence.getTime() - deps.postLeadMs, previous.getTime()));
      if (postAt && inWindow(postAt) && occurrence.getTime() !== first?.getTime()) posts.push(...(await channelPosts(deps, meeting, occurrence, postAt)));
      if (!options.personal) continue;
      for (const lead of deps.reminderLeadsMs) {
        const remindAt = new Date(occurrence.getTime() - lead);
        if (inWindow(remindAt) && remindAt >= meeting.createdAt) posts.push(...(await reminders(deps, meeting, occurrence, remindAt, lead)));
      }
    }
  }
  return posts;
}

async function channelPosts(deps: MeetingPostsDeps, meeting: Meeting, occurrence: Date, postAt: Date): Promise<PlannedPost[]> {
  const reply = meetingPost(meeting, occurrence, rsvpCounts(await deps.rsvps.answers(meeting.id, occurrence)));
  return meeting.channelKeys.map((channelKey) => ({
    reminderKey: `${meetingOccurrenceKey(meeting.id, occurrence)}:post:${channelKey}`,
    scheduledAt: postAt,
    zone: meeting.schedule.zone,
    delivery: { to: { kind: "channel" as const, channelKey }, reply },
  }));
}

async function reminders(deps: MeetingPostsDeps, meeting: Meeting, occurrence: Date, remindAt: Date, leadMs: number): Promise<PlannedPost[]> {
  const coming = (await deps.rsvps.answers(meeting.id, occurrence)).filter((r) => r.answer !== "no");
  const when = formatInZone(occurrence, meeting.schedule.zone);
  const where = meeting.place ? ` at ${meeting.place}` : "";
  const text = (said: string) => `Reminder: ${meeting.title} is ${describeLead(leadMs)}, ${when}${where}. You said ${said}; change it with /meeting rsvp ${meeting.id} going|maybe|no.`;
  return coming.map((rsvp) => ({
    reminderKey: `${meetingOccurrenceKey(meeting.id, occurrence)}:remind-${Math.round(leadMs / 60_000)}m:${rsvp.userKey}`,
    scheduledAt: remindAt,
    zone: meeting.schedule.zone,
    delivery: {
      to: { kind: "user" as const, userKey: rsvp.userKey },
      reply: { kind: "message" as const, ephemeral: true, text: text(rsvp.answer === "going" ? "you are going" : "maybe") },
    },
  }));
}

/** `tomorrow` for a day, `in 1 hour`, `in 30 minutes`. */
function describeLead(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes === 1440) return "tomorrow";
  if (minutes % 1440 === 0) return `in ${minutes / 1440} days`;
  if (minutes % 60 === 0) return `in ${minutes / 60} ${minutes === 60 ? "hour" : "hours"}`;
  return `in ${minutes} minutes`;
}

/** The meetings as one more source of the reminder planner's posts. */
export function createMeetingPostSource(deps: MeetingPostsDeps): PostSource {
  return { posts: (from, to, options) => meetingPosts(deps, from, to, options) };
}
