import { loadCommandSpecs } from "../../src/command-files/load-command-specs.js";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createRequestPipeline } from "../../src/adapters/request-pipeline.js";
import { createRoutingMessenger } from "../../src/adapters/routing-messenger.js";
import { createSlackAdapter, type SlackAdapter } from "../../src/adapters/slack/slack-adapter.js";
import { createAskCommand } from "../../src/core/commands/ask-command.js";
import { createCommandDispatcher } from "../../src/core/commands/command-dispatcher.js";
import type { KnowledgeBase } from "../../src/core/knowledge/knowledge-base.js";
import { loadKnowledgeBase } from "../../src/search/load-knowledge-base.js";
import { FakeSlackApi } from "./fakes/fake-slack-api.js";
import { FakeSlackSocket } from "./fakes/fake-slack-socket.js";
import { createRecordingLogger } from "./support/recording-logger.js";
import { startSlack } from "./support/start-slack.js";
import { createStoringCommand, type StoredEntry } from "./support/test-commands.js";
import { freePort } from "./support/free-port.js";

let knowledge: KnowledgeBase;
let api: FakeSlackApi;
let socket: FakeSlackSocket;
let slack: SlackAdapter;
let entries: StoredEntry[];

beforeAll(() => {
  knowledge = loadKnowledgeBase();
});

afterEach(async () => {
  await slack?.stop();
  await socket?.close();
  await api?.close();
});

function slashEnvelope(envelopeId: string, command: string, text: string, retryAttempt = 0) {
  return {
    envelope_id: envelopeId,
    type: "slash_commands",
    accepts_response_payload: true,
    retry_attempt: retryAttempt,
    payload: {
      token: "legacy",
      team_id: "T1",
      channel_id: "C1",
      user_id: "U1",
      command,
      text,
      api_app_id: "A1",
      response_url: `${api.baseUrl}/response/1`,
      trigger_id: "2222.3333.socket",
    },
  };
}

describe("Slack in Socket Mode, real Bolt against a fake WebSocket link", () => {
  beforeEach(async () => {
    api = await new FakeSlackApi().start();
    socket = new FakeSlackSocket(api);
    entries = [];
    const logger = createRecordingLogger();
    const dispatcher = createCommandDispatcher([createAskCommand({ knowledge, stateOf: async () => "MT", logger, specs: loadCommandSpecs() }), createStoringCommand("log-hours", entries)], logger);
    ({ adapter: slack } = await startSlack(api, dispatcher, logger, "xapp-test"));
  });

  it("GIVEN the app token THEN Bolt opens the link with it, and a /ask envelope is acked with the ephemeral answer", async () => {
    const opened = api.requests.to("/api/apps.connections.open")[0]!;
    expect(opened.headers.authorization).toBe("Bearer xapp-test");

    const ack = (await socket.send(slashEnvelope("env-1", "/ask", "Can I advise a parent on their child's medication?"))) as {
      response_type: string;
      blocks: { type: string }[];
    };
    expect(ack.response_type).toBe("ephemeral");
    expect(ack.blocks.map((b) => b.type)).toContain("context");
  });

  it("GIVEN an envelope redelivered after a late ack THEN the same trigger_id reaches the core and it stores once", async () => {
    const first = await socket.send(slashEnvelope("env-2", "/log-hours", "2h work"));
    const retry = await socket.send(slashEnvelope("env-3", "/log-hours", "2h work", 1));

    expect(entries).toEqual([{ actor: "slack:U1", args: "2h work", deliveryId: "2222.3333.socket" }]);
    expect(retry).toEqual(first);
  });
});

describe("Socket Mode with a port set: /healthz on a small server of its own", () => {
  it("GIVEN the link open but not yet confirmed THEN /healthz answers 503; after hello 200 and commands work; other paths 404; after stop nothing listens", async () => {
    api = await new FakeSlackApi().start();
    socket = new FakeSlackSocket(api, { holdHello: true });
    const healthPort = await freePort();
    const logger = createRecordingLogger();
    const dispatcher = createCommandDispatcher([createAskCommand({ knowledge, stateOf: async () => "MT", logger, specs: loadCommandSpecs() })], logger);
    const pipeline = createRequestPipeline({ dispatcher, messenger: createRoutingMessenger({}), logger, isAdmin: () => false, now: () => new Date() });
    slack = createSlackAdapter({ botToken: "xoxb-test", appToken: "xapp-test", apiUrl: api.apiUrl, port: 0, host: "127.0.0.1", healthPort }, loadCommandSpecs(), { pipeline, logger });
    const health = () => fetch(`http://127.0.0.1:${healthPort}/healthz`);

    const started = slack.start();
    await socket.linked();
    const before = await health();
    expect(before.status).toBe(503);
    expect(await before.text()).toBe("starting or stopping\n");

    socket.sayHello();
    expect((await started)?.port).toBe(healthPort);
    expect((await health()).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${healthPort}/slack/events`, { method: "POST" })).status).toBe(404);
    const ack = (await socket.send(slashEnvelope("env-h", "/ask", "Can I accept a gift card from a family?"))) as { response_type: string };
    expect(ack.response_type).toBe("ephemeral");

    await slack.stop();
    await expect(health()).rejects.toThrow();
  });
});
