import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeDiscordApi } from "./fakes/fake-discord-api.js";
import { slashInteraction } from "./support/discord-payloads.js";
import { runMain, type RunningMain } from "./support/run-main.js";

const USER = "600000000000000001";
let api: FakeDiscordApi;
let main: RunningMain | undefined;
let dir: string;

beforeEach(async () => {
  api = await new FakeDiscordApi().start();
  dir = mkdtempSync(join(tmpdir(), "porchlight-main-"));
});

afterEach(async () => {
  await main?.stop();
  main = undefined;
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

const callback = (id: string) => `/api/v10/interactions/${id}/token-${id}/callback`;
type Callback = { type: number; data: { flags?: number; content?: string; embeds?: { title: string; fields: { name: string; value: string }[] }[] } };

describe("main.ts with DISCORD_TOKEN, the real process against the fake gateway", () => {
  it("GIVEN a repeated /log-hours interaction THEN the real command stores once; /hours shows it; SIGTERM stops cleanly", async () => {
    main = runMain({ DISCORD_TOKEN: "fake-discord-token", DISCORD_API_URL: api.apiUrl, DATABASE_PATH: join(dir, "porchlight.db") });
    expect(await main.waitForLog("ready")).toMatchObject({ adapters: ["discord"] });

    const logHours = slashInteraction("710000000000000001", USER, "log-hours", { hours: "90m", kind: "ceu", note: "Ethics refresher" });
    api.gateway.dispatch("INTERACTION_CREATE", logHours);
    const first = (await api.requests.next(callback("710000000000000001"))).body as unknown as Callback;
    api.gateway.dispatch("INTERACTION_CREATE", logHours);
    const again = (await api.requests.next(callback("710000000000000001"), 2)).body as unknown as Callback;
    api.gateway.dispatch("INTERACTION_CREATE", slashInteraction("710000000000000002", USER, "hours", {}));
    const hours = (await api.requests.next(callback("710000000000000002"))).body as unknown as Callback;

    expect(first.data.flags).toBe(64);
    expect(first.data.embeds![0]!.title).toMatch(/^Logged #1 .*1h 30m CEU/);
    expect(again.data.embeds![0]!.title).toBe(first.data.embeds![0]!.title);
    expect(JSON.stringify(hours.data.embeds)).toContain("CEU: 1h 30m");
    expect(JSON.stringify(main.logs)).not.toContain("Ethics refresher");

    api.gateway.dispatch("INTERACTION_CREATE", slashInteraction("710000000000000003", USER, "help", {}));
    const help = JSON.stringify(((await api.requests.next(callback("710000000000000003"))).body as unknown as Callback).data);
    api.gateway.dispatch("INTERACTION_CREATE", slashInteraction("710000000000000004", USER, "help", { command: "log-hours" }));
    const helpLogHours = JSON.stringify(((await api.requests.next(callback("710000000000000004"))).body as unknown as Callback).data);
    for (const command of ["/ask", "/log-hours", "/hours", "/profile", "/reminders", "/help"]) expect(help).toContain(command);
    expect(helpLogHours).toContain("/log-hours 1.5 work yesterday home visit");
    expect(await main.stop()).toBe(0);
  });
});
