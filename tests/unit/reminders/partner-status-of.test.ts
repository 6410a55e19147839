import { describe, expect, it } from "vitest";
import type { PartnerProgress } from "../../../src/core/hours/partner-progress.js";
import { partnerStatusOf } from "../../../src/core/reminders/partner-status-of.js";

const base: PartnerProgress = { userKey: "slack:U1", today: "2027-05-31", allTime: {} as PartnerProgress["allTime"], requirements: [] };

describe("partnerStatusOf", () => {
  it("GIVEN CEU progress with a deadline and a ratio shortfall THEN both reach the reminders", () => {
    const status = partnerStatusOf({
      ...base,
      ceu: { doneMinutes: 720, requiredMinutes: 1200, ethicsDoneMinutes: 60, ethicsRequiredMinutes: 120, deadline: "2027-06-30", daysLeft: 30, met: false },
      supervisionRatio: { workHoursPerSupervisionHour: 10, workMinutes: 6000, supervisionMinutes: 510, pendingMinutes: 0, requiredMinutes: 600, shortfallMinutes: 90, inRatio: false },
    });
    expect(status).toEqual({
      userKey: "slack:U1",
      ceu: { renewalDate: "2027-06-30", doneMinutes: 720, requiredMinutes: 1200, ethicsDoneMinutes: 60, ethicsRequiredMinutes: 120 },
      supervision: { inRatio: false, shortfallMinutes: 90 },
    });
  });

  it("GIVEN CEU progress without a certification date THEN no CEU countdown (there is no deadline to count to)", () => {
    const status = partnerStatusOf({ ...base, ceu: { doneMinutes: 0, requiredMinutes: 1200, met: false } });
    expect(status).toEqual({ userKey: "slack:U1" });
  });
});
