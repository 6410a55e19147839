import { describe, expect, it } from "vitest";
import { createRoutingMessenger } from "../../../src/adapters/routing-messenger.js";
import type { Delivery } from "../../../src/core/commands/command-outcome.js";
import { DeliveryError } from "../../../src/core/delivery-error.js";
import type { Messenger } from "../../../src/core/messenger.js";

const reply = { kind: "message" as const, ephemeral: false, text: "hi" };

function recording(): Messenger & { got: Delivery[] } {
  const got: Delivery[] = [];
  return { got, deliver: async (d) => void got.push(d) };
}

describe("createRoutingMessenger", () => {
  it("GIVEN keys of each platform THEN each goes to its own messenger", async () => {
    const slack = recording();
    const discord = recording();
    const console = recording();
    const router = createRoutingMessenger({ slack, discord, console });
    await router.deliver({ to: { kind: "user", userKey: "slack:U1" }, reply });
    await router.deliver({ to: { kind: "channel", channelKey: "discord:123" }, reply });
    await router.deliver({ to: { kind: "channel", channelKey: "console:#network" }, reply });
    expect([slack.got.length, discord.got.length, console.got.length]).toEqual([1, 1, 1]);
    expect(discord.got[0]!.to).toEqual({ kind: "channel", channelKey: "discord:123" });
  });

  it("GIVEN a platform that is not running, an unknown one or no prefix THEN a non-retriable DeliveryError that says the form", async () => {
    const router = createRoutingMessenger({ slack: recording() });
    for (const key of ["discord:123", "teams:abc", "U1", "toString:x"]) {
      const sent = router.deliver({ to: { kind: "user", userKey: key }, reply });
      await expect(sent).rejects.toBeInstanceOf(DeliveryError);
      await expect(sent).rejects.toMatchObject({ retriable: false, target: key, message: expect.stringContaining("running platforms: slack") });
    }
  });

  it("GIVEN the platform's messenger rejects THEN the rejection reaches the caller (so the scheduler can retry)", async () => {
    const failing: Messenger = { deliver: () => Promise.reject(new DeliveryError("Slack rate limit", "slack:C1", true, 5000)) };
    await expect(createRoutingMessenger({ slack: failing }).deliver({ to: { kind: "channel", channelKey: "slack:C1" }, reply })).rejects.toMatchObject({
      retriable: true,
      retryAfterMs: 5000,
    });
  });
});
