import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PLATFORM_REGISTRATIONS } from "../../src/adapters/platform-registrations.js";
import { createChatAdapters, type ChatAdapters } from "../../src/chat-adapters.js";
import { loadCommandSpecs } from "../../src/command-files/load-command-specs.js";
import { parseConfig } from "../../src/config/config.js";
import { createReminderRunner } from "../../src/scheduler/reminder-runner.js";
import { createServices, type Services } from "../../src/services/create-services.js";
import { FakeDiscordApi } from "./fakes/fake-discord-api.js";
import { FAKE_APPLICATION_ID } from "./fakes/fake-discord-gateway.js";
import { FakeSlackApi } from "./fakes/fake-slack-api.js";
import { signSlackRequest } from "./fakes/sign-slack-request.js";
import { buttonInteraction, CHANNEL_ID } from "./support/discord-payloads.js";
import { createRecordingLogger } from "./support/recording-logger.js";

const SECRET = "meetings-signing-secret";
const SLACK_CHANNEL = "C024BE7LR";
const DISCORD_USER = "600000000000000042";
const ADD = "#network quarterly on the 2nd Tuesday of January, April, July and October at 10:00 Quarterly family partner meeting at https://zoom.us/j/123";

let slackApi: FakeSlackApi;
let discordApi: FakeDiscordApi;
let dir: string;
let running: { services: Services; adapters: ChatAdapters }[] = [];

beforeEach(async () => {
  slackApi = await new FakeSlackApi().start();
  discordApi = await new FakeDiscordApi().start();
  dir = mkdtempSync(join(tmpdir(), "porchlight-meetings-e2e-"));
});

afterEach(async () => {
  for (const { services, adapters } of running) {
    await adapters.stop();
    await services.announcements.settled();
    services.close();
  }
  running = [];
  await slackApi.close();
  await discordApi.close();
  rmSync(dir, { recursive: true, force: true });
});

/** main.ts's wiring (services, the real Bolt and discord.js adapters, the reminder runner) on one SQLite file and a set clock. */
async function startPorchlight(clock: { now: () => Date }, options: { start: boolean }) {
  const config = parseConfig({
    DATABASE_PATH: join(dir, "porchlight.db"),
    ADMINS: "slack:UADMIN",
    CHANNELS: `#network=slack:${SLACK_CHANNEL} discord:${CHANNEL_ID}`,
    SLACK_BOT_TOKEN: "xoxb-test",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slackApi.apiUrl,
    SLACK_PORT: "0",
    SLACK_HOST: "127.0.0.1",
    DISCORD_TOKEN: "fake-discord-token",
    DISCORD_API_URL: discordApi.apiUrl,
  });
  const logger = createRecordingLogger();
  const services = createServices(config, { logger, now: clock.now });
  // These people met the bot before: the first-message welcome (tests/integration/welcome) would add a direct message.
  for (const user of ["slack:UADMIN", "slack:UMARIA", `discord:${DISCORD_USER}`]) await services.stores.welcomed.claimWelcome(user, clock.now());
  const adapters = await createChatAdapters(config, services, {
    registrations: PLATFORM_REGISTRATIONS,
    specs: loadCommandSpecs(),
    console: { input: Readable.from([]), output: new Writable({ write: (_c, _e, done) => done() }), user: "nobody", json: true, interactive: false, exportDirectory: dir },
  });
  running.push({ services, adapters });
  if (options.start) await adapters.start();
  const runner = createReminderRunner({
    planner: services.planner,
    ledger: services.stores.ledger,
    messenger: adapters.messenger,
    admins: config.ADMINS,
    graceMs: 6 * 3_600_000,
    retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 1, sleep: async () => undefined },
    now: clock.now,
    logger,
  });
  const port = options.start ? ((await logger.next("slack.started")).port as number) : 0;
  return { services, runner, logger, eventsUrl: `http://127.0.0.1:${port}/slack/events` };
}

function settable(iso: string) {
  let current = new Date(iso);
  return { now: () => new Date(current), set: (next: string) => void (current = new Date(next)) };
}

async function slackPost(eventsUrl: string, body: string): Promise<Response> {
  return fetch(eventsUrl, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...signSlackRequest(SECRET, body, Math.floor(Date.now() / 1000)) },
    body,
  });
}

async function slash(eventsUrl: string, command: string, text: string, userId: string, triggerId: string): Promise<string> {
  const body = new URLSearchParams({ team_id: "T1", channel_id: "C1", user_id: userId, command, text, api_app_id: "A1", response_url: `${slackApi.baseUrl}/response/${triggerId}`, trigger_id: triggerId });
  const response = await slackPost(eventsUrl, body.toString());
  expect(response.status).toBe(200);
  return ((await response.json()) as { text: string }).text;
}

