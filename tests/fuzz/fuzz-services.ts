import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseConfig } from "../../src/config/config.js";
import { actorOf } from "../../src/core/commands/actor.js";
import type { Logger } from "../../src/core/logger.js";
import { createServices } from "../../src/services/create-services.js";
import { openSqliteStores } from "../../src/storage/open-sqlite-stores.js";
import { inPlatformSyntax } from "../support/platform-syntax.js";

/** Every command wired as main wires it, on a real SQLite file, with a logger that keeps what it is told. */
export function createFuzzServices() {
  const dir = mkdtempSync(join(tmpdir(), "porchlight-fuzz-"));
  const path = join(dir, "porchlight.db");
  const logged: { level: string; event: string; fields: Record<string, unknown> }[] = [];
  const at = (level: string) => (event: string, fields: Record<string, unknown> = {}) => void logged.push({ level, event, fields });
  const logger: Logger = { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
  const stores = openSqliteStores(path, { synchronous: "NORMAL" });
  const services = createServices(parseConfig({ DATABASE_PATH: path, NETWORK_TIME_ZONE: "America/Denver", ADMINS: "console:ada", CHANNELS: "network=console:#network" }), {
    stores,
    logger,
    now: () => new Date("2026-11-24T17:00:00Z"),
  });
  // Posts and direct messages made by fuzzed commands land here, as the console adapter would print them.
  const delivered: unknown[] = [];
  services.registerMessenger("console", { deliver: async (delivery) => void delivered.push(delivery) });
  return {
    logged,
    delivered,
    commandNames: services.dispatcher.commandNames(),
    say(line: string, user = "ada") {
      return inPlatformSyntax("console", line, (read) => services.dispatcher.dispatchLine(read, { actor: actorOf("console", user), isAdmin: user === "ada", now: new Date("2026-11-24T17:00:00Z") }));
    },
    async close() {
      await services.announcements.settled();
      services.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
