import type { Reply } from "../reply.js";
import { ceuReminderText } from "./ceu-reminder-text.js";
import { addDays, parseLocalDate } from "./local-date-time.js";
import { localToUtc } from "./local-to-utc.js";
import { occurrences } from "./occurrences.js";
import type { PartnerStatus } from "./partner-status.js";
import type { PlannedPost } from "./planned-post.js";
import { countHours } from "./format-hours.js";
import type { Schedule } from "./schedule.js";

export const CEU_DAYS_BEFORE = [90, 60, 30, 7];
const CEU_TIME = { hour: 9, minute: 0 };
const weekly = (weekday: number, hour: number, zone: string, source: string): Schedule => ({
  kind: "weekly",
  weekdays: [weekday],
  time: { hour, minute: 0 },
  zone,
  source,
});

export interface PersonalReminderInput {
  partners: PartnerStatus[];
  /** Users who asked for the weekly "log your hours" nudge. */
  weeklyOptIns: string[];
  zone: string;
  from: Date;
  to: Date;
}

/** Direct messages due in [from, to): CEU deadlines, supervision nudges (Mondays 9:00), weekly log nudges (Fridays 15:00). */
export function personalReminderPosts(input: PersonalReminderInput): PlannedPost[] {
  const { zone, from, to } = input;
  const posts: PlannedPost[] = [];
  const add = (reminderKey: string, userKey: string, scheduledAt: Date, text: string) =>
    posts.push({ reminderKey, scheduledAt, zone, delivery: { to: { kind: "user", userKey }, reply: personal(text) } });

  const supervisionDays = occurrences(weekly(1, 9, zone, "supervision nudge"), from, to);
  for (const partner of input.partners) {
    const ceu = partner.ceu;
    const renewal = ceu && parseLocalDate(ceu.renewalDate);
    if (ceu && renewal) {
      for (const days of CEU_DAYS_BEFORE) {
        const at = localToUtc({ ...addDays(renewal, -days), ...CEU_TIME }, zone);
        if (at >= from && at < to) add(`ceu:${partner.userKey}:${ceu.renewalDate}:${days}`, partner.userKey, at, ceuReminderText(ceu, days));
      }
    }
    if (partner.supervision && !partner.supervision.inRatio) {
      const text = `Supervision check: you are ${countHours(partner.supervision.shortfallMinutes, "supervision")} behind the ratio your credential asks for. Book time with your supervisor, then log it with /hours.`;
      for (const at of supervisionDays) add(`supervision:${partner.userKey}`, partner.userKey, at, text);
    }
  }
  const logDays = occurrences(weekly(5, 15, zone, "weekly log nudge"), from, to);
  for (const userKey of input.weeklyOptIns) {
    for (const at of logDays) add(`log-hours:${userKey}`, userKey, at, "Weekly nudge: log this week's work, supervision and CEU hours with /hours. (Turn this off with /reminders weekly off.)");
  }
  return posts;
}

function personal(text: string): Reply {
  return { kind: "message", text, ephemeral: true };
}
