import { afterEach, describe, expect, it } from "vitest";
import { storeImplementations, type Stores } from "./store-implementations.js";

const AT = new Date("2026-11-24T17:00:00Z");

describe.each(storeImplementations)("WelcomedUsers contract on $name", (implementation) => {
  let stores: Stores & { close(): Promise<void> };
  afterEach(async () => stores?.close());

  it("GIVEN a person never welcomed THEN the first claim wins and every later one is refused", async () => {
    const { welcomed } = (stores = await implementation.open());
    expect(await welcomed.hasBeenWelcomed("slack:U1")).toBe(false);
    expect(await welcomed.claimWelcome("slack:U1", AT)).toBe(true);
    expect(await welcomed.claimWelcome("slack:U1", AT)).toBe(false);
    expect(await welcomed.hasBeenWelcomed("slack:U1")).toBe(true);
    expect(await welcomed.hasBeenWelcomed("discord:U1")).toBe(false);
  });

  it("GIVEN twenty claims for one person at once (replicas racing) THEN exactly one wins", async () => {
    const { welcomed } = (stores = await implementation.open());
    const claims = await Promise.all(Array.from({ length: 20 }, () => welcomed.claimWelcome("slack:URACE", AT)));
    expect(claims.filter(Boolean)).toHaveLength(1);
  });
});
