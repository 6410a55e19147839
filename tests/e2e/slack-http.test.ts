import { loadCommandSpecs } from "../../src/command-files/load-command-specs.js";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SlackAdapter } from "../../src/adapters/slack/slack-adapter.js";
import { createAskCommand } from "../../src/core/commands/ask-command.js";
import { createCommandDispatcher, type CommandDispatcher } from "../../src/core/commands/command-dispatcher.js";
import type { KnowledgeBase } from "../../src/core/knowledge/knowledge-base.js";
import { loadKnowledgeBase } from "../../src/search/load-knowledge-base.js";
import { FakeSlackApi } from "./fakes/fake-slack-api.js";
import { signSlackRequest } from "./fakes/sign-slack-request.js";
import { createRecordingLogger } from "./support/recording-logger.js";
import { SIGNING_SECRET, startSlack } from "./support/start-slack.js";
import { createStoringCommand, exportCommand, type StoredEntry } from "./support/test-commands.js";

const QUESTION = "Can I advise a parent on their child's medication?";

let knowledge: KnowledgeBase;
let api: FakeSlackApi;
let slack: SlackAdapter;
let eventsUrl: string;
let entries: StoredEntry[];
let dispatched: string[];
let logger: ReturnType<typeof createRecordingLogger>;

beforeAll(() => {
  knowledge = loadKnowledgeBase();
});

beforeEach(async () => {
  api = await new FakeSlackApi().start();
  entries = [];
  dispatched = [];
  logger = createRecordingLogger();
  const supervisorRequest = { to: { kind: "user" as const, userKey: "slack:USUP" }, reply: { kind: "message" as const, ephemeral: false, text: "Please confirm." } };
  const real = createCommandDispatcher(
    [createAskCommand({ knowledge, stateOf: async () => "MT", logger, specs: loadCommandSpecs() }), createStoringCommand("log-hours", entries, [supervisorRequest]), exportCommand],
    logger,
  );
  const counting: CommandDispatcher = {
    ...real,
    dispatch: (name, args, context) => (dispatched.push(name), real.dispatch(name, args, context)),
    dispatchLine: (line, context) => (dispatched.push(line.split(" ")[0]!), real.dispatchLine(line, context)),
  };
  ({ adapter: slack, eventsUrl } = await startSlack(api, counting, logger));
});

afterEach(async () => {
  await slack?.stop();
  await api?.close();
});

function slashBody(command: string, text: string, overrides: Record<string, string> = {}): string {
  return new URLSearchParams({
    token: "legacy",
    team_id: "T1",
    channel_id: "C1",
    user_id: "U1",
    user_name: "sam",
    command,
    text,
    api_app_id: "A1",
    response_url: `${api.baseUrl}/response/1`,
    trigger_id: "13345224609.738474920.8088930838d88f008e0",
    ...overrides,
  }).toString();
}

async function post(body: string, contentType: string, headers: Record<string, string> = {}): Promise<Response> {
  const now = Math.floor(Date.now() / 1000);
  return fetch(eventsUrl, {
    method: "POST",
    headers: { "content-type": contentType, ...signSlackRequest(SIGNING_SECRET, body, now), ...headers },
    body,
  });
}

const FORM = "application/x-www-form-urlencoded";

