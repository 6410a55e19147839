import { describe, expect, it } from "vitest";
import type { Meeting, MeetingRepository, Rsvp, RsvpRepository } from "../../../src/core/meetings/meeting.js";
import { meetingPosts } from "../../../src/core/meetings/meeting-posts.js";
import { parseSchedule } from "../../../src/core/reminders/parse-schedule.js";

const DAY = 86_400_000;

function meeting(schedule: string, extra: Partial<Meeting> = {}): Meeting {
  return {
    id: 1,
    channelKeys: ["slack:C1"],
    schedule: parseSchedule(schedule, "America/New_York"),
    title: "Check-in",
    createdBy: "slack:UADMIN",
    createdAt: new Date("2027-01-04T15:00:00Z"),
    cancelledOccurrences: [],
    ...extra,
  };
}

function deps(m: Meeting, answers: Rsvp[] = []) {
  const meetings = { list: async () => [m] } as unknown as MeetingRepository;
  const rsvps = { answers: async () => answers } as unknown as RsvpRepository;
  return { meetings, rsvps, postLeadMs: 7 * DAY, reminderLeadsMs: [DAY, 3_600_000] };
}

const postTimes = async (m: Meeting, from: string, to: string) =>
  (await meetingPosts(deps(m), new Date(from), new Date(to), { personal: false })).map((p) => [p.scheduledAt.toISOString(), p.reminderKey.split(":post:")[0]]);

describe("when meeting posts go out", () => {
  it("GIVEN a quarterly meeting THEN the next one is posted at creation and each later one 7 days ahead", async () => {
    expect(await postTimes(meeting("quarterly on the 2nd Tuesday at 10:00"), "2027-01-01T00:00:00Z", "2028-01-01T00:00:00Z")).toEqual([
      ["2027-01-04T15:00:00.000Z", "meeting:1@2027-01-12T15:00:00.000Z"],
      ["2027-04-06T14:00:00.000Z", "meeting:1@2027-04-13T14:00:00.000Z"],
      ["2027-07-06T14:00:00.000Z", "meeting:1@2027-07-13T14:00:00.000Z"],
      ["2027-10-05T14:00:00.000Z", "meeting:1@2027-10-12T14:00:00.000Z"],
    ]);
  });

  it("GIVEN a meeting added just before the window (while a pass was planning) THEN its first post is still planned", async () => {
    expect(await postTimes(meeting("quarterly on the 2nd Tuesday at 10:00"), "2027-01-04T15:01:00Z", "2027-01-04T15:02:00Z")).toEqual([
      ["2027-01-04T15:00:00.000Z", "meeting:1@2027-01-12T15:00:00.000Z"],
    ]);
    expect(await postTimes(meeting("quarterly on the 2nd Tuesday at 10:00"), "2027-01-04T16:00:00Z", "2027-01-04T16:01:00Z")).toEqual([]);
  });

  it("GIVEN a daily meeting THEN each is posted when the one before starts, never before it", async () => {
    expect(await postTimes(meeting("every day at 9:00"), "2027-01-05T00:00:00Z", "2027-01-07T00:00:00Z")).toEqual([
      ["2027-01-05T14:00:00.000Z", "meeting:1@2027-01-06T14:00:00.000Z"],
      ["2027-01-06T14:00:00.000Z", "meeting:1@2027-01-07T14:00:00.000Z"],
    ]);
  });

  it("GIVEN a cancelled date THEN it is not posted and the next one waits for its own lead", async () => {
    const m = meeting("quarterly on the 2nd Tuesday at 10:00", { cancelledOccurrences: [new Date("2027-04-13T14:00:00Z")] });
    expect((await postTimes(m, "2027-02-01T00:00:00Z", "2027-08-01T00:00:00Z")).map((p) => p[0])).toEqual(["2027-07-06T14:00:00.000Z"]);
  });

  it("GIVEN answers THEN reminders go to going and maybe only, only when personal posts are asked for", async () => {
    const answers: Rsvp[] = ["going", "maybe", "no"].map((answer, i) => ({ userKey: `slack:U${i}`, answer: answer as Rsvp["answer"], answeredAt: new Date(0) }));
    const window = [new Date("2027-01-11T14:00:00Z"), new Date("2027-01-12T15:00:00Z")] as const;
    const personal = await meetingPosts(deps(meeting("on 2027-01-12 at 10:00"), answers), ...window, { personal: true });
    const channelOnly = await meetingPosts(deps(meeting("on 2027-01-12 at 10:00"), answers), ...window, { personal: false });

    expect(personal.map((p) => [p.scheduledAt.toISOString(), p.delivery.to])).toEqual([
      ["2027-01-11T15:00:00.000Z", { kind: "user", userKey: "slack:U0" }],
      ["2027-01-11T15:00:00.000Z", { kind: "user", userKey: "slack:U1" }],
      ["2027-01-12T14:00:00.000Z", { kind: "user", userKey: "slack:U0" }],
      ["2027-01-12T14:00:00.000Z", { kind: "user", userKey: "slack:U1" }],
    ]);
    expect(channelOnly).toEqual([]);
  });
});
