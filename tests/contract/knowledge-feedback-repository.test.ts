import { afterEach, describe, expect, it } from "vitest";
import { storeImplementations, type Stores } from "./store-implementations.js";

describe.each(storeImplementations)("KnowledgeFeedbackRepository contract on $name", (implementation) => {
  let stores: Stores;
  afterEach(async () => stores?.close());

  it("GIVEN answers, one redelivered, THEN counts per day and verdict from the given day on, the redelivery once", async () => {
    const { feedback } = (stores = await implementation.open());
    await feedback.recordAnswer({ on: "2026-11-16", verdict: "allowed", entryId: "a" });
    await feedback.recordAnswer({ on: "2026-11-17", verdict: "unknown", deliveryKey: "slack:t1" });
    await feedback.recordAnswer({ on: "2026-11-17", verdict: "unknown", deliveryKey: "slack:t1" });
    await feedback.recordAnswer({ on: "2026-11-17", verdict: "unknown" });
    await feedback.recordAnswer({ on: "2026-11-17", verdict: "allowed", entryId: "a" });
    expect(await feedback.answersByDay("2026-11-17")).toEqual([
      { on: "2026-11-17", verdict: "allowed", count: 1 },
      { on: "2026-11-17", verdict: "unknown", count: 2 },
    ]);
  });

  it("GIVEN votes THEN one per voter per entry, new/same/changed, counted per entry", async () => {
    const { feedback } = (stores = await implementation.open());
    const vote = { voterKey: "slack:U1", entryId: "a", verdict: "allowed" as const, helpful: true, on: "2026-11-17" };
    expect(await feedback.saveVote(vote)).toBe("new");
    expect(await feedback.saveVote(vote)).toBe("same");
    expect(await feedback.saveVote({ ...vote, helpful: false })).toBe("changed");
    await feedback.saveVote({ ...vote, voterKey: "slack:U2" });
    await feedback.saveVote({ ...vote, entryId: "b", on: "2026-11-01" });
    expect(await feedback.votesByEntry("2026-11-10")).toEqual([{ entryId: "a", helpful: 1, notHelpful: 1 }]);
  });

  it("GIVEN questions passed on, one redelivered, THEN counted per day once", async () => {
    const { feedback } = (stores = await implementation.open());
    await feedback.recordPassedOn("2026-11-17", "slack:t1");
    await feedback.recordPassedOn("2026-11-17", "slack:t1");
    await feedback.recordPassedOn("2026-11-18");
    expect(await feedback.passedOnByDay("2026-11-01")).toEqual([
      { on: "2026-11-17", count: 1 },
      { on: "2026-11-18", count: 1 },
    ]);
  });
});
