import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadCommandSpecs } from "../../src/command-files/load-command-specs.js";
import { createDiscordAdapter, type DiscordAdapter } from "../../src/adapters/discord/discord-adapter.js";
import { createDiscordMessenger } from "../../src/adapters/discord/discord-messenger.js";
import { createDiscordRest } from "../../src/adapters/discord/create-discord-rest.js";
import { createRequestPipeline } from "../../src/adapters/request-pipeline.js";
import { createRoutingMessenger } from "../../src/adapters/routing-messenger.js";
import { createAskCommand } from "../../src/core/commands/ask-command.js";
import { createCommandDispatcher } from "../../src/core/commands/command-dispatcher.js";
import { DeliveryError } from "../../src/core/delivery-error.js";
import type { KnowledgeBase } from "../../src/core/knowledge/knowledge-base.js";
import type { Messenger } from "../../src/core/messenger.js";
import { loadKnowledgeBase } from "../../src/search/load-knowledge-base.js";
import { FakeDiscordApi } from "./fakes/fake-discord-api.js";
import { buttonInteraction, CHANNEL_ID, slashInteraction } from "./support/discord-payloads.js";
import { createRecordingLogger } from "./support/recording-logger.js";
import { createStoringCommand, exportCommand, type StoredEntry } from "./support/test-commands.js";

const QUESTION = "Can I advise a parent on their child's medication?";
const USER = "600000000000000001";
const SUPERVISOR = "600000000000000009";

let knowledge: KnowledgeBase;
let api: FakeDiscordApi;
let discord: DiscordAdapter;
let messenger: Messenger;
let entries: StoredEntry[];
let logger: ReturnType<typeof createRecordingLogger>;

beforeAll(() => {
  knowledge = loadKnowledgeBase();
});

beforeEach(async () => {
  api = await new FakeDiscordApi().start();
  entries = [];
  logger = createRecordingLogger();
  const settings = { token: "fake-discord-token", apiUrl: api.apiUrl };
  messenger = createRoutingMessenger({ discord: createDiscordMessenger(createDiscordRest(settings)) });
  const supervisorRequest = { to: { kind: "user" as const, userKey: `discord:${SUPERVISOR}` }, reply: { kind: "message" as const, ephemeral: false, text: "Please confirm." } };
  const dispatcher = createCommandDispatcher(
    [createAskCommand({ knowledge, stateOf: async () => "MT", logger, specs: loadCommandSpecs() }), createStoringCommand("log-hours", entries, [supervisorRequest]), exportCommand],
    logger,
  );
  discord = createDiscordAdapter(settings, loadCommandSpecs(), {
    pipeline: createRequestPipeline({ dispatcher, messenger, logger, isAdmin: () => false, now: () => new Date("2026-03-10T15:00:00Z") }),
    logger,
  });
  await discord.start();
});

afterEach(async () => {
  await discord?.stop();
  await api?.close();
});

const callback = (id: string) => `/api/v10/interactions/${id}/token-${id}/callback`;

