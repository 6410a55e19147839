import { afterEach, describe, expect, it } from "vitest";
import { actorOf, type Actor } from "../../../src/core/commands/actor.js";
import type { MessageReply } from "../../../src/core/reply.js";
import { recordingMessenger, settableClock, tempDatabase } from "../reminders/reminder-test-kit.js";
import { ADMIN_KEYS, meetingKit } from "./meeting-kit.js";
import { inPlatformSyntax } from "../../support/platform-syntax.js";

const ADD = "/meeting add #network quarterly on the 2nd Tuesday of January, April, July and October at 10:00 Quarterly family partner meeting at https://zoom.us/j/123";
let database: ReturnType<typeof tempDatabase>;
afterEach(() => database?.cleanup());

function setup(startIso = "2027-01-04T15:00:00Z") {
  database = tempDatabase();
  const clock = settableClock(startIso);
  const messenger = recordingMessenger();
  const kit = meetingKit(database.open(), messenger, clock.now);
  const say = (actor: Actor, line: string, deliveryId?: string) =>
    inPlatformSyntax(actor.platform, line, (read) => kit.dispatcher.dispatchLine(read, { actor, isAdmin: ADMIN_KEYS.includes(actor.key), now: clock.now(), ...(deliveryId ? { deliveryId } : {}) }));
  return { ...kit, clock, messenger, say };
}

const admin = actorOf("slack", "UADMIN");
const maria = actorOf("slack", "UMARIA");
const sam = actorOf("discord", "600000000000000042");

