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

// Issue 8, reproductions 6 and 7: rounding let 24.0001h pass, 1h61m was stored as 2h 1m, number forms misread.
describe("parseDuration on hostile values", () => {
  it.each([
    ["24.0001", "hours.over-24-hours"],
    ["24.00000000000000000001", "hours.over-24-hours"],
    ["24.0001h", "hours.over-24-hours"],
    ["99999999999999999999999", "hours.over-24-hours"],
    ["1h61m", "hours.invalid-duration"],
    ["1:60", "hours.invalid-duration"],
    ["1h 75m", "hours.invalid-duration"],
    ["NaN", "hours.invalid-duration"],
    ["Infinity", "hours.invalid-duration"],
    ["-Infinity", "hours.invalid-duration"],
    ["+2", "hours.invalid-duration"],
    ["½", "hours.invalid-duration"],
    ["１.５", "hours.invalid-duration"],
    ["２h", "hours.invalid-duration"],
    ["1e1", "hours.invalid-duration"],
    ["-0", "hours.zero-duration"],
    ["-0.0h", "hours.zero-duration"],
    ["0.001", "hours.zero-duration"],
    ["−2", "hours.negative-duration"],
  ])("GIVEN %s THEN the error is %s", (text, code) => {
    expect(codeOf(text)).toBe(code);
  });

  it("GIVEN minutes over 59 beside hours THEN every form gets the same words; minutes alone may be any number", () => {
    expect(() => parseDuration("1:60")).toThrow(/minutes go up to 59/);
    expect(() => parseDuration("1h61m")).toThrow(/minutes go up to 59/);
    expect(parseDuration("61m")).toBe(61);
    expect(parseDuration("1h59m")).toBe(119);
    expect(parseDuration("24:00")).toBe(1440);
    expect(parseDuration("23.99999")).toBe(1440);
  });

  it("GIVEN an unreadable number form THEN the message repeats what was typed", () => {
    expect(() => parseDuration("½")).toThrow(/can't read "½"/);
  });
});
