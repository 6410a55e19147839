import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildMessageReply } from "../../src/core/commands/build-message-reply.js";
import { FakeDiscordApi } from "./fakes/fake-discord-api.js";
import { slashInteraction } from "./support/discord-payloads.js";
import { seedPartners } from "./support/seed-partners.js";
import { DISCORD_ADMIN, DISCORD_NOW, startDiscordWithServices } from "./support/start-discord-services.js";

let api: FakeDiscordApi;
let discord: Awaited<ReturnType<typeof startDiscordWithServices>>;

beforeEach(async () => {
  api = await new FakeDiscordApi().start();
  discord = await startDiscordWithServices(api);
});
afterEach(async () => {
  await discord?.close();
  await api?.close();
});

const callback = (id: string) => `/api/v10/interactions/${id}/token-${id}/callback`;
const followUps = /^\/api\/v10\/webhooks\/\d+\/token-720000000000000001$/;

describe("Discord long replies, real discord.js against a fake that refuses what Discord refuses (50035 Invalid Form Body)", () => {
  it("GIVEN 120 partners' hours THEN /hours report is accepted as a reply and follow-ups, every partner in them, all ephemeral", async () => {
    const partners = await seedPartners(discord.services, (i) => `discord:6100000000000${String(i).padStart(5, "0")}`, 120, DISCORD_NOW);

    api.gateway.dispatch("INTERACTION_CREATE", slashInteraction("720000000000000001", DISCORD_ADMIN, "hours", { action: "report" }));
    const reply = await api.requests.next(callback("720000000000000001"));
    // 120 report lines are about 14,000 characters: three messages of at most 6,000.
    const rest = [await api.requests.next(followUps, 1), await api.requests.next(followUps, 2)];

    expect(api.refusals).toEqual([]);
    const messages = [(reply.body as { data: Record<string, unknown> }).data, ...rest.map((r) => r.body)];
    expect(messages.every((m) => m.flags === 64)).toBe(true);
    const shown = JSON.stringify(messages);
    expect(shown).toContain("Hours report: 120 partners");
    for (const key of partners) expect(shown).toContain(key.slice("discord:".length));
  });

  it("GIVEN a channel post needing more than five messages (2000 lines) THEN one post with the whole text as a file, nothing refused", async () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `line ${String(i).padStart(4, "0")} ${"x".repeat(100)}`);
    await discord.adapter.deliver({ to: { kind: "channel", channelKey: "discord:300000000000000002" }, reply: buildMessageReply({ title: "Network digest", sections: [{ title: "All", lines }], ephemeral: false }) });

    const posts = api.requests.to("/api/v10/channels/300000000000000002/messages");
    expect(posts).toHaveLength(1);
    expect(JSON.parse(String(posts[0]!.body.payload_json)).content).toContain("network-digest.txt");
    expect((posts[0]!.body["files[0]"] as { text: string }).text.match(/line \d{4}/g)).toHaveLength(2000);
    expect(api.refusals).toEqual([]);
  });

  it("GIVEN a message past Discord's limits THEN the fake refuses it as Discord does", async () => {
    const refused = await fetch(`${api.apiUrl}/v10/channels/300000000000000002/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ embeds: [{ description: "x".repeat(4000) }, { description: "y".repeat(2500) }] }),
    });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ code: 50035, message: "Invalid Form Body", errors: { embeds: { _errors: [{ code: "MAX_EMBED_SIZE_EXCEEDED" }] } } });
  });
});