describe("Slack over HTTP, real Bolt against a fake Web API", () => {
  it("GIVEN a signed /ask THEN the ack carries the cited answer as ephemeral Block Kit, and the question is not logged", async () => {
    const response = await post(slashBody("/ask", QUESTION), FORM);

    expect(response.status).toBe(200);
    const message = (await response.json()) as { response_type: string; blocks: { type: string; text?: { text: string }; elements?: { text: string }[] }[] };
    expect(message.response_type).toBe("ephemeral");
    expect(message.blocks[0]!.type).toBe("section");
    expect(message.blocks[0]!.text!.text).toMatch(/^\*:[a-z_]+: (Within scope|Outside scope|It depends|Information|Not sure|Get help now)\*\n/);
    const sources = message.blocks.find((b) => b.type === "context")!;
    expect(sources.elements![0]!.text).toContain(":bookmark:");
    expect(dispatched).toEqual(["ask"]);
    expect(logger.lines.some((l) => l.includes("slack.command") && l.includes("slack:U1"))).toBe(true);
    expect(logger.lines.join("\n")).not.toContain("IEP");
  });

  it("GIVEN a wrong signature THEN Bolt answers 401 and no command runs", async () => {
    const body = slashBody("/ask", QUESTION);
    const response = await fetch(eventsUrl, {
      method: "POST",
      headers: { "content-type": FORM, ...signSlackRequest("not-the-secret", body, Math.floor(Date.now() / 1000)) },
      body,
    });

    expect(response.status).toBe(401);
    expect(dispatched).toEqual([]);
  });

  it("GIVEN a signature older than five minutes THEN 401 and no command runs", async () => {
    const body = slashBody("/ask", QUESTION);
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    const response = await fetch(eventsUrl, { method: "POST", headers: { "content-type": FORM, ...signSlackRequest(SIGNING_SECRET, body, stale) }, body });

    expect(response.status).toBe(401);
    expect(dispatched).toEqual([]);
  });

  it("GIVEN the same payload redelivered with X-Slack-Retry-Num THEN the command gets the same delivery id and stores once", async () => {
    const body = slashBody("/log-hours", "2h work");
    const first = await post(body, FORM);
    const retry = await post(body, FORM, { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" });

    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(dispatched).toEqual(["log-hours", "log-hours"]);
    expect(entries).toEqual([{ actor: "slack:U1", args: "2h work", deliveryId: "13345224609.738474920.8088930838d88f008e0" }]);
    expect(((await retry.json()) as { text: string }).text).toBe(((await first.json()) as { text: string }).text);
    expect(logger.lines.some((l) => l.includes('"retryNum":1'))).toBe(true);
    // The supervisor's request went out once, as a direct message.
    await api.requests.next("/api/chat.postMessage");
    expect(api.requests.to("/api/conversations.open").map((r) => r.body.users)).toEqual(["USUP"]);
    expect(api.requests.to("/api/chat.postMessage").map((r) => r.body.channel)).toEqual(["DUSUP"]);
  });

  it("GIVEN a button press THEN its command runs as the person who clicked, answered on the response_url", async () => {
    const payload = {
      type: "block_actions",
      team: { id: "T1" },
      user: { id: "UCLICK" },
      api_app_id: "A1",
      token: "legacy",
      trigger_id: "999.888.abc",
      channel: { id: "C1" },
      response_url: `${api.baseUrl}/response/button`,
      actions: [{ type: "button", action_id: "porchlight.run.0", block_id: "b1", value: "/log-hours 1 supervision", action_ts: "1" }],
    };
    const response = await post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), FORM);

    expect(response.status).toBe(200);
    const answered = await api.requests.next("/response/button");
    expect(answered.body).toMatchObject({ response_type: "ephemeral", replace_original: false, text: "Stored entry 1." });
    expect(entries).toEqual([{ actor: "slack:UCLICK", args: "1 supervision", deliveryId: "999.888.abc" }]);
  });

  it("GIVEN a command whose reply is a file THEN it is uploaded to the asker's direct messages through files.uploadV2's three steps", async () => {
    const response = await post(slashBody("/hours", "export 2026-01-01 2026-06-30"), FORM);

    expect(((await response.json()) as { text: string }).text).toContain("I sent the file to our direct messages.");
    const completed = await api.requests.next("/api/files.completeUploadExternal");
    expect(api.requests.to("/api/files.getUploadURLExternal")[0]!.body).toMatchObject({ filename: "hours-2026-01-01-2026-06-30.csv" });
    // The web client posts the bytes as a multipart field named `body`.
    expect(api.requests.to(/^\/upload\//)[0]!.body.body).toMatchObject({ text: "date,kind,hours\n2026-01-05,work,2\n" });
    expect(completed.body.channel_id).toBe("DU1");
    expect(JSON.parse(String(completed.body.files))).toEqual([{ id: "F1", title: "hours-2026-01-01-2026-06-30.csv" }]);
  });

  it("GIVEN a channel message mentioning the bot THEN the question is answered ephemerally in its thread, keyed by event_id", async () => {
    const event = {
      token: "legacy",
      team_id: "T1",
      api_app_id: "A1",
      type: "event_callback",
      event_id: "Ev0001",
      event_time: 1773154800,
      event: { type: "app_mention", user: "U1", text: `<@UBOT> ${QUESTION}`, ts: "1773154800.000100", channel: "C1" },
    };
    const response = await post(JSON.stringify(event), "application/json");

    expect(response.status).toBe(200);
    const posted = await api.requests.next("/api/chat.postEphemeral");
    expect(posted.body).toMatchObject({ channel: "C1", user: "U1", thread_ts: "1773154800.000100" });
    expect(String(posted.body.blocks)).toContain(":bookmark:");
    expect(api.requests.to("/api/chat.postMessage")).toEqual([]);
    expect(logger.lines.join("\n")).not.toContain("IEP");
  });

  it("GIVEN a direct message to the bot THEN it is answered in the DM, and a `/hours ...` line runs that command", async () => {
    const dm = (eventId: string, text: string) => ({
      token: "legacy",
      team_id: "T1",
      api_app_id: "A1",
      type: "event_callback",
      event_id: eventId,
      event_time: 1773154800,
      event: { type: "message", channel_type: "im", user: "U1", text, ts: "1773154800.000200", channel: "D1" },
    });
    await post(JSON.stringify(dm("Ev0002", QUESTION)), "application/json");
    const answered = await api.requests.next("/api/chat.postMessage");
    expect(answered.body.channel).toBe("D1");
    expect(String(answered.body.blocks)).toContain(":bookmark:");

    await post(JSON.stringify(dm("Ev0003", "/log-hours 2h work &amp; more")), "application/json");
    await api.requests.next("/api/chat.postMessage", 2);
    expect(entries).toEqual([{ actor: "slack:U1", args: "2h work & more", deliveryId: "Ev0003" }]);
  });

  it("GIVEN Slack refuses the file upload THEN the asker is told on the response_url that nothing was changed", async () => {
    api.failNext("/api/files.getUploadURLExternal", { status: 200, body: { ok: false, error: "not_allowed_token_type" } });
    await post(slashBody("/hours", "export"), FORM);

    const told = await api.requests.next("/response/1");
    expect(told.body).toMatchObject({ response_type: "ephemeral", text: expect.stringContaining("I could not send you the file") });
    expect(await logger.next("slack.file-upload.failed")).toMatchObject({ actor: "slack:U1" });
  });
});
