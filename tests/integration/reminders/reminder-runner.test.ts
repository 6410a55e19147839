import { afterEach, describe, expect, it } from "vitest";
import { DeliveryError } from "../../../src/core/delivery-error.js";
import { createSqliteReminderLedger } from "../../../src/storage/sqlite-reminder-ledger.js";
import { addChannelReminder, recordingMessenger, runnerOver, settableClock, tempDatabase } from "./reminder-test-kit.js";

const WEEKLY = "every Monday at 9:00 in America/New_York";
let database: ReturnType<typeof tempDatabase>;
afterEach(() => database?.cleanup());

describe("reminder runner over a real SQLite ledger", () => {
  it("GIVEN a reminder due now THEN it posts once, and a restart (new process, same file) does not post it again", async () => {
    database = tempDatabase();
    const db = database.open();
    await addChannelReminder(db, WEEKLY, "Weekly check-in", "2027-01-01T00:00:00Z");
    const clock = settableClock("2027-01-04T13:59:00Z");
    const messenger = recordingMessenger();
    expect((await runnerOver({ db, messenger, now: clock.now }).runDue()).posted).toBe(0);
    clock.set("2027-01-04T14:00:20Z"); // 9:00:20 EST
    expect(await runnerOver({ db, messenger, now: clock.now }).runDue()).toMatchObject({ posted: 1, late: 0 });
    expect(messenger.delivered).toEqual([{ to: { kind: "channel", channelKey: "console:#network" }, reply: { kind: "message", text: "Weekly check-in", ephemeral: false } }]);

    db.close();
    const restarted = database.open();
    clock.set("2027-01-04T14:01:00Z");
    expect(await runnerOver({ db: restarted, messenger, now: clock.now }).runDue()).toMatchObject({ posted: 0, skipped: 0 });
    expect(messenger.delivered).toHaveLength(1);
    expect(await createSqliteReminderLedger(restarted).entries("channel:1")).toMatchObject([{ status: "posted", late: false, attempts: 1 }]);
  });

  it("GIVEN two processes ticking at the same moment THEN the claim lets exactly one post", async () => {
    database = tempDatabase();
    const [a, b] = [database.open(), database.open()];
    await addChannelReminder(a, WEEKLY, "Weekly check-in", "2027-01-01T00:00:00Z");
    const now = settableClock("2027-01-04T14:00:05Z").now;
    const messenger = recordingMessenger();
    const results = await Promise.all([runnerOver({ db: a, messenger, now }).runDue(), runnerOver({ db: b, messenger, now }).runDue(), runnerOver({ db: a, messenger, now }).runDue()]);
    expect(messenger.delivered).toHaveLength(1);
    expect(results.reduce((n, r) => n + r.posted, 0)).toBe(1);
    // The same occurrence scheduled again (an overlapping tick) finds it decided.
    expect(await runnerOver({ db: b, messenger, now }).runDue()).toMatchObject({ posted: 0, lostClaims: 0 });
  });

  it("GIVEN downtime THEN missed posts inside the grace window go out marked late; older ones are skipped, recorded and reported", async () => {
    database = tempDatabase();
    const db = database.open();
    await addChannelReminder(db, "every day at 9:00 in America/New_York", "Daily standup", "2027-01-01T00:00:00Z");
    await addChannelReminder(db, "every day at 12:00 in America/New_York", "Lunch-and-learn", "2027-01-01T00:00:00Z");
    const clock = settableClock("2027-01-04T13:00:00Z");
    const messenger = recordingMessenger();
    await runnerOver({ db, messenger, now: clock.now }).runDue(); // last run before going down, 8:00 EST Monday
    clock.set("2027-01-05T20:30:00Z"); // back Tuesday 15:30 EST: Monday's two, Tuesday 9:00 too old, Tuesday 12:00 inside 6 h
    const summary = await runnerOver({ db, messenger, now: clock.now, admins: ["console:admin", "slack:UADMIN"] }).runDue();
    expect(summary).toMatchObject({ posted: 1, late: 1, skipped: 3 });
    const channelPosts = messenger.delivered.filter((d) => d.to.kind === "channel");
    expect(channelPosts.map((d) => d.reply.text)).toEqual(["Lunch-and-learn\n(Late: this was due Tue 5 Jan 2027 12:00 EST.)"]);
    const reports = messenger.delivered.filter((d) => d.to.kind === "user");
    expect(reports.map((d) => (d.to.kind === "user" ? d.to.userKey : ""))).toEqual(["console:admin", "slack:UADMIN"]);
    expect(reports[0]!.reply.text).toContain("3 reminder post(s) were skipped");
    const ledger = await createSqliteReminderLedger(db).entries();
    expect(ledger.map((e) => [e.reminderKey, e.scheduledAt.toISOString(), e.status, e.late])).toEqual([
      ["channel:1", "2027-01-04T14:00:00.000Z", "skipped", false],
      ["channel:2", "2027-01-04T17:00:00.000Z", "skipped", false],
      ["channel:1", "2027-01-05T14:00:00.000Z", "skipped", false],
      ["channel:2", "2027-01-05T17:00:00.000Z", "posted", true],
    ]);
  });

  it("GIVEN the platform fails twice then accepts THEN it is retried with growing waits and recorded as posted on try 3", async () => {
    database = tempDatabase();
    const db = database.open();
    await addChannelReminder(db, WEEKLY, "Weekly check-in", "2027-01-01T00:00:00Z");
    const messenger = recordingMessenger();
    messenger.failNext(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }), Object.assign(new Error("rate limited"), { code: "slack_webapi_rate_limited_error", retryAfter: 30 }));
    const sleeps: number[] = [];
    const summary = await runnerOver({ db, messenger, now: settableClock("2027-01-04T14:00:00Z").now, sleeps }).runDue();
    expect(summary).toMatchObject({ posted: 1, failed: 0 });
    expect(sleeps).toEqual([1_000, 30_000]); // backoff, then the platform's longer retry-after
    expect(messenger.delivered).toHaveLength(1);
    expect(await createSqliteReminderLedger(db).entries()).toMatchObject([{ status: "posted", attempts: 3 }]);
  });

  it("GIVEN the platform keeps refusing THEN the failure is recorded, admins are told, and no later tick retries it", async () => {
    database = tempDatabase();
    const db = database.open();
    await addChannelReminder(db, WEEKLY, "Weekly check-in", "2027-01-01T00:00:00Z");
    const messenger = recordingMessenger();
    const refusal = Object.assign(new Error("not_in_channel"), { code: "not_in_channel" });
    messenger.failNext(refusal, refusal, refusal, refusal);
    const sleeps: number[] = [];
    const clock = settableClock("2027-01-04T14:00:00Z");
    expect(await runnerOver({ db, messenger, now: clock.now, sleeps }).runDue()).toMatchObject({ posted: 0, failed: 1 });
    expect(sleeps).toEqual([1_000, 4_000, 16_000]);
    expect(messenger.delivered).toHaveLength(1);
    expect(messenger.delivered[0]).toMatchObject({ to: { kind: "user", userKey: "console:admin" }, reply: { ephemeral: true } });
    expect(messenger.delivered[0]!.reply.text).toMatch(/channel:1 to console:#network, due Mon 4 Jan 2027 09:00 EST.*failed after 4 tries \(last error: not_in_channel\)/);
    expect(await createSqliteReminderLedger(db).entries()).toMatchObject([{ status: "failed", attempts: 4, errorCode: "not_in_channel" }]);
    clock.set("2027-01-04T14:01:00Z");
    expect(await runnerOver({ db, messenger, now: clock.now }).runDue()).toMatchObject({ posted: 0, failed: 0 });
  });

  it("GIVEN the adapter says the refusal is permanent THEN no retries; a DeliveryError's retry-after is honoured", async () => {
    database = tempDatabase();
    const db = database.open();
    await addChannelReminder(db, WEEKLY, "Weekly check-in", "2027-01-01T00:00:00Z");
    await addChannelReminder(db, "every Monday at 9:00 in America/New_York", "Second", "2027-01-01T00:00:00Z");
    const messenger = recordingMessenger();
    // In order: channel:1's post, the admin report about it (accepted), channel:2's first try.
    messenger.failNext(new DeliveryError("Slack refused: channel_not_found", "slack:C1", false), undefined, new DeliveryError("Slack rate limit, retry after 12s", "slack:C2", true, 12_000));
    const sleeps: number[] = [];
    await runnerOver({ db, messenger, now: settableClock("2027-01-04T14:00:00Z").now, sleeps }).runDue();
    expect(sleeps).toEqual([12_000]);
    expect(await createSqliteReminderLedger(db).entries()).toMatchObject([
      { reminderKey: "channel:1", status: "failed", attempts: 1, errorCode: "Slack refused: channel_not_found" },
      { reminderKey: "channel:2", status: "posted", attempts: 2 },
    ]);
    expect(messenger.delivered.map((d) => d.reply.text)).toEqual([expect.stringContaining("failed after 1 try (last error: Slack refused: channel_not_found)"), "Second"]);
  });

  it("GIVEN a process died between claim and post THEN after the cut-off the next one posts it late inside the grace window", async () => {
    database = tempDatabase();
    const db = database.open();
    await addChannelReminder(db, WEEKLY, "Weekly check-in", "2027-01-01T00:00:00Z");
    const ledger = createSqliteReminderLedger(db);
    expect(await ledger.claim("channel:1", new Date("2027-01-04T14:00:00Z"), new Date("2027-01-04T14:00:01Z"), false, "scheduler:dead")).toBe(true);
    const messenger = recordingMessenger();
    const clock = settableClock("2027-01-04T14:01:00Z");
    expect(await runnerOver({ db, messenger, now: clock.now }).runDue()).toMatchObject({ posted: 0, retried: 0 });
    expect(messenger.delivered).toEqual([]); // a fresh claim may belong to a live process mid-retry
    clock.set("2027-01-04T14:20:00Z");
    expect(await runnerOver({ db, messenger, now: clock.now }).runDue()).toMatchObject({ posted: 1, late: 1, retried: 1, interrupted: 0 });
    expect(messenger.delivered.map((d) => d.reply.text)).toEqual(["Weekly check-in\n(Late: this was due Mon 4 Jan 2027 09:00 EST.)"]);
    expect(await ledger.entries()).toMatchObject([{ status: "posted", claimedBy: "scheduler:test" }]);
  });

  it("GIVEN an abandoned claim found after the grace window THEN it is closed as interrupted and admins are asked to check", async () => {
    database = tempDatabase();
    const db = database.open();
    await addChannelReminder(db, WEEKLY, "Weekly check-in", "2027-01-01T00:00:00Z");
    const ledger = createSqliteReminderLedger(db);
    await ledger.claim("channel:1", new Date("2027-01-04T14:00:00Z"), new Date("2027-01-04T14:00:01Z"), false, "scheduler:dead");
    const messenger = recordingMessenger();
    expect(await runnerOver({ db, messenger, now: settableClock("2027-01-04T21:00:00Z").now }).runDue()).toMatchObject({ posted: 0, retried: 0, interrupted: 1 });
    expect(messenger.delivered).toHaveLength(1);
    expect(messenger.delivered[0]!.reply.text).toContain("too late to post these (they will not be sent again): channel:1 due 2027-01-04T14:00:00.000Z");
    expect(await ledger.entries()).toMatchObject([{ status: "failed", errorCode: "interrupted" }]);
  });

  it("GIVEN a partner's renewal date THEN the CEU direct message goes out once through the same ledger", async () => {
    database = tempDatabase();
    const db = database.open();
    const partners = {
      partners: async () => [
        { userKey: "slack:U1", ceu: { renewalDate: "2027-06-30", doneMinutes: 720, requiredMinutes: 1200, ethicsDoneMinutes: 60, ethicsRequiredMinutes: 120 } },
      ],
    };
    const messenger = recordingMessenger();
    const clock = settableClock("2027-05-31T13:00:10Z"); // 9:00 EDT, 30 days before
    await runnerOver({ db, messenger, now: clock.now, partners }).runDue();
    clock.set("2027-05-31T13:01:00Z");
    await runnerOver({ db, messenger, now: clock.now, partners }).runDue();
    expect(messenger.delivered).toHaveLength(1);
    expect(messenger.delivered[0]).toMatchObject({ to: { kind: "user", userKey: "slack:U1" }, reply: { ephemeral: true } });
    expect(messenger.delivered[0]!.reply.text).toContain("12 of 20 CEU hours, 1 of 2 ethics hours, 30 days left");
    expect(await createSqliteReminderLedger(db).entries()).toMatchObject([{ reminderKey: "ceu:slack:U1:2027-06-30:30", status: "posted" }]);
  });
});