describe("Discord, real discord.js against a fake gateway and REST API", () => {
  it("GIVEN /ask arrives as INTERACTION_CREATE THEN the callback carries the cited answer as an ephemeral embed", async () => {
    api.gateway.dispatch("INTERACTION_CREATE", slashInteraction("700000000000000001", USER, "ask", { question: QUESTION }));

    const reply = await api.requests.next(callback("700000000000000001"));
    expect(reply.body.type).toBe(4);
    const data = reply.body.data as { flags: number; embeds: { title: string; description: string; fields: { name: string; value: string }[] }[] };
    expect(data.flags).toBe(64);
    expect(data.embeds[0]!.title).toMatch(/Within scope|Outside scope|It depends|Information|Not sure|Get help now/);
    expect(data.embeds[0]!.fields[0]!.name).toBe("Sources");
    expect(logger.lines.join("\n")).not.toContain("IEP");
  });

  it("GIVEN typed /log-hours options THEN the core gets them joined in spec order, and a repeated interaction id stores once", async () => {
    const interaction = slashInteraction("700000000000000002", USER, "log-hours", { note: "home visit", kind: "work", hours: "1.5", date: "yesterday" });
    api.gateway.dispatch("INTERACTION_CREATE", interaction);
    await api.requests.next(callback("700000000000000002"));
    api.gateway.dispatch("INTERACTION_CREATE", interaction);
    const second = await api.requests.next(callback("700000000000000002"), 2);

    expect(entries).toEqual([{ actor: `discord:${USER}`, args: "1.5 work yesterday home visit", deliveryId: "700000000000000002" }]);
    expect((second.body.data as { content: string }).content).toBe("Stored entry 1.");
    // The supervisor's request went out once: DM channel opened, then posted.
    const dm = await api.requests.next(`/api/v10/channels/9${SUPERVISOR}/messages`);
    expect(dm.body.content).toBe("Please confirm.");
    expect(api.requests.to("/api/v10/users/@me/channels").map((r) => r.body.recipient_id)).toEqual([SUPERVISOR]);
  });

  it("GIVEN a button press THEN its command runs as the person who pressed it", async () => {
    api.gateway.dispatch("INTERACTION_CREATE", buttonInteraction("700000000000000003", "600000000000000042", "run:/log-hours 1 supervision"));

    const reply = await api.requests.next(callback("700000000000000003"));
    expect(reply.body.data).toMatchObject({ content: "Stored entry 1.", flags: 64 });
    expect(entries).toEqual([{ actor: "discord:600000000000000042", args: "1 supervision", deliveryId: "700000000000000003" }]);
  });

  it("GIVEN a file reply THEN it is attached to the ephemeral interaction response", async () => {
    api.gateway.dispatch("INTERACTION_CREATE", slashInteraction("700000000000000004", USER, "hours", { action: "export 2026-01-01 2026-06-30" }));

    const reply = await api.requests.next(callback("700000000000000004"));
    const payload = JSON.parse(String(reply.body.payload_json)) as { data: { flags: number; content: string } };
    expect(payload.data.flags).toBe(64);
    expect(reply.body["files[0]"]).toEqual({ fileName: "hours-2026-01-01-2026-06-30.csv", text: "date,kind,hours\n2026-01-05,work,2\n" });
  });

  it("GIVEN a channel post through the Messenger THEN it reaches channels/{id}/messages", async () => {
    await messenger.deliver({ to: { kind: "channel", channelKey: `discord:${CHANNEL_ID}` }, reply: { kind: "message", ephemeral: false, text: "Quarterly meeting on Tuesday." } });

    expect(api.requests.to(`/api/v10/channels/${CHANNEL_ID}/messages`).map((r) => r.body.content)).toEqual(["Quarterly meeting on Tuesday."]);
  });

  it("GIVEN Discord refuses a post (unknown channel) THEN the Messenger rejects with a non-retriable DeliveryError", async () => {
    api.failNext(`/api/v10/channels/${CHANNEL_ID}/messages`, 404, { message: "Unknown Channel", code: 10003 });

    const sent = messenger.deliver({ to: { kind: "channel", channelKey: `discord:${CHANNEL_ID}` }, reply: { kind: "message", ephemeral: false, text: "x" } });
    await expect(sent).rejects.toBeInstanceOf(DeliveryError);
    await expect(sent).rejects.toMatchObject({ retriable: false, target: `discord:${CHANNEL_ID}` });
  });

  it("GIVEN Discord refuses the interaction response (10062 Unknown interaction) THEN the failure is logged with its code and the client keeps serving", async () => {
    api.failNext(callback("700000000000000005"), 404, { message: "Unknown interaction", code: 10062 });
    api.gateway.dispatch("INTERACTION_CREATE", slashInteraction("700000000000000005", USER, "log-hours", { hours: "1", kind: "work" }));

    expect(await logger.next("discord.reply.failed")).toMatchObject({ level: "error", code: 10062, deliveryId: "700000000000000005" });
    api.gateway.dispatch("INTERACTION_CREATE", slashInteraction("700000000000000006", USER, "log-hours", { hours: "2", kind: "work" }));
    expect((await api.requests.next(callback("700000000000000006"))).body.data).toMatchObject({ content: "Stored entry 2." });
  });
});