describe("/meeting over real SQLite and the reminder runner", () => {
  it("GIVEN an admin adds a quarterly meeting THEN the next one is posted to Slack and Discord with Going/Maybe/Can't buttons, once", async () => {
    const { say, runner, messenger } = setup();

    const added = await say(admin, ADD, "trig-add");
    const again = await say(admin, ADD, "trig-add");
    await runner.runDue();
    await runner.runDue();

    expect(added.reply.text).toMatch(/^Added meeting #1: Quarterly family partner meeting, quarterly on the 2nd Tuesday of January, April, July and October at 10:00 in America\/New_York\./);
    expect(added.reply.text).toContain("• Tue 12 Jan 2027 10:00 EST");
    expect(again.reply.text).toMatch(/^Already added meeting #1/);
    expect(messenger.delivered.map((d) => d.to)).toEqual([
      { kind: "channel", channelKey: "discord:300000000000000002" },
      { kind: "channel", channelKey: "slack:C024BE7LR" },
    ]);
    const post = messenger.delivered[0]!.reply as MessageReply;
    expect(post.title).toBe("Meeting #1: Quarterly family partner meeting");
    expect(post.text).toBe("Meeting #1: Quarterly family partner meeting\nWhen: Tue 12 Jan 2027 10:00 EST\nWhere: https://zoom.us/j/123\nAnswers: Going 0 · Maybe 0 · Can't 0");
    expect(post.actions?.map((a) => [a.label, a.command])).toEqual([
      ["Going", "/meeting rsvp 1 going 2027-01-12"],
      ["Maybe", "/meeting rsvp 1 maybe 2027-01-12"],
      ["Can't", "/meeting rsvp 1 no 2027-01-12"],
      ["Add to calendar (.ics)", "/meeting ics 1"],
    ]);
  });

  it("GIVEN a meeting stored while a pass was planning (its time already passed over) THEN the next pass posts it, once", async () => {
    const { say, runner, messenger, clock } = setup("2027-01-04T15:00:00Z");
    await say(admin, ADD);
    clock.set("2027-01-04T15:00:30Z");
    await runner.runDue();
    expect(messenger.delivered).toHaveLength(2);
    // The race: a pass reads the meetings at 15:01:00, and a /meeting add stamped 15:00:59 commits just after it.
    clock.set("2027-01-04T15:01:00Z");
    await runner.runDue();
    clock.set("2027-01-04T15:00:59Z");
    await say(admin, ADD.replace("Quarterly family partner meeting", "Board meeting"));
    clock.set("2027-01-04T15:02:00Z");
    await runner.runDue();
    clock.set("2027-01-04T15:03:00Z");
    await runner.runDue();

    expect(messenger.delivered.map((d) => (d.reply as MessageReply).title)).toEqual([
      "Meeting #1: Quarterly family partner meeting",
      "Meeting #1: Quarterly family partner meeting",
      "Meeting #2: Board meeting",
      "Meeting #2: Board meeting",
    ]);
  });

  it("GIVEN presses THEN one answer per person per occurrence, changeable; a redelivered press stores once and cannot undo a newer one", async () => {
    const { say, rsvps } = setup();
    await say(admin, ADD);

    const going = await say(maria, "/meeting rsvp 1 going 2027-01-12", "press-1");
    await say(maria, "/meeting rsvp 1 no 2027-01-12", "press-2");
    const redelivered = await say(maria, "/meeting rsvp 1 going 2027-01-12", "press-1");
    await say(sam, "/meeting rsvp 1 maybe", "press-3");
    await say(sam, "/meeting rsvp 1 yes 2027-04-13", "press-4");

    expect(going.reply.ephemeral).toBe(true);
    expect(going.reply.text).toMatch(/^You're going to Quarterly family partner meeting, Tue 12 Jan 2027 10:00 EST\. You'll get a reminder before it\. Answers so far: Going 1 · Maybe 0 · Can't 0\./);
    expect(redelivered.reply.text).toMatch(/^Already recorded\. You can't make Quarterly family partner meeting/);
    expect((redelivered.updatePost as MessageReply).text).toContain("Answers: Going 0 · Maybe 0 · Can't 1");
    const january = await rsvps.answers(1, new Date("2027-01-12T15:00:00Z"));
    expect(january.map((r) => [r.userKey, r.answer]).sort()).toEqual([
      ["discord:600000000000000042", "maybe"],
      ["slack:UMARIA", "no"],
    ]);
    expect((await rsvps.answers(1, new Date("2027-04-13T14:00:00Z"))).map((r) => r.answer)).toEqual(["going"]);
  });

  it("GIVEN answers THEN the day-before and hour-before direct messages go to going and maybe once each, also across a restart", async () => {
    const { say, runner, messenger, clock } = setup();
    await say(admin, ADD);
    await runner.runDue();
    await say(maria, "/meeting rsvp 1 going");
    await say(sam, "/meeting rsvp 1 maybe");
    await say(actorOf("slack", "UNOPE"), "/meeting rsvp 1 no");
    const dms = () => messenger.delivered.filter((d) => d.to.kind === "user").map((d) => [d.to.kind === "user" && d.to.userKey, d.reply.text.slice(0, 60)]);

    clock.set("2027-01-11T15:00:00Z");
    await runner.runDue();
    expect(dms()).toEqual([
      ["discord:600000000000000042", "Reminder: Quarterly family partner meeting is tomorrow, Tue "],
      ["slack:UMARIA", "Reminder: Quarterly family partner meeting is tomorrow, Tue "],
    ]);

    expect(messenger.delivered.at(-1)!.reply.text).toBe(
      "Reminder: Quarterly family partner meeting is tomorrow, Tue 12 Jan 2027 10:00 EST at https://zoom.us/j/123. You said you are going; change it with /meeting rsvp 1 going|maybe|no.",
    );

    // A restart: a new connection, a new runner, nothing in memory; the ledger already holds the day-before DMs.
    const restarted = meetingKit(database.open(), messenger, clock.now);
    clock.set("2027-01-11T15:01:00Z");
    await restarted.runner.runDue();
    expect(dms()).toHaveLength(2);

    clock.set("2027-01-12T14:00:30Z");
    await restarted.runner.runDue();
    expect(dms().slice(2)).toEqual([
      ["discord:600000000000000042", "Reminder: Quarterly family partner meeting is in 1 hour, Tue"],
      ["slack:UMARIA", "Reminder: Quarterly family partner meeting is in 1 hour, Tue"],
    ]);
  });

  it("GIVEN a cancelled date THEN the channels and those coming are told, it gets no reminder, and its buttons refuse", async () => {
    const { say, runner, messenger, clock } = setup();
    await say(admin, ADD);
    await say(maria, "/meeting rsvp 1 going 2027-01-12");

    const cancelled = await say(admin, "/meeting cancel 1 2027-01-12");
    clock.set("2027-01-11T15:00:00Z");
    await runner.runDue();
    const late = await say(maria, "/meeting rsvp 1 going 2027-01-12");
    const list = await say(admin, "/meeting list");

    expect(cancelled.reply.text).toContain("Cancelled: Quarterly family partner meeting on Tue 12 Jan 2027 10:00 EST. Other dates are unchanged.");
    expect(cancelled.deliveries?.map((d) => d.to)).toEqual([
      { kind: "channel", channelKey: "slack:C024BE7LR" },
      { kind: "channel", channelKey: "discord:300000000000000002" },
      { kind: "user", userKey: "slack:UMARIA" },
    ]);
    expect(messenger.delivered.filter((d) => d.to.kind === "user")).toEqual([]);
    expect(late.reply).toMatchObject({ kind: "error", code: "meetings.no-occurrence" });
    expect(late.reply.text).toContain("(that one was cancelled). Next: 2027-04-13, 2027-07-13, 2027-10-12.");
    expect(list.reply.text).toContain("Next: Tue 13 Apr 2027 10:00 EDT: Going 0 · Maybe 0 · Can't 0");
  });

  it("GIVEN the coordinator lists THEN they see who answered; a partner sees counts and their own answer only", async () => {
    const { say } = setup();
    await say(admin, ADD);
    await say(maria, "/meeting rsvp 1 going");
    await say(sam, "/meeting rsvp 1 no");

    const coordinator = await say(admin, "/meeting list");
    const partner = await say(maria, "/meeting list");

    expect(coordinator.reply.text).toContain("Going: <@UMARIA>");
    expect(coordinator.reply.text).toContain("Can't: Discord user 600000000000000042");
    expect(partner.reply.text).toContain("Next: Tue 12 Jan 2027 10:00 EST: Going 1 · Maybe 0 · Can't 1");
    expect(partner.reply.text).toContain("You said: Going");
    expect(partner.reply.text).not.toContain("UMARIA");
  });

  it("GIVEN wrong input THEN each error says how to do it right and nothing is stored", async () => {
    const { say, meetings } = setup();

    expect((await say(maria, ADD)).reply).toMatchObject({ code: "meetings.admin-only" });
    expect((await say(admin, "/meeting add #network every Monday Weekly call")).reply.text).toContain("/meeting add #network");
    expect((await say(admin, "/meeting add #board every Monday at 9:00 Call")).reply).toMatchObject({ code: "channels.unknown-name" });
    expect(await meetings.list()).toEqual([]);
    await say(admin, ADD);
    expect((await say(maria, "/meeting rsvp 1 perhaps")).reply).toMatchObject({ code: "meetings.bad-answer" });
    expect((await say(maria, "/meeting rsvp 9 going")).reply).toMatchObject({ code: "meetings.unknown" });
    expect((await say(maria, "/meeting rsvp 1 going 2027-01-13")).reply.text).toBe("Meeting #1 does not meet on 2027-01-13. Next: 2027-01-12, 2027-04-13, 2027-07-13.");
    expect((await say(maria, "/meeting rsvp 1 going 12/01/2027")).reply).toMatchObject({ code: "meetings.bad-date" });
  });

  it("GIVEN /meeting ics THEN a text/calendar file for the series comes back to the asker alone", async () => {
    const { say } = setup();
    await say(admin, ADD);

    const file = await say(maria, "/meeting ics 1");

    expect(file.reply).toMatchObject({ kind: "file", ephemeral: true, fileName: "meeting-1.ics", mimeType: "text/calendar" });
    expect(file.reply.kind === "file" && file.reply.content).toContain("RRULE:FREQ=MONTHLY;BYDAY=TU;BYMONTH=1,4,7,10;BYSETPOS=2");
  });
});
