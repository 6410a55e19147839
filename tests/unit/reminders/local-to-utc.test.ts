import { describe, expect, it } from "vitest";
import { localToUtc } from "../../../src/core/reminders/local-to-utc.js";
import { utcToLocal } from "../../../src/core/reminders/zone-offset.js";

const at = (zone: string, y: number, mo: number, d: number, h: number, mi: number) =>
  localToUtc({ year: y, month: mo, day: d, hour: h, minute: mi }, zone).toISOString();

describe("localToUtc", () => {
  it("GIVEN an ordinary winter and summer time THEN it applies standard and daylight offsets", () => {
    expect(at("America/New_York", 2027, 1, 12, 10, 0)).toBe("2027-01-12T15:00:00.000Z");
    expect(at("America/New_York", 2027, 7, 13, 10, 0)).toBe("2027-07-13T14:00:00.000Z");
    expect(at("America/Denver", 2027, 1, 12, 9, 0)).toBe("2027-01-12T16:00:00.000Z");
    expect(at("America/Denver", 2027, 7, 13, 9, 0)).toBe("2027-07-13T15:00:00.000Z");
  });

  it("GIVEN a time inside the spring-forward gap THEN it is the first minute after the gap (3:00 daylight)", () => {
    // 2027-03-14: clocks jump from 2:00 to 3:00 local.
    expect(at("America/New_York", 2027, 3, 14, 2, 30)).toBe("2027-03-14T07:00:00.000Z");
    expect(at("America/New_York", 2027, 3, 14, 2, 0)).toBe("2027-03-14T07:00:00.000Z");
    expect(at("America/Denver", 2027, 3, 14, 2, 59)).toBe("2027-03-14T09:00:00.000Z");
    expect(at("America/New_York", 2027, 3, 14, 1, 59)).toBe("2027-03-14T06:59:00.000Z");
    expect(at("America/New_York", 2027, 3, 14, 3, 0)).toBe("2027-03-14T07:00:00.000Z");
  });

  it("GIVEN a time that happens twice when clocks fall back THEN it is the first (daylight) instance", () => {
    // 2027-11-07: 1:00-1:59 happens twice.
    expect(at("America/New_York", 2027, 11, 7, 1, 30)).toBe("2027-11-07T05:30:00.000Z");
    expect(at("America/Denver", 2027, 11, 7, 1, 0)).toBe("2027-11-07T07:00:00.000Z");
    expect(at("America/New_York", 2027, 11, 7, 2, 0)).toBe("2027-11-07T07:00:00.000Z");
  });

  it("GIVEN a zone with a half-hour offset and one without DST THEN round trips hold", () => {
    for (const zone of ["Asia/Kolkata", "America/Phoenix", "Australia/Lord_Howe", "UTC"]) {
      const instant = localToUtc({ year: 2027, month: 6, day: 1, hour: 9, minute: 15 }, zone);
      expect(utcToLocal(instant.getTime(), zone)).toEqual({ year: 2027, month: 6, day: 1, hour: 9, minute: 15 });
    }
  });
});
