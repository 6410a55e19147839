import { describe, expect, it } from "vitest";
import { planDue } from "../../../src/core/reminders/plan-due.js";
import type { PlannedPost } from "../../../src/core/reminders/planned-post.js";
import { occurrenceId } from "../../../src/core/reminders/reminder-ledger.js";

const HOUR = 3_600_000;
const post = (key: string, iso: string): PlannedPost => ({
  reminderKey: key,
  scheduledAt: new Date(iso),
  zone: "UTC",
  delivery: { to: { kind: "channel", channelKey: "console:#network" }, reply: { kind: "message", text: key, ephemeral: false } },
});

describe("planDue", () => {
  const now = new Date("2027-01-12T15:00:30Z");
  const posts = [
    post("future", "2027-01-12T15:01:00Z"),
    post("on-time", "2027-01-12T15:00:00Z"),
    post("late", "2027-01-12T10:00:00Z"),
    post("edge", "2027-01-12T09:00:30Z"),
    post("too-old", "2027-01-12T09:00:29Z"),
    post("done", "2027-01-12T14:00:00Z"),
  ];
  const decided = new Set([occurrenceId("done", new Date("2027-01-12T14:00:00Z"))]);

  it("GIVEN a 6 h grace THEN on-time and late posts go out oldest first, older ones are skipped, decided ones left alone", () => {
    const plan = planDue(posts, decided, now, 6 * HOUR);
    expect(plan.post.map((p) => [p.post.reminderKey, p.late])).toEqual([
      ["edge", true],
      ["late", true],
      ["on-time", false],
    ]);
    expect(plan.skip.map((p) => p.reminderKey)).toEqual(["too-old"]);
  });

  it("GIVEN a zero grace THEN only the on-time slack is posted", () => {
    const plan = planDue(posts, decided, now, 0);
    expect(plan.post.map((p) => p.post.reminderKey)).toEqual(["on-time"]);
    expect(plan.skip.map((p) => p.reminderKey)).toEqual(["too-old", "edge", "late"]);
  });
});
