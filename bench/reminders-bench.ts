import { channelReminderPosts } from "../src/core/reminders/channel-reminder-posts.js";
import type { ChannelReminder } from "../src/core/reminders/channel-reminder.js";
import { parseSchedule } from "../src/core/reminders/parse-schedule.js";
import type { PartnerStatus } from "../src/core/reminders/partner-status.js";
import { personalReminderPosts } from "../src/core/reminders/personal-reminder-posts.js";

const TARGET_MS = 1_000;
const ZONES = ["America/New_York", "America/Denver", "America/Los_Angeles", "America/Chicago", "America/Phoenix"];
const SCHEDULES = [
  "every Monday at 9:00",
  "every weekday at 8:30",
  "monthly on the 1st at 9:00",
  "quarterly on the 2nd Tuesday of January, April, July and October at 10:00",
  'cron "0 9,17 * * 1-5"',
  "monthly on the last Friday at 12:00",
  "every day at 2:30",
  'cron "*/15 9-11 1,15 * 2"',
  "on 2027-06-01 at 10:00",
  "every Monday, Wednesday and Friday at 2:30pm",
];

function channelReminders(): ChannelReminder[] {
  return Array.from({ length: 50 }, (_, i) => ({
    id: i + 1,
    channelKey: `slack:C${i}`,
    schedule: parseSchedule(`${SCHEDULES[i % SCHEDULES.length]} in ${ZONES[i % ZONES.length]}`, "UTC"),
    message: "Network reminder",
    createdBy: "slack:UADMIN",
    createdAt: new Date("2026-01-01T00:00:00Z"),
  }));
}

function partners(): PartnerStatus[] {
  return Array.from({ length: 1_000 }, (_, i) => ({
    userKey: `slack:U${i}`,
    ceu: {
      renewalDate: new Date(Date.UTC(2027, 0, 1 + (i % 365))).toISOString().slice(0, 10),
      doneMinutes: (i * 37) % 1200,
      requiredMinutes: 1200,
      ethicsDoneMinutes: i % 120,
      ethicsRequiredMinutes: 120,
    },
    supervision: { inRatio: i % 3 !== 0, shortfallMinutes: 60 },
  }));
}

/** A year of every post for 1,000 partners and 50 channel reminders, as the scheduler and preview compute it. */
export async function runRemindersBench(): Promise<string[]> {
  const from = new Date("2027-01-01T00:00:00Z");
  const to = new Date("2028-01-01T00:00:00Z");
  const reminders = channelReminders();
  const people = partners();
  const weeklyOptIns = people.filter((_, i) => i % 2 === 0).map((p) => p.userKey);
  const year = () =>
    channelReminderPosts(reminders, from, to).reduce((n, stream) => n + [...stream].length, 0) +
    personalReminderPosts({ partners: people, weeklyOptIns, zone: "America/New_York", from, to }).length;

  const coldStart = performance.now();
  const posts = year();
  const coldMs = performance.now() - coldStart;
  const warm: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    year();
    warm.push(performance.now() - start);
  }
  const median = warm.sort((a, b) => a - b)[2]!;
  const verdict = (ms: number) => (ms < TARGET_MS ? "ok" : "OVER TARGET");
  return [
    `reminders: a year of occurrences for 1,000 partners + 50 channel reminders = ${posts.toLocaleString("en-US")} posts`,
    `reminders:   first run (cold zone caches) ${coldMs.toFixed(0)} ms (target < ${TARGET_MS} ms: ${verdict(coldMs)})`,
    `reminders:   warm median of 5           ${median.toFixed(0)} ms (target < ${TARGET_MS} ms: ${verdict(median)})`,
  ];
}
