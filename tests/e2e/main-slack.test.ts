import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeSlackApi } from "./fakes/fake-slack-api.js";
import { FakeSlackSocket } from "./fakes/fake-slack-socket.js";
import { signSlackRequest } from "./fakes/sign-slack-request.js";
import { freePort } from "./support/free-port.js";
import { runMain, type RunningMain } from "./support/run-main.js";

const SECRET = "main-signing-secret";
let api: FakeSlackApi;
let main: RunningMain | undefined;
let dir: string;

beforeEach(async () => {
  api = await new FakeSlackApi().start();
  dir = mkdtempSync(join(tmpdir(), "porchlight-main-"));
});

afterEach(async () => {
  await main?.stop();
  main = undefined;
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

async function slash(port: number, command: string, text: string, triggerId: string, headers: Record<string, string> = {}): Promise<{ text: string; response_type: string }> {
  const body = new URLSearchParams({ team_id: "T1", channel_id: "C1", user_id: "U1", command, text, api_app_id: "A1", response_url: `${api.baseUrl}/response/1`, trigger_id: triggerId }).toString();
  const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...signSlackRequest(SECRET, body, Math.floor(Date.now() / 1000)), ...headers },
    body,
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { text: string; response_type: string };
}

describe("main.ts with Slack settings, the real process against the fake Web API", () => {
  it("GIVEN PORT and no SLACK_PORT THEN HTTP mode listens on PORT and /healthz answers 200", async () => {
    const port = await freePort();
    main = runMain({
      SLACK_BOT_TOKEN: "xoxb-main",
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: api.apiUrl,
      PORT: String(port),
      SLACK_HOST: "127.0.0.1",
      DATABASE_PATH: join(dir, "porchlight.db"),
    });
    expect((await main.waitForLog("slack.started")).port).toBe(port);
    await main.waitForLog("ready");
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.text()).toBe("ok\n");
    const help = await slash(port, "/help", "reminders", "trig-port");
    expect(help.text).toContain("/reminders add #network");
  });

  it("GIVEN SLACK_BOT_TOKEN and a signing secret THEN Slack starts instead of the console; a retried /log-hours stores once in SQLite; SIGTERM stops cleanly", async () => {
    main = runMain({
      SLACK_BOT_TOKEN: "xoxb-main",
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: api.apiUrl,
      SLACK_PORT: "0",
      SLACK_HOST: "127.0.0.1",
      DATABASE_PATH: join(dir, "porchlight.db"),
    });
    const started = await main.waitForLog("slack.started");
    expect(await main.waitForLog("ready")).toMatchObject({ adapters: ["slack"] });
    const port = started.port as number;

    const first = await slash(port, "/log-hours", "2h work yesterday home visit with the Garcia family", "trig-1");
    const retry = await slash(port, "/log-hours", "2h work yesterday home visit with the Garcia family", "trig-1", { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" });
    const totals = await slash(port, "/hours", "", "trig-2");

    expect(first.response_type).toBe("ephemeral");
    expect(first.text).toMatch(/^Logged #1 /);
    expect(retry.text).toBe(first.text);
    expect(totals.text).toContain("Work: 2h");
    expect(JSON.stringify(main.logs)).not.toContain("Garcia");

    const help = await slash(port, "/help", "", "trig-3");
    const helpLogHours = await slash(port, "/help", "log-hours", "trig-4");
    expect(help.response_type).toBe("ephemeral");
    for (const command of ["/ask", "/log-hours", "/hours", "/profile", "/reminders", "/help"]) expect(help.text).toContain(command);
    expect(helpLogHours.text).toContain("/log-hours 1.5 work yesterday home visit");

    expect(await main.stop()).toBe(0);
    expect(main.logs.map((l) => l.event)).toContain("stopping");
  });

  it("GIVEN an app token (Socket Mode) and PORT THEN /healthz answers 200 on PORT once the link is up, and commands arrive over the socket", async () => {
    const socket = new FakeSlackSocket(api);
    const port = await freePort();
    main = runMain({
      SLACK_BOT_TOKEN: "xoxb-main",
      SLACK_APP_TOKEN: "xapp-main",
      SLACK_API_URL: api.apiUrl,
      PORT: String(port),
      SLACK_HOST: "127.0.0.1",
      DATABASE_PATH: join(dir, "porchlight.db"),
    });
    expect(await main.waitForLog("slack.started")).toMatchObject({ mode: "socket", healthPort: port });
    await main.waitForLog("ready");
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    const ack = (await socket.send({
      envelope_id: "env-main",
      type: "slash_commands",
      accepts_response_payload: true,
      payload: { team_id: "T1", channel_id: "C1", user_id: "U1", command: "/help", text: "reminders", api_app_id: "A1", response_url: `${api.baseUrl}/response/1`, trigger_id: "trig-socket" },
    })) as { text: string };
    expect(ack.text).toContain("/reminders add #network");
    expect(await main.stop()).toBe(0);
    await socket.close();
  });

  it("GIVEN SLACK_BOT_TOKEN without a signing secret or app token THEN it refuses to start, naming the setting", async () => {
    main = runMain({ SLACK_BOT_TOKEN: "xoxb-main", DATABASE_PATH: join(dir, "porchlight.db") });
    expect(await main.exited()).toBe(1);
    expect(JSON.stringify(main.logs)).toContain("SLACK_SIGNING_SECRET: SLACK_BOT_TOKEN is set");
  });
});
