import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequestPipeline } from "../src/adapters/request-pipeline.js";
import { parseConfig } from "../src/config/config.js";
import { createServices } from "../src/services/create-services.js";
import { silentLogger } from "../src/core/logger.js";
import { loadCommandSpecs } from "../src/command-files/load-command-specs.js";
import { createSlackAdapter } from "../src/adapters/slack/slack-adapter.js";
import { createDiscordAdapter } from "../src/adapters/discord/discord-adapter.js";
import { createRoutingMessenger } from "../src/adapters/routing-messenger.js";
// The e2e fakes double as the bench's loopback Slack and Discord: the figures are the real clients' round trips.
import { FakeSlackApi } from "../tests/e2e/fakes/fake-slack-api.js";
import { signSlackRequest } from "../tests/e2e/fakes/sign-slack-request.js";
import { FakeDiscordApi } from "../tests/e2e/fakes/fake-discord-api.js";
import { slashInteraction } from "../tests/e2e/support/discord-payloads.js";
import { percentile } from "./percentile.js";

const RUNS = 300;
// Slack and Discord both drop a command not answered within 3 s; the adapters should use a small slice of that.
const TARGET_P99_MS = 300;
const QUESTIONS = ["Can I advise a parent on their child's medication?", "How many supervision hours do I need?", "Can I accept a gift card from a family?"];

/** /ask round trips, the asker's profile read as main reads it, through the real Bolt (HTTP mode) and discord.js clients against loopback fakes. */
export async function runAdaptersBench(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "porchlight-adapters-bench-"));
  const services = createServices(parseConfig({ DATABASE_PATH: join(dir, "bench.db"), NETWORK_STATE: "MT" }));
  const { dispatcher, isAdmin, now } = services;
  const deps = { pipeline: createRequestPipeline({ dispatcher, isAdmin, now, messenger: createRoutingMessenger({}), logger: silentLogger }), logger: silentLogger };
  try {
    return [verdict("Slack /ask, signed slash command -> Bolt ack", await slackRoundTrips(deps)), verdict("Discord /ask, INTERACTION_CREATE -> callback", await discordRoundTrips(deps))];
  } finally {
    services.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

type Deps = Parameters<typeof createSlackAdapter>[2];

async function slackRoundTrips(deps: Deps): Promise<number[]> {
  const api = await new FakeSlackApi().start();
  const secret = "bench-secret";
  const slack = createSlackAdapter({ botToken: "xoxb-bench", signingSecret: secret, apiUrl: api.apiUrl, port: 0, host: "127.0.0.1" }, loadCommandSpecs(), deps);
  const address = (await slack.start())!;
  const times: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const body = new URLSearchParams({ team_id: "T1", channel_id: "C1", user_id: "U1", command: "/ask", text: QUESTIONS[i % QUESTIONS.length]!, trigger_id: `bench.${i}`, response_url: `${api.baseUrl}/response/${i}` }).toString();
      const started = performance.now();
      const response = await fetch(`http://127.0.0.1:${address.port}/slack/events`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", ...signSlackRequest(secret, body, Math.floor(Date.now() / 1000)) },
        body,
      });
      await response.json();
      times.push(performance.now() - started);
    }
  } finally {
    await slack.stop();
    await api.close();
  }
  return times;
}

async function discordRoundTrips(deps: Deps): Promise<number[]> {
  const api = await new FakeDiscordApi().start();
  const discord = createDiscordAdapter({ token: "bench", apiUrl: api.apiUrl }, loadCommandSpecs(), deps);
  await discord.start();
  const times: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const id = String(800000000000000000n + BigInt(i));
      const started = performance.now();
      api.gateway.dispatch("INTERACTION_CREATE", slashInteraction(id, "600000000000000001", "ask", { question: QUESTIONS[i % QUESTIONS.length]! }));
      await api.requests.next(`/api/v10/interactions/${id}/token-${id}/callback`);
      times.push(performance.now() - started);
    }
  } finally {
    await discord.stop();
    await api.close();
  }
  return times;
}

function verdict(label: string, times: number[]): string {
  const p50 = percentile(times, 0.5);
  const p99 = percentile(times, 0.99);
  return `adapters ${label}, ${RUNS} runs: p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms (target p99 < ${TARGET_P99_MS} ms of the platforms' 3 s) ${p99 < TARGET_P99_MS ? "MET" : "MISSED"}`;
}
