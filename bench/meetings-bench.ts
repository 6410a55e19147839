import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RSVP_ANSWERS } from "../src/core/meetings/meeting.js";
import { meetingOccurrences } from "../src/core/meetings/meeting-occurrences.js";
import { meetingPosts } from "../src/core/meetings/meeting-posts.js";
import { parseSchedule } from "../src/core/reminders/parse-schedule.js";
import { openSqliteStores } from "../src/storage/open-sqlite-stores.js";

// The scheduler plans every minute: one tick's planning must stay far below the minute it serves.
const TICK_TARGET_MS = 100;
const SCHEDULES = [
  "quarterly on the 2nd Tuesday of January, April, July and October at 10:00",
  "every Monday at 12:00",
  "every day at 8:30",
  "monthly on the last Friday at 12:00",
  'cron "0 9,17 * * 1-5"',
];

/** 50 meetings (daily ones included) with 200 answers on each next occurrence, on a real SQLite file: one tick's plan, and a year's. */
export async function runMeetingsBench(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "porchlight-meetings-bench-"));
  const stores = openSqliteStores(join(dir, "bench.db"), { synchronous: "NORMAL" });
  try {
    const createdAt = new Date("2026-06-01T00:00:00Z");
    for (let i = 0; i < 50; i++) {
      const { meeting } = await stores.meetings.add({ channelKeys: [`slack:C${i}`, `discord:${i}`], schedule: parseSchedule(SCHEDULES[i % SCHEDULES.length]!, "America/New_York"), title: `Meeting ${i}`, createdBy: "slack:UADMIN", createdAt });
      const [next] = meetingOccurrences(meeting, new Date("2027-01-04T00:00:00Z"), new Date("2028-01-01T00:00:00Z"));
      for (let u = 0; u < 200; u++) await stores.rsvps.answer({ meetingId: meeting.id, occurrence: next!, userKey: `slack:U${u}`, answer: RSVP_ANSWERS[u % 3]!, at: createdAt });
    }
    const deps = { meetings: stores.meetings, rsvps: stores.rsvps, postLeadMs: 7 * 86_400_000, reminderLeadsMs: [86_400_000, 3_600_000] };
    const tick = async (at: Date) => (await meetingPosts(deps, at, new Date(at.getTime() + 60_000), { personal: true })).length;
    const ticks: number[] = [];
    for (let minute = 0; minute < 60; minute++) {
      const start = performance.now();
      await tick(new Date(Date.UTC(2027, 0, 4, 13, minute)));
      ticks.push(performance.now() - start);
    }
    const median = ticks.sort((a, b) => a - b)[30]!;
    const yearStart = performance.now();
    const yearPosts = (await meetingPosts(deps, new Date("2027-01-01T00:00:00Z"), new Date("2028-01-01T00:00:00Z"), { personal: true })).length;
    const yearMs = performance.now() - yearStart;
    return [
      `meetings: 50 meetings on a SQLite file, 200 answers on each next occurrence`,
      `meetings:   one minute's plan (what each tick computes), median of 60 ${median.toFixed(1)} ms (target < ${TICK_TARGET_MS} ms: ${median < TICK_TARGET_MS ? "ok" : "OVER TARGET"})`,
      `meetings:   a year's posts and reminders (preview) = ${yearPosts.toLocaleString("en-US")} in ${yearMs.toFixed(0)} ms`,
    ];
  } finally {
    stores.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