function slackPress(eventsUrl: string, userId: string, value: string, triggerId: string): Promise<Response> {
  const payload = {
    type: "block_actions",
    team: { id: "T1" },
    user: { id: userId },
    api_app_id: "A1",
    token: "legacy",
    trigger_id: triggerId,
    channel: { id: SLACK_CHANNEL },
    response_url: `${slackApi.baseUrl}/response/${triggerId}`,
    actions: [{ type: "button", action_id: "porchlight.run.0", block_id: "b1", value, action_ts: "1" }],
  };
  return slackPost(eventsUrl, new URLSearchParams({ payload: JSON.stringify(payload) }).toString());
}

const slackChannelPosts = () => slackApi.requests.to("/api/chat.postMessage").filter((r) => r.body.channel === SLACK_CHANNEL);
const discordChannelPosts = () => discordApi.requests.to(`/api/v10/channels/${CHANNEL_ID}/messages`);
const slackDms = () => slackApi.requests.to("/api/chat.postMessage").filter((r) => String(r.body.channel).startsWith("D"));
const discordDms = () => discordApi.requests.to(`/api/v10/channels/9${DISCORD_USER}/messages`);

describe("announcements and meetings, the real Bolt and discord.js clients against loopback fakes", () => {
  it("GIVEN #network names a Slack and a Discord channel THEN one /announce on Slack posts in both and says so", async () => {
    const { eventsUrl } = await startPorchlight(settable("2027-01-04T15:00:00Z"), { start: true });

    const reply = await slash(eventsUrl, "/announce", "#network Training on Friday at 10:00", "UADMIN", "trig-announce");

    expect(reply).toBe(`Announcement #1 posted to 2 of 2 channels.\n• <#${SLACK_CHANNEL}>: posted\n• #network on Discord: posted`);
    expect(slackChannelPosts().map((r) => r.body.text)).toEqual(["Training on Friday at 10:00"]);
    expect(discordChannelPosts().map((r) => r.body.content)).toEqual(["Training on Friday at 10:00"]);
  });

  it("GIVEN a meeting THEN its post carries RSVP buttons on both platforms; presses are stored once when redelivered and update the counts in the post", async () => {
    const { eventsUrl, runner, services } = await startPorchlight(settable("2027-01-04T15:00:00Z"), { start: true });
    const occurrence = new Date("2027-01-12T15:00:00Z");

    expect(await slash(eventsUrl, "/meeting", `add ${ADD}`, "UADMIN", "trig-add")).toMatch(/^Added meeting #1: Quarterly family partner meeting/);
    await runner.runDue();

    const slackBlocks = JSON.parse(String(slackChannelPosts()[0]!.body.blocks)) as { type: string; elements?: { value: string; text: { text: string } }[] }[];
    expect(slackBlocks.find((b) => b.type === "actions")!.elements!.map((e) => [e.text.text, e.value])).toEqual([
      ["Going", "/meeting rsvp 1 going 2027-01-12"],
      ["Maybe", "/meeting rsvp 1 maybe 2027-01-12"],
      ["Can't", "/meeting rsvp 1 no 2027-01-12"],
      ["Add to calendar (.ics)", "/meeting ics 1"],
    ]);
    const discordPost = discordChannelPosts()[0]!.body as { embeds: { fields: { name: string; value: string }[] }[]; components: { components: { custom_id: string; label: string }[] }[] };
    expect(discordPost.components[0]!.components.map((c) => c.custom_id)).toEqual([
      "run:/meeting rsvp 1 going 2027-01-12",
      "run:/meeting rsvp 1 maybe 2027-01-12",
      "run:/meeting rsvp 1 no 2027-01-12",
      "run:/meeting ics 1",
    ]);
    expect(discordPost.embeds[0]!.fields.find((f) => f.name === "Answers")!.value).toBe("Going 0 · Maybe 0 · Can't 0");

    // Discord: the press edits the post it sits on (callback type 7) and answers the presser in an ephemeral follow-up.
    const press = buttonInteraction("700000000000000101", DISCORD_USER, "run:/meeting rsvp 1 going 2027-01-12");
    discordApi.gateway.dispatch("INTERACTION_CREATE", press);
    const callback = `/api/v10/interactions/${press.id}/${press.token}/callback`;
    const update = (await discordApi.requests.next(callback)).body as { type: number; data: { embeds: { fields: { name: string; value: string }[] }[] } };
    expect(update.type).toBe(7);
    expect(update.data.embeds[0]!.fields.find((f) => f.name === "Answers")!.value).toBe("Going 1 · Maybe 0 · Can't 0");
    const followUp = await discordApi.requests.next(`/api/v10/webhooks/${FAKE_APPLICATION_ID}/${press.token}`);
    expect(followUp.body).toMatchObject({ flags: 64 });
    expect(String(followUp.body.content)).toMatch(/^You're going to Quarterly family partner meeting, Tue 12 Jan 2027 10:00 EST\./);
    discordApi.gateway.dispatch("INTERACTION_CREATE", press);
    await discordApi.requests.next(`/api/v10/webhooks/${FAKE_APPLICATION_ID}/${press.token}`, 2);

    // Slack: the press replaces the post through response_url and answers the presser ephemerally; a redelivery stores nothing.
    expect((await slackPress(eventsUrl, "UMARIA", "/meeting rsvp 1 maybe 2027-01-12", "press-slack-1")).status).toBe(200);
    const [replaced, answered] = [await slackApi.requests.next("/response/press-slack-1"), await slackApi.requests.next("/response/press-slack-1", 2)];
    expect(replaced.body).toMatchObject({ replace_original: true, response_type: "in_channel" });
    expect(JSON.stringify(replaced.body.blocks)).toContain("Going 1 · Maybe 1 · Can't 0");
    expect(answered.body).toMatchObject({ replace_original: false, response_type: "ephemeral" });
    expect(String(answered.body.text)).toMatch(/^You might come to Quarterly family partner meeting/);
    await slackPress(eventsUrl, "UMARIA", "/meeting rsvp 1 maybe 2027-01-12", "press-slack-1");
    expect(String((await slackApi.requests.next("/response/press-slack-1", 4)).body.text)).toMatch(/^Already recorded\./);

    expect((await services.stores.rsvps.answers(1, occurrence)).map((r) => [r.userKey, r.answer]).sort()).toEqual([
      [`discord:${DISCORD_USER}`, "going"],
      ["slack:UMARIA", "maybe"],
    ]);
  });

  it("GIVEN answers THEN the day-before direct message reaches Slack and Discord once, and not again after a restart", async () => {
    const clock = settable("2027-01-04T15:00:00Z");
    const first = await startPorchlight(clock, { start: true });
    await slash(first.eventsUrl, "/meeting", `add ${ADD}`, "UADMIN", "trig-add");
    await first.runner.runDue();
    await slackPress(first.eventsUrl, "UMARIA", "/meeting rsvp 1 going 2027-01-12", "press-1");
    const press = buttonInteraction("700000000000000201", DISCORD_USER, "run:/meeting rsvp 1 maybe 2027-01-12");
    discordApi.gateway.dispatch("INTERACTION_CREATE", press);
    await discordApi.requests.next(`/api/v10/webhooks/${FAKE_APPLICATION_ID}/${press.token}`);

    clock.set("2027-01-11T15:00:00Z");
    await first.runner.runDue();
    expect(slackDms().map((r) => String(r.body.text))).toEqual([
      "Reminder: Quarterly family partner meeting is tomorrow, Tue 12 Jan 2027 10:00 EST at https://zoom.us/j/123. You said you are going; change it with /meeting rsvp 1 going|maybe|no.",
    ]);
    expect(discordDms().map((r) => String(r.body.content))).toEqual([
      "Reminder: Quarterly family partner meeting is tomorrow, Tue 12 Jan 2027 10:00 EST at https://zoom.us/j/123. You said maybe; change it with /meeting rsvp 1 going|maybe|no.",
    ]);

    // A restart: the first process is gone; a new one on the same file, with nothing in memory, runs a minute later.
    const { services, adapters } = running.shift()!;
    await adapters.stop();
    services.close();
    clock.set("2027-01-11T15:01:00Z");
    const second = await startPorchlight(clock, { start: false });
    const summary = await second.runner.runDue();

    expect(summary.posted).toBe(0);
    expect(slackDms()).toHaveLength(1);
    expect(discordDms()).toHaveLength(1);
    clock.set("2027-01-12T14:00:30Z");
    expect((await second.runner.runDue()).posted).toBe(2);
    expect(slackDms().map((r) => /is (tomorrow|in 1 hour),/.exec(String(r.body.text))?.[1])).toEqual(["tomorrow", "in 1 hour"]);
    expect(discordDms().map((r) => /is (tomorrow|in 1 hour),/.exec(String(r.body.content))?.[1])).toEqual(["tomorrow", "in 1 hour"]);
  });
});
