import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadCommandSpecs } from "../../src/command-files/load-command-specs.js";
import { createDiscordAdapter, type DiscordAdapter } from "../../src/adapters/discord/discord-adapter.js";
import { createRequestPipeline } from "../../src/adapters/request-pipeline.js";
import { createRoutingMessenger } from "../../src/adapters/routing-messenger.js";
import { createCommandDispatcher } from "../../src/core/commands/command-dispatcher.js";
import type { HoursServices } from "../../src/core/hours/hours-services.js";
import type { KnowledgeBase } from "../../src/core/knowledge/knowledge-base.js";
import { createOptionSuggester } from "../../src/core/suggestions/create-option-suggester.js";
import { loadKnowledgeBase } from "../../src/search/load-knowledge-base.js";
import { FakeDiscordApi } from "./fakes/fake-discord-api.js";
import { slashInteraction } from "./support/discord-payloads.js";
import { createRecordingLogger } from "./support/recording-logger.js";

const USER = "600000000000000001";
let knowledge: KnowledgeBase;
let api: FakeDiscordApi;
let discord: DiscordAdapter;
let logger: ReturnType<typeof createRecordingLogger>;

beforeAll(() => {
  knowledge = loadKnowledgeBase();
});

beforeEach(async () => {
  api = await new FakeDiscordApi().start();
  logger = createRecordingLogger();
  const entries = { list: async () => [{ id: 7, userKey: `discord:${USER}`, kind: "work", minutes: 120, date: "2026-11-20", loggedAt: "" }] };
  const hours = { entries, timeZone: "America/Denver" } as unknown as HoursServices;
  discord = createDiscordAdapter({ token: "t", apiUrl: api.apiUrl }, loadCommandSpecs(), {
    pipeline: createRequestPipeline({ dispatcher: createCommandDispatcher([], logger), messenger: createRoutingMessenger({}), logger, isAdmin: () => false, now: () => new Date() }),
    logger,
    suggester: createOptionSuggester(() => knowledge, () => hours),
  });
  await discord.start();
});

afterEach(async () => {
  await discord?.stop();
  await api?.close();
});

function autocomplete(id: string, command: string, option: string, typed: string) {
  const base = slashInteraction(id, USER, command, {});
  return { ...base, type: 4, data: { ...base.data, options: [{ name: option, type: 3, value: typed, focused: true }] } };
}

describe("Discord autocomplete, real discord.js against the fake (which refuses a first answer after 3 s, as Discord does)", () => {
  it("GIVEN /ask being typed THEN entry titles containing the words come back as choices, accepted within the limit", async () => {
    api.gateway.dispatch("INTERACTION_CREATE", autocomplete("710000000000000001", "ask", "question", "medication"));
    const answer = await api.requests.next("/api/v10/interactions/710000000000000001/token-710000000000000001/callback");
    expect(answer.body.type).toBe(8);
    const choices = (answer.body.data as { choices: { name: string; value: string }[] }).choices;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.every((c) => c.name.toLowerCase().includes("medication") && c.value.length <= 100)).toBe(true);
    expect(logger.lines.join("\n")).not.toContain("autocomplete.failed");
  });

  it("GIVEN /hours edit being typed THEN the partner's own recent entries, as edit <id>", async () => {
    api.gateway.dispatch("INTERACTION_CREATE", autocomplete("710000000000000002", "hours", "action", "ed"));
    const answer = await api.requests.next("/api/v10/interactions/710000000000000002/token-710000000000000002/callback");
    expect((answer.body.data as { choices: unknown[] }).choices).toEqual([{ name: "edit #7 2026-11-20 2h Work", value: "edit 7" }]);
  });
});
