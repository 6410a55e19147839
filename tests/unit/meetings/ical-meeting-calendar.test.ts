import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";
import { createIcalMeetingCalendar } from "../../../src/calendar/ical-meeting-calendar.js";
import type { Meeting } from "../../../src/core/meetings/meeting.js";
import { parseSchedule } from "../../../src/core/reminders/parse-schedule.js";

const calendar = createIcalMeetingCalendar({ durationMinutes: 90, prodId: "-//Porchlight//Meetings//EN" });
const NOW = new Date("2026-12-01T12:00:00Z");
const savedTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = savedTz;
});

function meeting(schedule: string, extra: Partial<Meeting> = {}): Meeting {
  return {
    id: 4,
    channelKeys: ["slack:C1"],
    schedule: parseSchedule(schedule, "America/New_York"),
    title: "Quarterly family partner meeting",
    place: "https://zoom.us/j/123",
    createdBy: "slack:UADMIN",
    createdAt: new Date("2026-11-20T12:00:00Z"),
    cancelledOccurrences: [],
    ...extra,
  };
}

/** The VEVENTs alone (a VTIMEZONE has RRULEs of its own). */
const events = (ics: string) => ics.slice(ics.indexOf("BEGIN:VEVENT"));

/** Parsed by ical.js, an independent parser: every occurrence until `until`, as local wall time and zone. */
function expand(ics: string, until: string): { local: string; zone: string; utc: string }[] {
  const root = new ICAL.Component(ICAL.parse(ics));
  for (const vtimezone of root.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(vtimezone);
  const found: { local: string; zone: string; utc: string }[] = [];
  for (const vevent of root.getAllSubcomponents("vevent")) {
    const iterator = new ICAL.Event(vevent).iterator();
    for (let next = iterator.next(); next && next.toJSDate() < new Date(until); next = iterator.next()) {
      found.push({ local: next.toString(), zone: next.zone?.tzid ?? "", utc: next.toJSDate().toISOString() });
    }
  }
  return found;
}

describe(".ics files for meetings (RFC 5545), checked with ical.js", async () => {
  it("GIVEN a quarterly 2nd-Tuesday meeting in America/New_York THEN it expands to exactly the four 2027 dates at 10:00 local", async () => {
    // The process's own zone must not matter: ical-generator reads plain Dates in it.
    process.env.TZ = "Asia/Tokyo";
    const ics = await calendar.ics(meeting("quarterly on the 2nd Tuesday of January, April, July and October at 10:00"), NOW);

    expect(expand(ics, "2028-01-01T00:00:00Z")).toEqual([
      { local: "2027-01-12T10:00:00", zone: "America/New_York", utc: "2027-01-12T15:00:00.000Z" },
      { local: "2027-04-13T10:00:00", zone: "America/New_York", utc: "2027-04-13T14:00:00.000Z" },
      { local: "2027-07-13T10:00:00", zone: "America/New_York", utc: "2027-07-13T14:00:00.000Z" },
      { local: "2027-10-12T10:00:00", zone: "America/New_York", utc: "2027-10-12T14:00:00.000Z" },
    ]);
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!;
    expect(vevent.getFirstPropertyValue("uid")).toBe(`meeting-4-${new Date("2026-11-20T12:00:00Z").getTime()}@porchlight`);
    expect(vevent.getFirstPropertyValue("summary")).toBe("Quarterly family partner meeting");
    expect(vevent.getFirstPropertyValue("location")).toBe("https://zoom.us/j/123");
    expect(vevent.getFirstProperty("dtstart")!.getParameter("tzid")).toBe("America/New_York");
    expect(String(vevent.getFirstPropertyValue("rrule"))).toBe("FREQ=MONTHLY;BYDAY=TU;BYMONTH=1,4,7,10;BYSETPOS=2");
    expect(ics).toMatch(/BEGIN:VTIMEZONE\r\nTZID:America\/New_York\r\n/);
    expect(ics).toMatch(/DTSTAMP:\d{8}T\d{6}Z\r\n/);
    expect(ics).toContain("DTEND;TZID=America/New_York:20270112T113000");
  });

  it("GIVEN an occurrence called off THEN the series leaves it out (EXDATE)", async () => {
    const ics = await calendar.ics(meeting("quarterly on the 2nd Tuesday at 10:00", { cancelledOccurrences: [new Date("2027-07-13T14:00:00Z")] }), NOW);

    expect(expand(ics, "2028-01-01T00:00:00Z").map((o) => o.local)).toEqual(["2027-01-12T10:00:00", "2027-04-13T10:00:00", "2027-10-12T10:00:00"]);
  });

  it("GIVEN weekly, last-weekday and monthly-day meetings THEN ical.js expands the same dates as the schedule", async () => {
    expect(expand(await calendar.ics(meeting("every Monday and Thursday at 9:00"), NOW), "2026-12-09T00:00:00Z").map((o) => o.local)).toEqual([
      "2026-12-03T09:00:00",
      "2026-12-07T09:00:00",
    ]);
    expect(expand(await calendar.ics(meeting("monthly on the last Friday at 12:00 in America/Denver"), NOW), "2027-03-01T00:00:00Z")).toEqual([
      { local: "2026-12-25T12:00:00", zone: "America/Denver", utc: "2026-12-25T19:00:00.000Z" },
      { local: "2027-01-29T12:00:00", zone: "America/Denver", utc: "2027-01-29T19:00:00.000Z" },
      { local: "2027-02-26T12:00:00", zone: "America/Denver", utc: "2027-02-26T19:00:00.000Z" },
    ]);
    expect(expand(await calendar.ics(meeting("monthly on the 31st at 9:00"), NOW), "2027-06-01T00:00:00Z").map((o) => o.local.slice(0, 10))).toEqual([
      "2026-12-31",
      "2027-01-31",
      "2027-03-31",
      "2027-05-31",
    ]);
  });

  it("GIVEN a one-off or a cron meeting THEN they are single events, with no RRULE", async () => {
    const once = await calendar.ics(meeting("on 2027-01-12 at 10:00"), NOW);
    expect(events(once)).not.toContain("RRULE");
    expect(expand(once, "2030-01-01T00:00:00Z")).toEqual([{ local: "2027-01-12T10:00:00", zone: "America/New_York", utc: "2027-01-12T15:00:00.000Z" }]);

    const cron = await calendar.ics(meeting('cron "0 9 1,15 * *"'), NOW);
    expect(events(cron)).not.toContain("RRULE");
    expect(expand(cron, "2027-02-01T00:00:00Z").map((o) => o.local)).toEqual(["2026-12-01T09:00:00", "2026-12-15T09:00:00", "2027-01-01T09:00:00", "2027-01-15T09:00:00"]);
  });
});
