import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDiscordAdapter, type DiscordAdapter } from "../../../src/adapters/discord/discord-adapter.js";
import { createRequestPipeline } from "../../../src/adapters/request-pipeline.js";
import { loadCommandSpecs } from "../../../src/command-files/load-command-specs.js";
import { parseConfig } from "../../../src/config/config.js";
import { createServices, type Services } from "../../../src/services/create-services.js";
import type { FakeDiscordApi } from "../fakes/fake-discord-api.js";
import { createRecordingLogger } from "./recording-logger.js";

export const DISCORD_NOW = new Date("2026-11-24T17:00:00Z");
export const DISCORD_ADMIN = "600000000000000099";

/** The real discord.js client over the real services (a SQLite file, the knowledge base), as main.ts wires them. */
export async function startDiscordWithServices(api: FakeDiscordApi): Promise<{ adapter: DiscordAdapter; services: Services; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "porchlight-discord-"));
  const logger = createRecordingLogger();
  const services = createServices(parseConfig({ DATABASE_PATH: join(dir, "p.db"), NETWORK_TIME_ZONE: "America/Denver", ADMINS: `discord:${DISCORD_ADMIN}` }), {
    logger,
    now: () => DISCORD_NOW,
  });
  const pipeline = createRequestPipeline({ dispatcher: services.dispatcher, messenger: services.messenger, logger, isAdmin: (k) => services.isAdmin(k), now: () => DISCORD_NOW });
  const adapter = createDiscordAdapter({ token: "fake-discord-token", apiUrl: api.apiUrl }, loadCommandSpecs(), { pipeline, logger, suggester: services.suggester });
  services.registerMessenger("discord", adapter);
  await adapter.start();
  return {
    adapter,
    services,
    async close() {
      await adapter.stop();
      services.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
