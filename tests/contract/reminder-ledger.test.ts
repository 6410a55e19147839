import { afterEach, describe, expect, it } from "vitest";
import { storeImplementations, type Stores } from "./store-implementations.js";

const DUE = new Date("2027-01-04T14:00:00Z");
const LATER = new Date("2027-01-04T14:00:30Z");

describe.each(storeImplementations)("ReminderLedger contract on $name", (implementation) => {
  let stores: Stores & { close(): Promise<void> };
  afterEach(async () => stores?.close());

  it("GIVEN many claims of one occurrence at once THEN exactly one wins, and a skip after it changes nothing", async () => {
    const { ledger } = (stores = await implementation.open());
    const wins = await Promise.all(Array.from({ length: 10 }, () => ledger.claim("channel:1", DUE, LATER, false)));
    expect(wins.filter(Boolean)).toHaveLength(1);
    expect(await ledger.recordSkipped("channel:1", DUE, LATER)).toBe(false);
    expect(await ledger.claim("channel:1", new Date("2027-01-11T14:00:00Z"), LATER, true)).toBe(true);
    expect(await ledger.entries("channel:1")).toMatchObject([
      { reminderKey: "channel:1", scheduledAt: DUE, status: "claimed", late: false, attempts: 0 },
      { scheduledAt: new Date("2027-01-11T14:00:00Z"), status: "claimed", late: true },
    ]);
  });

  it("GIVEN a claim finished THEN its outcome is kept and a second finish does not overwrite it", async () => {
    const { ledger } = (stores = await implementation.open());
    await ledger.claim("channel:1", DUE, LATER, false);
    await ledger.finish("channel:1", DUE, { status: "failed", attempts: 4, errorCode: "not_in_channel", at: LATER });
    await ledger.finish("channel:1", DUE, { status: "posted", attempts: 1, at: LATER });
    expect(await ledger.entries()).toEqual([{ reminderKey: "channel:1", scheduledAt: DUE, status: "failed", late: false, attempts: 4, errorCode: "not_in_channel" }]);
  });

  it("GIVEN decided occurrences THEN decidedSince lists those at or after the instant, and the checkpoint never moves back", async () => {
    const { ledger } = (stores = await implementation.open());
    expect(await ledger.checkpoint()).toBeUndefined();
    await ledger.recordSkipped("channel:1", new Date("2027-01-03T14:00:00Z"), LATER);
    await ledger.claim("ceu:slack:U1:2027-06-30:30", DUE, LATER, false);
    expect([...(await ledger.decidedSince(DUE))]).toEqual(["ceu:slack:U1:2027-06-30:30@2027-01-04T14:00:00.000Z"]);
    await ledger.advanceCheckpoint(LATER);
    await ledger.advanceCheckpoint(DUE);
    expect(await ledger.checkpoint()).toEqual(LATER);
  });

  it("GIVEN open claims THEN another replica takes over only old scheduler claims not its own, each exactly once", async () => {
    const { ledger } = (stores = await implementation.open());
    await ledger.claim("channel:1", DUE, new Date("2027-01-04T14:00:01Z"), false, "scheduler:dead");
    await ledger.claim("channel:2", DUE, new Date("2027-01-04T14:20:00Z"), false, "scheduler:dead");
    await ledger.claim("channel:3", DUE, new Date("2027-01-04T14:00:01Z"), false, "scheduler:alive");
    await ledger.claim("announce:1:slack:C1", DUE, new Date("2027-01-04T14:00:01Z"), false);
    const cutOff = new Date("2027-01-04T14:15:00Z");
    const [taken, again] = await Promise.all([ledger.takeOverUnfinished("scheduler:alive", cutOff, LATER), ledger.takeOverUnfinished("scheduler:alive", cutOff, LATER)]);
    expect([...taken, ...again]).toMatchObject([{ reminderKey: "channel:1", status: "claimed", claimedBy: "scheduler:alive" }]);
    const [x, y] = await Promise.all([ledger.takeOverUnfinished("scheduler:a", cutOff, new Date("2027-01-04T14:21:00Z")), ledger.takeOverUnfinished("scheduler:b", cutOff, new Date("2027-01-04T14:21:00Z"))]);
    expect([...x, ...y].map((e) => e.reminderKey).sort()).toEqual(["channel:1", "channel:3"]);
    expect((await ledger.entries()).find((e) => e.reminderKey.startsWith("announce:"))).toMatchObject({ status: "claimed" });
  });
});
