import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PLATFORM_REGISTRATIONS } from "../../src/adapters/platform-registrations.js";
import { createChatAdapters, type ChatAdapters } from "../../src/chat-adapters.js";
import { loadCommandSpecs } from "../../src/command-files/load-command-specs.js";
import { parseConfig } from "../../src/config/config.js";
import { createServices, type Services } from "../../src/services/create-services.js";
import { FakeDiscordApi } from "./fakes/fake-discord-api.js";
import { FakeSlackApi } from "./fakes/fake-slack-api.js";
import { signSlackRequest } from "./fakes/sign-slack-request.js";
import { slashInteraction } from "./support/discord-payloads.js";
import { createRecordingLogger } from "./support/recording-logger.js";

// Issue 11: the core wrote Slack's <#id> into reply text and the renderer escaped it, so /reminders list showed
// `&lt;#C024BE7LR&gt;`. The core now holds the channel as a reference and each adapter writes its own link.
const SECRET = "channel-links-signing-secret";
const SLACK_CHANNEL = "C024BE7LR";
const DISCORD_CHANNEL = "300000000000000009";
const DISCORD_ADMIN = "600000000000000077";

let slackApi: FakeSlackApi;
let discordApi: FakeDiscordApi;
let dir: string;
let running: { services: Services; adapters: ChatAdapters } | undefined;

beforeEach(async () => {
  slackApi = await new FakeSlackApi().start();
  discordApi = await new FakeDiscordApi().start();
  dir = mkdtempSync(join(tmpdir(), "porchlight-channel-links-"));
});

afterEach(async () => {
  await running?.adapters.stop();
  running?.services.close();
  running = undefined;
  await slackApi.close();
  await discordApi.close();
  rmSync(dir, { recursive: true, force: true });
});

/** main.ts's wiring with the real Bolt and discord.js adapters; returns the Slack events URL. */
async function startPorchlight(): Promise<string> {
  const config = parseConfig({
    DATABASE_PATH: join(dir, "porchlight.db"),
    ADMINS: `slack:UADMIN,discord:${DISCORD_ADMIN}`,
    SLACK_BOT_TOKEN: "xoxb-test",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slackApi.apiUrl,
    SLACK_PORT: "0",
    SLACK_HOST: "127.0.0.1",
    DISCORD_TOKEN: "fake-discord-token",
    DISCORD_API_URL: discordApi.apiUrl,
  });
  const logger = createRecordingLogger();
  const services = createServices(config, { logger, now: () => new Date("2027-01-04T15:00:00Z") });
  const adapters = await createChatAdapters(config, services, {
    registrations: PLATFORM_REGISTRATIONS,
    specs: loadCommandSpecs(),
    console: { input: Readable.from([]), output: new Writable({ write: (_c, _e, done) => done() }), user: "nobody", json: true, interactive: false, exportDirectory: dir },
  });
  running = { services, adapters };
  await adapters.start();
  return `http://127.0.0.1:${(await logger.next("slack.started")).port as number}/slack/events`;
}

async function slash(eventsUrl: string, text: string, triggerId: string): Promise<{ text: string; blocks: unknown[] }> {
  const body = new URLSearchParams({ team_id: "T1", channel_id: "C1", user_id: "UADMIN", command: "/reminders", text, api_app_id: "A1", response_url: `${slackApi.baseUrl}/response/${triggerId}`, trigger_id: triggerId }).toString();
  const response = await fetch(eventsUrl, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...signSlackRequest(SECRET, body, Math.floor(Date.now() / 1000)) },
    body,
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { text: string; blocks: unknown[] };
}

async function discordReminders(id: string, action: string): Promise<{ content?: string; embeds?: { title?: string; fields: { name: string; value: string }[] }[] }> {
  discordApi.gateway.dispatch("INTERACTION_CREATE", slashInteraction(id, DISCORD_ADMIN, "reminders", { action }));
  const reply = await discordApi.requests.next(`/api/v10/interactions/${id}/token-${id}/callback`);
  return (reply.body as { data: { content?: string; embeds?: { title?: string; fields: { name: string; value: string }[] }[] } }).data;
}

describe("channel links, the real Bolt and discord.js clients against loopback fakes", () => {
  it("GIVEN a reminder added for a picked Slack channel THEN /reminders list on Slack shows <#C…> as a link, not escaped", async () => {
    const eventsUrl = await startPorchlight();

    const added = await slash(eventsUrl, `add <#${SLACK_CHANNEL}|network> every Monday at 9:00 Weekly check-in`, "trig-add");
    expect(JSON.stringify(added.blocks)).toContain(`<#${SLACK_CHANNEL}>: every Monday at 9:00`);
    const listed = await slash(eventsUrl, "list", "trig-list");

    const blocks = JSON.stringify(listed.blocks);
    expect(blocks).toContain(`#1 <#${SLACK_CHANNEL}>: every Monday at 9:00`);
    expect(listed.text).toContain(`<#${SLACK_CHANNEL}>`);
    expect(`${blocks}${listed.text}`).not.toContain("&lt;");
    expect((await running!.services.stores.reminders.list()).map((r) => r.channelKey)).toEqual([`slack:${SLACK_CHANNEL}`]);
  });

  it("GIVEN a reminder added for a picked Discord channel THEN /reminders list on Discord shows <#id>", async () => {
    await startPorchlight();

    const added = await discordReminders("700000000000000301", `add <#${DISCORD_CHANNEL}> every Monday at 9:00 Weekly check-in`);
    expect(JSON.stringify(added)).toContain(`<#${DISCORD_CHANNEL}>: every Monday at 9:00`);
    const listed = await discordReminders("700000000000000302", "list");

    const reminders = listed.embeds![0]!.fields.find((f) => f.name === "Channel reminders")!;
    expect(reminders.value).toMatch(new RegExp(`^#1 <#${DISCORD_CHANNEL}>: every Monday at 9:00`));
  });
});
