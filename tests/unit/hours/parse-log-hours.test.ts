import { describe, expect, it } from "vitest";
import { parseLogHours } from "../../../src/core/hours/parse-log-hours.js";
import { SYNTAX } from "../../support/platform-syntax.js";
import { UserError } from "../../../src/core/commands/user-error.js";

const TODAY = "2026-11-24";
/** As the core gets it: the platform's adapter has read its mentions into references. */
const parse = (text: string, platform: string) => parseLogHours(SYNTAX[platform]!.read(text), TODAY);

function errorCode(text: string, platform: "console" | "slack" | "discord" = "console"): string {
  try {
    parse(text, platform);
  } catch (err) {
    if (err instanceof UserError) return err.code;
    throw err;
  }
  return "none";
}

describe("parseLogHours", () => {
  it("GIVEN hours and a kind THEN the date defaults to today", () => {
    expect(parse("1.5 work", "console")).toEqual({ minutes: 90, kind: "work", date: TODAY });
  });

  it("GIVEN a date and a note THEN both are kept", () => {
    expect(parse("2h work yesterday home visit with the Ruiz family", "console")).toEqual({
      minutes: 120,
      kind: "work",
      date: "2026-11-23",
      note: "home visit with the Ruiz family",
    });
  });

  it("GIVEN a training THEN the rest is the course name", () => {
    expect(parse("8 training Motivational Interviewing", "console")).toMatchObject({
      minutes: 480,
      kind: "training",
      note: "Motivational Interviewing",
    });
  });

  it("GIVEN the kind first and a detached unit THEN it still reads", () => {
    expect(parse("work 1h 30m 11/20", "console")).toMatchObject({ minutes: 90, kind: "work", date: "2026-11-20" });
    expect(parse("2 hours ceu", "console")).toMatchObject({ minutes: 120, kind: "ceu" });
  });

  it("GIVEN supervision with a console name THEN the supervisor key is on the console", () => {
    expect(parse("1 supervision group with @sam 11/20", "console")).toEqual({
      minutes: 60,
      kind: "supervision",
      date: "2026-11-20",
      supervisorKey: "console:sam",
      supervisionFormat: "group",
    });
  });

  it("GIVEN Slack and Discord mentions THEN the supervisor key carries the id", () => {
    expect(parse("1 supervision with <@U024BE7LH|sam lee>", "slack").supervisorKey).toBe("slack:U024BE7LH");
    expect(parse("1 supervision <@!80351110224678912>", "discord").supervisorKey).toBe("discord:80351110224678912");
    expect(parse("1 supervision", "console").supervisionFormat).toBe("individual");
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
