import { describe, expect, it } from "vitest";
import { parseDuration } from "../../../src/core/hours/parse-duration.js";
import { UserError } from "../../../src/core/commands/user-error.js";

function codeOf(text: string): string {
  try {
    parseDuration(text);
  } catch (err) {
    return (err as UserError).code;
  }
  return "none";
}

describe("parseDuration", () => {
  it.each([
    ["1.5", 90],
    ["2", 120],
    ["2h", 120],
    ["2hours", 120],
    ["90m", 90],
    ["90min", 90],
    ["1h30m", 90],
    ["1.5h", 90],
    ["1:30", 90],
    [".25", 15],
    ["0.33", 20],
    ["24h", 1440],
  ])("GIVEN %s THEN %i minutes", (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes);
  });

  it.each([
    ["0", "hours.zero-duration"],
    ["0h0m", "hours.zero-duration"],
    ["-2", "hours.negative-duration"],
    ["25", "hours.over-24-hours"],
    ["24h1m", "hours.over-24-hours"],
    ["two", "hours.invalid-duration"],
    ["1.5.2", "hours.invalid-duration"],
    ["5x", "hours.invalid-duration"],
  ])("GIVEN %s THEN the error is %s", (text, code) => {
    expect(codeOf(text)).toBe(code);
  });

  it("GIVEN an unreadable duration THEN the message carries a correct example", () => {
    expect(() => parseDuration("lots")).toThrow(/e\.g\. \/log-hours 1\.5 work/);
  });
});
