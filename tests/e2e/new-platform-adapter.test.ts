import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createChatAdapters, type ChatAdapters } from "../../src/chat-adapters.js";
import { loadCommandSpecs } from "../../src/command-files/load-command-specs.js";
import { ConfigError, parseConfig } from "../../src/config/config.js";
import { createServices, type Services } from "../../src/services/create-services.js";
import { createRecordingLogger } from "./support/recording-logger.js";
import { TELETYPE, teletypeRegistration, type TeletypeAdapter } from "./support/teletype-registration.js";

// Issue 10: a new platform is an adapter. The teletype registration lives in tests/, and src/ never names it.
let dir: string;
let running: { services: Services; adapters: ChatAdapters } | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "porchlight-teletype-"));
});

afterEach(async () => {
  await running?.adapters.stop();
  running?.services.close();
  running = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const consoleOptions = () => ({ input: Readable.from([]), output: new Writable({ write: (_c, _e, done) => done() }), user: "nobody", json: true, interactive: false, exportDirectory: dir });

async function startTeletype(env: Record<string, string> = {}): Promise<{ tty: TeletypeAdapter; services: Services; adapters: ChatAdapters }> {
  const config = parseConfig({ DATABASE_PATH: join(dir, "porchlight.db"), NETWORK_STATE: "MT", ADMINS: `${TELETYPE}:dana`, ...env });
  const services = createServices(config, { logger: createRecordingLogger(), now: () => new Date("2026-11-24T17:00:00Z") });
  // These people met the bot before: the first-message welcome (tests/integration/welcome) would add a direct message.
  for (const user of ["maria", "sam", "dana"]) await services.stores.welcomed.claimWelcome(`${TELETYPE}:${user}`, new Date());
  const registration = teletypeRegistration();
  const adapters = await createChatAdapters(config, services, { registrations: [registration], specs: loadCommandSpecs(), console: consoleOptions() });
  running = { services, adapters };
  await adapters.start();
  return { tty: registration.adapter!, services, adapters };
}

/** Every file under src/, to show the new platform needed no line there. */
function sourceFiles(root: string): string[] {
  return readdirSync(root, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(root, e.name)) : [join(root, e.name)]));
}

describe("a platform registered from outside src/adapters/, through the one request pipeline", () => {
  it("GIVEN the teletype registration alone THEN it takes the requests, and /ask answers with citations in its own renderer", async () => {
    const { tty, adapters } = await startTeletype();
    expect(adapters.names).toEqual([TELETYPE]);

    const answer = await tty.say("maria", "/ask Can I advise a parent on their child's medication?");

    expect(answer).toMatch(/^\[(allowed|not_allowed|depends|info)\] /);
    expect(answer).toMatch(/MT|Montana/);
  });

  it("GIVEN /log-hours with a teletype mention THEN the supervisor is that teletype user, asked to confirm in teletype syntax", async () => {
    const { tty, services } = await startTeletype();

    const logged = await tty.say("maria", "/log-hours 1 supervision with {user:sam}");

    expect(logged).toContain("with {user:sam}");
    expect(await services.hours.entries.list(`${TELETYPE}:maria`)).toEqual([expect.objectContaining({ minutes: 60, kind: "supervision", supervisorKey: `${TELETYPE}:sam` })]);
    expect(tty.printed).toEqual([{ to: `${TELETYPE}:sam`, text: expect.stringContaining("{user:maria}: #1 2026-11-24 1h Supervision") }]);
    expect(tty.printed[0]!.text).toContain("(Confirm: /hours confirm 1)");

    expect(await tty.say("sam", "/hours confirm 1")).toMatch(/onfirmed/);
    expect(tty.printed[1]).toEqual({ to: `${TELETYPE}:maria`, text: expect.stringContaining("{user:sam} confirmed #1") });
    expect(await tty.say("maria", "/log-hours 1 supervision with @sam")).toMatch(/^! I can't tell who "@sam" is/);
  });

  it("GIVEN a key of a platform nobody registered THEN start-up stops with a ConfigError naming it", async () => {
    const config = parseConfig({ DATABASE_PATH: join(dir, "porchlight.db"), ADMINS: `${TELETYPE}:dana` });
    const services = createServices(config, { logger: createRecordingLogger() });
    try {
      await expect(createChatAdapters(config, services, { registrations: [], specs: loadCommandSpecs(), console: consoleOptions() })).rejects.toThrow(ConfigError);
      await expect(createChatAdapters(config, services, { registrations: [], specs: loadCommandSpecs(), console: consoleOptions() })).rejects.toThrow(
        `ADMINS (is "${TELETYPE}:dana"): "${TELETYPE}" is not a platform this build runs`,
      );
    } finally {
      services.close();
    }
  });

  it("GIVEN the source tree THEN no file under src/ names the teletype platform: adding it changed nothing in the core", () => {
    const naming = sourceFiles("src").filter((file) => readFileSync(file, "utf8").toLowerCase().includes(TELETYPE));
    expect(naming).toEqual([]);
  });
});
