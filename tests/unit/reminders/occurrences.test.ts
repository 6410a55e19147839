import { describe, expect, it } from "vitest";
import { occurrences } from "../../../src/core/reminders/occurrences.js";
import { parseSchedule } from "../../../src/core/reminders/parse-schedule.js";
import { utcToLocal } from "../../../src/core/reminders/zone-offset.js";

const YEAR_2027 = [new Date("2027-01-01T00:00:00Z"), new Date("2028-01-01T12:00:00Z")] as const;
const iso = (dates: Date[]) => dates.map((d) => d.toISOString());

describe("occurrences", () => {
  for (const zone of ["America/New_York", "America/Denver"]) {
    it(`GIVEN every Monday at 9:00 in ${zone} over 2027 THEN 52 posts, every one at 9:00 local, across both DST changes`, () => {
      const schedule = parseSchedule(`every Monday at 9:00 in ${zone}`, "UTC");
      const all = occurrences(schedule, ...YEAR_2027).filter((d) => d.getUTCFullYear() === 2027);
      expect(all).toHaveLength(52);
      for (const d of all) expect(utcToLocal(d.getTime(), zone)).toMatchObject({ hour: 9, minute: 0 });
      const offsets = new Set(all.map((d) => d.getUTCHours() - 9));
      expect(offsets.size).toBe(2); // the UTC hour moves with daylight saving; the local hour does not
      // The Mondays around the changes (March 14, November 7 2027 are Sundays).
      const around = iso(all.filter((d) => ["2027-03-08", "2027-03-15", "2027-11-01", "2027-11-08"].includes(d.toISOString().slice(0, 10))));
      const std = zone === "America/New_York" ? 14 : 16;
      expect(around).toEqual([
        `2027-03-08T${std}:00:00.000Z`,
        `2027-03-15T${std - 1}:00:00.000Z`,
        `2027-11-01T${std - 1}:00:00.000Z`,
        `2027-11-08T${std}:00:00.000Z`,
      ]);
    });
  }

  it("GIVEN the quarterly 2nd Tuesday schedule in New York THEN exactly the four 2027 meeting days at 10:00 local", () => {
    const schedule = parseSchedule("quarterly on the 2nd Tuesday of January, April, July and October at 10:00 in America/New_York", "UTC");
    expect(iso(occurrences(schedule, ...YEAR_2027))).toEqual([
      "2027-01-12T15:00:00.000Z",
      "2027-04-13T14:00:00.000Z",
      "2027-07-13T14:00:00.000Z",
      "2027-10-12T14:00:00.000Z",
    ]);
  });

  it("GIVEN a daily 2:30 reminder THEN on the spring-forward day it fires at 3:00, and on the fall-back day once", () => {
    const schedule = parseSchedule("every day at 2:30 in America/New_York", "UTC");
    expect(iso(occurrences(schedule, new Date("2027-03-13T00:00:00Z"), new Date("2027-03-16T00:00:00Z")))).toEqual([
      "2027-03-13T07:30:00.000Z",
      "2027-03-14T07:00:00.000Z",
      "2027-03-15T06:30:00.000Z",
    ]);
    const fallBack = parseSchedule("every day at 1:30 in America/Denver", "UTC");
    expect(iso(occurrences(fallBack, new Date("2027-11-06T00:00:00Z"), new Date("2027-11-09T00:00:00Z")))).toEqual([
      "2027-11-06T07:30:00.000Z",
      "2027-11-07T07:30:00.000Z",
      "2027-11-08T08:30:00.000Z",
    ]);
  });

  it("GIVEN monthly on the 31st THEN months without a 31st are skipped", () => {
    const schedule = parseSchedule("monthly on the 31st at 9:00 in America/Denver", "UTC");
    const months = occurrences(schedule, ...YEAR_2027).map((d) => utcToLocal(d.getTime(), "America/Denver").month);
    expect(months).toEqual([1, 3, 5, 7, 8, 10, 12]);
  });

  it("GIVEN the last Friday of every month THEN twelve posts, each in the month's final seven days", () => {
    const schedule = parseSchedule("monthly on the last Friday at 12:00 in America/New_York", "UTC");
    const days = occurrences(schedule, ...YEAR_2027).map((d) => utcToLocal(d.getTime(), "America/New_York"));
    expect(days.map((d) => `${d.month}-${d.day}`)).toEqual(["1-29", "2-26", "3-26", "4-30", "5-28", "6-25", "7-30", "8-27", "9-24", "10-29", "11-26", "12-31"]);
  });

  it("GIVEN a cron with both day fields restricted THEN it fires when EITHER matches (standard cron)", () => {
    const schedule = parseSchedule('cron "0 9 13 * 5" in America/New_York', "UTC");
    const days = occurrences(schedule, new Date("2027-08-01T00:00:00Z"), new Date("2027-09-01T00:00:00Z")).map(
      (d) => utcToLocal(d.getTime(), "America/New_York").day,
    );
    expect(days).toEqual([6, 13, 20, 27]); // Fridays, and the 13th (itself a Friday in August 2027)
    const september = occurrences(schedule, new Date("2027-09-01T00:00:00Z"), new Date("2027-10-01T00:00:00Z")).map(
      (d) => utcToLocal(d.getTime(), "America/New_York").day,
    );
    expect(september).toEqual([3, 10, 13, 17, 24]);
  });

  it("GIVEN a cron with only day-of-week restricted THEN day-of-month does not widen it", () => {
    const schedule = parseSchedule('cron "30 8 * * mon-fri" in America/Denver', "UTC");
    expect(occurrences(schedule, ...YEAR_2027).filter((d) => d.getUTCFullYear() === 2027)).toHaveLength(261);
  });

  it("GIVEN a one-off date THEN exactly one occurrence, and none outside the window", () => {
    const schedule = parseSchedule("on 2027-01-12 at 10:00", "America/New_York");
    expect(iso(occurrences(schedule, ...YEAR_2027))).toEqual(["2027-01-12T15:00:00.000Z"]);
    expect(occurrences(schedule, new Date("2027-01-12T15:00:01Z"), new Date("2029-01-01T00:00:00Z"))).toEqual([]);
  });

  it("GIVEN a window boundary THEN from is included and to is excluded", () => {
    const schedule = parseSchedule("every day at 9:00 in UTC", "UTC");
    expect(iso(occurrences(schedule, new Date("2027-05-01T09:00:00Z"), new Date("2027-05-02T09:00:00Z")))).toEqual(["2027-05-01T09:00:00.000Z"]);
  });
});
