import { afterEach, describe, expect, it } from "vitest";
import { parseSchedule } from "../../src/core/reminders/parse-schedule.js";
import { storeImplementations, type Stores } from "./store-implementations.js";

const AT = new Date("2027-03-01T15:00:00Z");
const FIRST = new Date("2027-04-13T23:00:00Z");
const schedule = parseSchedule("every Tuesday at 17:00 in America/Denver", "America/New_York");

describe.each(storeImplementations)("MeetingRepository, RsvpRepository and AnnouncementRepository contract on $name", (implementation) => {
  let stores: Stores & { close(): Promise<void> };
  afterEach(async () => stores?.close());

  it("GIVEN a meeting added twice by one delivery, an occurrence and then the meeting called off THEN each is recorded once", async () => {
    const { meetings } = (stores = await implementation.open());
    const add = { channelKeys: ["slack:C1", "discord:2"], schedule, title: "Network call", place: "Zoom", createdBy: "slack:UADMIN", createdAt: AT, deliveryId: "slack:m1" };
    const first = await meetings.add(add);
    const again = await meetings.add(add);
    expect([first.created, again.created]).toEqual([true, false]);
    expect(again.meeting).toEqual(first.meeting);
    expect(first.meeting).toMatchObject({ channelKeys: ["slack:C1", "discord:2"], title: "Network call", place: "Zoom", createdAt: AT, cancelledOccurrences: [] });
    expect(await meetings.cancelOccurrence(first.meeting.id, FIRST, AT)).toBe(true);
    expect(await meetings.cancelOccurrence(first.meeting.id, FIRST, AT)).toBe(false);
    expect((await meetings.get(first.meeting.id))?.cancelledOccurrences).toEqual([FIRST]);
    expect(await meetings.cancel(first.meeting.id, AT)).toBe(true);
    expect(await meetings.cancel(first.meeting.id, AT)).toBe(false);
    expect([await meetings.get(first.meeting.id), await meetings.list()]).toEqual([undefined, []]);
  });

  it("GIVEN answers changed and one press redelivered THEN the latest answer stands and the late copy changes nothing", async () => {
    const { meetings, rsvps } = (stores = await implementation.open());
    const { meeting } = await meetings.add({ channelKeys: ["slack:C1"], schedule, title: "Network call", createdBy: "slack:UADMIN", createdAt: AT });
    const answer = (userKey: string, a: "going" | "maybe" | "no", minute: number, deliveryId?: string) =>
      rsvps.answer({ meetingId: meeting.id, occurrence: FIRST, userKey, answer: a, at: new Date(AT.getTime() + minute * 60_000), ...(deliveryId ? { deliveryId } : {}) });
    expect(await answer("slack:U1", "going", 1, "slack:p1")).toEqual({ stored: true });
    await answer("slack:U2", "maybe", 2);
    await answer("slack:U1", "no", 3, "slack:p2");
    expect(await answer("slack:U1", "going", 4, "slack:p1")).toEqual({ stored: false });
    expect((await rsvps.answers(meeting.id, FIRST)).map((r) => [r.userKey, r.answer])).toEqual([["slack:U2", "maybe"], ["slack:U1", "no"]]);
  });

  it("GIVEN an announcement redelivered THEN it is recorded once", async () => {
    const { announcements } = (stores = await implementation.open());
    const a = { channelKeys: ["slack:C1"], createdBy: "slack:UADMIN", createdAt: AT, deliveryId: "slack:a1" };
    const [first, again] = [await announcements.record(a), await announcements.record(a)];
    expect([first.created, again.created, again.announcement]).toEqual([true, false, first.announcement]);
  });
});
