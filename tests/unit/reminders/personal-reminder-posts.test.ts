import { describe, expect, it } from "vitest";
import { personalReminderPosts } from "../../../src/core/reminders/personal-reminder-posts.js";
import { utcToLocal } from "../../../src/core/reminders/zone-offset.js";
import type { PartnerStatus } from "../../../src/core/reminders/partner-status.js";

const dana: PartnerStatus = {
  userKey: "slack:U1",
  ceu: { renewalDate: "2027-06-30", doneMinutes: 720, requiredMinutes: 1200, ethicsDoneMinutes: 60, ethicsRequiredMinutes: 120 },
  supervision: { inRatio: false, shortfallMinutes: 90 },
};
const lee: PartnerStatus = { userKey: "discord:2", supervision: { inRatio: true, shortfallMinutes: 0 } };

describe("personalReminderPosts", () => {
  const posts = personalReminderPosts({
    partners: [dana, lee],
    weeklyOptIns: ["discord:2"],
    zone: "America/New_York",
    from: new Date("2027-01-01T05:00:00Z"),
    to: new Date("2028-01-01T05:00:00Z"),
  });

  it("GIVEN a renewal date THEN direct messages at 9:00 local 90, 60, 30 and 7 days before, with the deficit", () => {
    const ceu = posts.filter((p) => p.reminderKey.startsWith("ceu:"));
    expect(ceu.map((p) => [p.reminderKey, p.scheduledAt.toISOString()])).toEqual([
      ["ceu:slack:U1:2027-06-30:90", "2027-04-01T13:00:00.000Z"],
      ["ceu:slack:U1:2027-06-30:60", "2027-05-01T13:00:00.000Z"],
      ["ceu:slack:U1:2027-06-30:30", "2027-05-31T13:00:00.000Z"],
      ["ceu:slack:U1:2027-06-30:7", "2027-06-23T13:00:00.000Z"],
    ]);
    expect(ceu[2]!.delivery).toMatchObject({ to: { kind: "user", userKey: "slack:U1" }, reply: { ephemeral: true } });
    expect(ceu[2]!.delivery.reply.text).toContain("12 of 20 CEU hours, 1 of 2 ethics hours, 30 days left");
    expect(ceu[2]!.delivery.reply.text).toContain("Still to go: 8 CEU hours (including 1 ethics hour)");
  });

  it("GIVEN a partner behind on supervision THEN a Monday nudge; one in ratio gets none", () => {
    const nudges = posts.filter((p) => p.reminderKey.startsWith("supervision:"));
    expect(nudges).toHaveLength(52);
    expect(new Set(nudges.map((p) => p.reminderKey))).toEqual(new Set(["supervision:slack:U1"]));
    expect(nudges[0]!.delivery.reply.text).toContain("1.5 supervision hours behind");
  });

  it("GIVEN an opt-in THEN a Friday 15:00 log-your-hours message every week, only for them", () => {
    const weekly = posts.filter((p) => p.reminderKey.startsWith("log-hours:"));
    expect(weekly).toHaveLength(53);
    for (const p of weekly) expect(utcToLocal(p.scheduledAt.getTime(), "America/New_York")).toMatchObject({ hour: 15, minute: 0 });
    expect(weekly.every((p) => p.scheduledAt.getUTCDay() === 5)).toBe(true);
    expect(weekly.every((p) => p.reminderKey === "log-hours:discord:2")).toBe(true);
  });
});
