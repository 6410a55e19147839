import type { PlannedPost } from "../reminders/planned-post.js";
import type { PostSource } from "../reminders/reminder-planner.js";
import { formatInZone } from "../reminders/format-instant.js";
import { type Meeting, meetingOccurrenceKey, type MeetingRepository, type Rsvp, type RsvpRepository } from "./meeting.js";
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

const DAY_MS = 86_400_000;
const FIRST_POST_REPLAN_MS = 10 * 60_000;
// Windows searched, one after another, for the occurrence before a window's first: most meetings are at most quarterly.
const LOOK_BACK_DAYS = [8, 35, 100, 400];

/**
 * Every meeting post due in [from, to): an occurrence's channel post goes out `postLeadMs` before it, but never
 * before the previous occurrence has started; the next occurrence is posted as soon as the meeting is added. Each
 * reminder goes to whoever answered going or maybe by then. Keys carry the occurrence, so each is claimed once.
 */
export async function meetingPosts(deps: MeetingPostsDeps, from: Date, to: Date, options: { personal: boolean }): Promise<PlannedPost[]> {
  const posts: PlannedPost[] = [];
  const longestLead = Math.max(deps.postLeadMs, ...deps.reminderLeadsMs);
  // One read per occurrence, however many channels and reminders use its answers.
  const answers = new Map<string, Promise<Rsvp[]>>();
  const answersOf = (meeting: Meeting, occurrence: Date) => {
    const key = meetingOccurrenceKey(meeting.id, occurrence);
    if (!answers.has(key)) answers.set(key, deps.rsvps.answers(meeting.id, occurrence));
    return answers.get(key)!;
  };
  const inWindow = (at: Date) => at >= from && at < to;
  for (const meeting of await deps.meetings.list()) {
    // A meeting added while a pass was planning is stored with a time that pass has already passed over: the first
    // post is planned a while longer, and the ledger's claim keeps it to one.
    const firstDue = meeting.createdAt >= new Date(from.getTime() - FIRST_POST_REPLAN_MS) && meeting.createdAt < to;
    const first = firstDue ? nextMeetingOccurrence(meeting, meeting.createdAt) : undefined;
    if (first) posts.push(...channelPosts(meeting, first, meeting.createdAt, await answersOf(meeting, first)));
    // A post due in the window belongs to an occurrence within the longest lead after it (or to the first, above).
    const upcoming = meetingOccurrences(meeting, from, new Date(to.getTime() + longestLead));
    let previous = upcoming[0] && previousOccurrence(meeting, upcoming[0]);
    for (const occurrence of upcoming) {
      const postAt = previous && new Date(Math.max(occurrence.getTime() - deps.postLeadMs, previous.getTime()));
      previous = occurrence;
      if (postAt && inWindow(postAt) && occurrence.getTime() !== first?.getTime()) posts.push(...channelPosts(meeting, occurrence, postAt, await answersOf(meeting, occurrence)));
      if (!options.personal) continue;
      for (const lead of deps.reminderLeadsMs) {
        const remindAt = new Date(occurrence.getTime() - lead);
        if (inWindow(remindAt) && remindAt >= meeting.createdAt) posts.push(...reminders(meeting, occurrence, remindAt, lead, await answersOf(meeting, occurrence)));
      }
    }
  }
  return posts;
}

function previousOccurrence(meeting: Meeting, before: Date): Date | undefined {
  for (const days of LOOK_BACK_DAYS) {
    const found = meetingOccurrences(meeting, new Date(before.getTime() - days * DAY_MS), before);
    if (found.length > 0) return found[found.length - 1];
  }
  return undefined;
}

function channelPosts(meeting: Meeting, occurrence: Date, postAt: Date, rsvps: Rsvp[]): PlannedPost[] {
  const reply = meetingPost(meeting, occurrence, rsvpCounts(rsvps));
  return meeting.channelKeys.map((channelKey) => ({
    reminderKey: `${meetingOccurrenceKey(meeting.id, occurrence)}:post:${channelKey}`,
    scheduledAt: postAt,
    zone: meeting.schedule.zone,
    delivery: { to: { kind: "channel" as const, channelKey }, reply },
  }));
}

function reminders(meeting: Meeting, occurrence: Date, remindAt: Date, leadMs: number, rsvps: Rsvp[]): PlannedPost[] {
  const coming = rsvps.filter((r) => r.answer !== "no");
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
