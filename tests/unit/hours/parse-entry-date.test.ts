import { describe, expect, it } from "vitest";
import { parseEntryDate } from "../../../src/core/hours/parse-entry-date.js";
import { calendarDateIn } from "../../../src/core/hours/calendar-date.js";

const TODAY = "2026-11-24";

describe("parseEntryDate", () => {
  it.each([
    ["today", "2026-11-24"],
    ["Yesterday", "2026-11-23"],
    ["2026-11-20", "2026-11-20"],
    ["2026-1-5", "2026-01-05"],
    ["11/20", "2026-11-20"],
    ["12/30", "2025-12-30"],
    ["11/24", "2026-11-24"],
    ["3/4/2025", "2025-03-04"],
    ["3/4/25", "2025-03-04"],
  ])("GIVEN %s on %s THEN the date is %s", (word, date) => {
    expect(parseEntryDate(word, TODAY)).toBe(date);
  });

  it("GIVEN a January day THEN a December month/day means last year", () => {
    expect(parseEntryDate("12/31", "2027-01-02")).toBe("2026-12-31");
  });

  it.each([
    ["2026-11-25", /future/],
    ["2027-01-01", /future/],
    ["2026-02-30", /can't read/],
    ["13/01", /can't read/],
    ["someday", /can't read/],
  ])("GIVEN %s THEN it is refused", (word, message) => {
    expect(() => parseEntryDate(word, TODAY)).toThrow(message);
  });

  it("GIVEN 03:30 UTC on the 25th THEN it is still the 24th in Denver", () => {
    expect(calendarDateIn(new Date("2026-11-25T03:30:00Z"), "America/Denver")).toBe("2026-11-24");
    expect(calendarDateIn(new Date("2026-11-25T03:30:00Z"), "Europe/Paris")).toBe("2026-11-25");
  });

  it("GIVEN instants a millisecond either side of Denver's midnight, asked in turn THEN each gets its own date", () => {
    const dates = ["06:59:59.999", "07:00:00.000", "06:59:59.999", "07:00:00.000"].map((t) => calendarDateIn(new Date(`2026-11-25T${t}Z`), "America/Denver"));
    expect(dates).toEqual(["2026-11-24", "2026-11-25", "2026-11-24", "2026-11-25"]);
    expect(calendarDateIn(new Date("2026-11-25T07:00:00.500Z"), "Asia/Kathmandu")).toBe("2026-11-25");
    expect(calendarDateIn(new Date("2026-11-25T07:00:00.500Z"), "America/Denver")).toBe("2026-11-25");
  });
});
