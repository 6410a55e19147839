import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { parseConfig } from "../../../src/config/config.js";
import { actorOf } from "../../../src/core/commands/actor.js";
import type { CommandOutcome } from "../../../src/core/commands/command-outcome.js";
import { createServices, type Services } from "../../../src/services/create-services.js";
import { openSqliteStores } from "../../../src/storage/open-sqlite-stores.js";

const root = mkdtempSync(join(tmpdir(), "porchlight-welcome-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const NOW = new Date("2026-11-24T17:00:00Z");
const WELCOME_TITLE = "Hi, I'm Porchlight, a companion for family peer supporters.";
let open: Services[] = [];
afterEach(() => {
  open.forEach((s) => s.close());
  open = [];
});

function start(file: string): Services {
  const services = createServices(parseConfig({ DATABASE_PATH: join(root, file), NETWORK_STATE: "MT" }), { now: () => NOW });
  open.push(services);
  return services;
}
const say = (services: Services, user: string, line: string, platform: "slack" | "discord" | "console" = "slack"): Promise<CommandOutcome> =>
  services.dispatcher.dispatchLine(line, { actor: actorOf(platform, user), isAdmin: false, now: NOW });
const welcomesIn = (outcome: CommandOutcome) => (outcome.deliveries ?? []).filter((d) => d.reply.kind === "message" && d.reply.title === WELCOME_TITLE);

describe("the welcome for a partner the bot has never seen", () => {
  it("GIVEN a first message that is a question THEN the answer comes as asked, and the welcome follows to them alone, once", async () => {
    const services = start("question.db");
    const first = await say(services, "U1", "Can I accept a gift card from a family?");
    expect(first.reply.kind).toBe("answer");
    expect(welcomesIn(first)).toEqual([{ to: { kind: "user", userKey: "slack:U1" }, reply: expect.objectContaining({ kind: "message" }) }]);
    const welcome = welcomesIn(first)[0]!.reply.text;
    expect(welcome).toContain("What I do");
    expect(welcome).toContain("/log-hours 2h work");
    expect(welcome).toContain("/profile state MT track mt-candidate");

    expect(welcomesIn(await say(services, "U1", "/log-hours 2h work"))).toEqual([]);
    expect(welcomesIn(await say(services, "U2", "/log-hours 2h work"))).toHaveLength(1);
  });

  it("GIVEN a restart on the same database THEN a partner already welcomed is not welcomed again", async () => {
    await say(start("restart.db"), "U1", "/hours");
    open.pop()!.close();
    expect(welcomesIn(await say(start("restart.db"), "U1", "/hours"))).toEqual([]);
  });

  it("GIVEN a greeting or /help first THEN their reply is the welcome itself, not repeated after it", async () => {
    const services = start("greeting.db");
    const hello = await say(services, "U1", "hi");
    expect(hello.reply.kind === "message" && hello.reply.title).toBe(WELCOME_TITLE);
    expect(welcomesIn(hello)).toEqual([]);
    expect(welcomesIn(await say(services, "U1", "Can I drive a parent to an appointment?"))).toEqual([]);
    expect(welcomesIn(await say(services, "U2", "/help"))).toEqual([]);
  });

  it("GIVEN a crisis message first THEN the crisis guidance comes alone, and the welcome waits for the next message", async () => {
    const services = start("crisis.db");
    const crisis = await say(services, "U1", "a mom told me her son says he wants to kill himself tonight");
    expect(crisis.reply.kind === "answer" && crisis.reply.verdict).toBe("crisis");
    expect(crisis.deliveries ?? []).toEqual([]);
    expect(welcomesIn(await say(services, "U1", "/hours"))).toHaveLength(1);
  });

  it("GIVEN the console THEN no welcome: it greets at its start, and scripts get replies alone", async () => {
    expect(welcomesIn(await say(start("console.db"), "dana", "/hours", "console"))).toEqual([]);
  });

  it("GIVEN a database from before the welcome was remembered THEN people with a profile or hours count as welcomed, newcomers do not", async () => {
    const services = start("upgrade.db");
    await say(services, "UHRS", "/log-hours 1 work");
    await say(services, "UPRO", "/profile state MT");
    open.pop()!.close();
    // As the file was at version 12: no welcomed_users table yet.
    const old = openSqliteStores(join(root, "upgrade.db"));
    old.db.exec("DROP TABLE welcomed_users; DELETE FROM schema_migrations WHERE version = 13;");
    old.close();

    const upgraded = openSqliteStores(join(root, "upgrade.db"));
    try {
      expect(await upgraded.welcomed.hasBeenWelcomed("slack:UHRS")).toBe(true);
      expect(await upgraded.welcomed.hasBeenWelcomed("slack:UPRO")).toBe(true);
      expect(await upgraded.welcomed.hasBeenWelcomed("slack:UNEW")).toBe(false);
    } finally {
      upgraded.close();
    }
  });
});
