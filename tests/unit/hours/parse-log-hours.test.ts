import { describe, expect, it } from "vitest";
import { parseLogHours } from "../../../src/core/hours/parse-log-hours.js";
import { UserError } from "../../../src/core/commands/user-error.js";

const TODAY = "2026-11-24";

function errorCode(text: string, platform: "console" | "slack" | "discord" = "console"): string {
  try {
    parseLogHours(text, platform, TODAY);
  } catch (err) {
    if (err instanceof UserError) return err.code;
    throw err;
  }
  return "none";
}

describe("parseLogHours", () => {
  it("GIVEN hours and a kind THEN the date defaults to today", () => {
    expect(parseLogHours("1.5 work", "console", TODAY)).toEqual({ minutes: 90, kind: "work", date: TODAY });
  });

  it("GIVEN a date and a note THEN both are kept", () => {
    expect(parseLogHours("2h work yesterday home visit with the Ruiz family", "console", TODAY)).toEqual({
      minutes: 120,
      kind: "work",
      date: "2026-11-23",
      note: "home visit with the Ruiz family",
    });
  });

  it("GIVEN a training THEN the rest is the course name", () => {
    expect(parseLogHours("8 training Motivational Interviewing", "console", TODAY)).toMatchObject({
      minutes: 480,
      kind: "training",
      note: "Motivational Interviewing",
    });
  });

  it("GIVEN the kind first and a detached unit THEN it still reads", () => {
    expect(parseLogHours("work 1h 30m 11/20", "console", TODAY)).toMatchObject({ minutes: 90, kind: "work", date: "2026-11-20" });
    expect(parseLogHours("2 hours ceu", "console", TODAY)).toMatchObject({ minutes: 120, kind: "ceu" });
  });

  it("GIVEN supervision with a console name THEN the supervisor key is on the console", () => {
    expect(parseLogHours("1 supervision group with @sam 11/20", "console", TODAY)).toEqual({
      minutes: 60,
      kind: "supervision",
      date: "2026-11-20",
      supervisorKey: "console:sam",
      supervisionFormat: "group",
    });
  });

  it("GIVEN Slack and Discord mentions THEN the supervisor key carries the id", () => {
    expect(parseLogHours("1 supervision with <@U024BE7LH|sam lee>", "slack", TODAY).supervisorKey).toBe("slack:U024BE7LH");
    expect(parseLogHours("1 supervision <@!80351110224678912>", "discord", TODAY).supervisorKey).toBe("discord:80351110224678912");
    expect(parseLogHours("1 supervision", "console", TODAY).supervisionFormat).toBe("individual");
  });

  it.each([
    ["", "hours.missing-arguments"],
    ["work", "hours.missing-duration"],
    ["2", "hours.missing-kind"],
    ["2 naps", "hours.unknown-kind"],
    ["0 work", "hours.zero-duration"],
    ["-1 work", "hours.negative-duration"],
    ["25 work", "hours.over-24-hours"],
    ["2x work", "hours.invalid-duration"],
    ["2 work 2026-12-01", "hours.future-date"],
    ["2 work 2026-13-01", "hours.invalid-date"],
    ["8 training", "hours.missing-course"],
  ])("GIVEN '%s' THEN the error is %s", (text, code) => {
    expect(errorCode(text)).toBe(code);
  });

  it("GIVEN a plain @name on Slack THEN it asks for a real mention", () => {
    expect(errorCode("1 supervision with @sam", "slack")).toBe("hours.invalid-mention");
  });
});
