import { describe, expect, it } from "vitest";
import { UserError } from "../../../src/core/commands/user-error.js";
import { parseSchedule } from "../../../src/core/reminders/parse-schedule.js";
import { SCHEDULE_EXAMPLES } from "../../../src/core/reminders/schedule-examples.js";

const failure = (text: string) => {
  try {
    parseSchedule(text, "America/New_York");
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return err as UserError;
  }
  throw new Error(`expected "${text}" to be refused`);
};

describe("parseSchedule", () => {
  it("GIVEN every example the help shows THEN each parses", () => {
    for (const example of SCHEDULE_EXAMPLES) expect(() => parseSchedule(example, "America/New_York")).not.toThrow();
  });

  it("GIVEN no zone THEN the network zone is used and made explicit in the stored wording", () => {
    const schedule = parseSchedule("every Monday at 9:00", "America/Denver");
    expect(schedule).toMatchObject({ kind: "weekly", weekdays: [1], time: { hour: 9, minute: 0 }, zone: "America/Denver" });
    expect(schedule.source).toBe("every Monday at 9:00 in America/Denver");
  });

  it("GIVEN the quarterly wording THEN 2nd Tuesday of the four quarter months", () => {
    expect(parseSchedule("quarterly on the 2nd Tuesday of January, April, July and October at 10:00", "UTC")).toMatchObject({
      kind: "monthly-weekday",
      nth: 2,
      weekday: 2,
      months: [1, 4, 7, 10],
      time: { hour: 10, minute: 0 },
    });
    expect(parseSchedule("quarterly on the second tue at 10am", "UTC")).toMatchObject({ nth: 2, weekday: 2, months: [1, 4, 7, 10] });
  });

  it("GIVEN other wordings people use THEN they mean what they say", () => {
    expect(parseSchedule("monthly on the 1st at 9:00", "UTC")).toMatchObject({ kind: "monthly-day", day: 1, months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] });
    expect(parseSchedule("every Monday, Wednesday and Friday at 2:30pm", "UTC")).toMatchObject({ weekdays: [1, 3, 5], time: { hour: 14, minute: 30 } });
    expect(parseSchedule("every weekday at 8", "UTC")).toMatchObject({ weekdays: [1, 2, 3, 4, 5], time: { hour: 8, minute: 0 } });
    expect(parseSchedule("on 2027-01-12 at 10:00 in America/Denver", "UTC")).toMatchObject({ kind: "once", date: { year: 2027, month: 1, day: 12 }, zone: "America/Denver" });
    expect(parseSchedule('cron "0 9 * * 1" in UTC', "America/Denver")).toMatchObject({ kind: "cron", expression: "0 9 * * 1", zone: "UTC" });
  });

  it("GIVEN wrong schedules THEN specific errors with a working example", () => {
    expect(failure("every Monday").message).toMatch(/needs a time.*"every Monday at 9:00"/);
    expect(failure("every Moonday at 9:00").message).toMatch(/"moonday" is not a weekday/);
    expect(failure("every Monday at 25:00").message).toMatch(/"25:00" is not a time/);
    expect(failure("on 2027-02-30 at 9:00").message).toMatch(/YYYY-MM-DD/);
    expect(failure("monthly on the 6th Tuesday at 9:00").message).toMatch(/1st to 5th/);
    expect(failure("every Monday at 9:00 in Mars/Olympus").code).toBe("reminders.bad-zone");
    expect(failure('cron "0 9 * *"').message).toMatch(/exactly five fields.*has 4/);
    expect(failure('cron "61 9 * * *"').message).toMatch(/minute field "61".*0-59/);
    expect(failure('cron "0 0 9 * * 1"').code).toBe("reminders.bad-cron");
  });
});
