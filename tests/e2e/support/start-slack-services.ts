import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequestPipeline } from "../../../src/adapters/request-pipeline.js";
import { createSlackAdapter, type SlackAdapter } from "../../../src/adapters/slack/slack-adapter.js";
import { loadCommandSpecs } from "../../../src/command-files/load-command-specs.js";
import { parseConfig } from "../../../src/config/config.js";
import { createServices, type Services } from "../../../src/services/create-services.js";
import type { FakeSlackApi } from "../fakes/fake-slack-api.js";
import { createRecordingLogger } from "./recording-logger.js";
import { SIGNING_SECRET } from "./start-slack.js";

export const NOW = new Date("2026-11-24T17:00:00Z");

/** The real Bolt app over the real services (a SQLite file, the knowledge base), as main.ts wires them. */
export async function startSlackWithServices(api: FakeSlackApi, appToken?: string): Promise<{ adapter: SlackAdapter; services: Services; eventsUrl: string; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "porchlight-slack-"));
  const logger = createRecordingLogger();
  const services = createServices(
    parseConfig({ DATABASE_PATH: join(dir, "p.db"), NETWORK_TIME_ZONE: "America/Denver", ADMINS: "slack:UADMIN", QUESTIONS_CHANNEL: "slack:CQUESTIONS" }),
    { logger, now: () => NOW },
  );
  const settings = { botToken: "xoxb-test", apiUrl: api.apiUrl, port: 0, host: "127.0.0.1" };
  const pipeline = createRequestPipeline({ dispatcher: services.dispatcher, messenger: services.messenger, logger, isAdmin: (k) => services.isAdmin(k), now: () => NOW });
  const adapter = createSlackAdapter(appToken ? { ...settings, appToken } : { ...settings, signingSecret: SIGNING_SECRET }, loadCommandSpecs(), { pipeline, logger });
  services.registerMessenger("slack", adapter);
  const address = await adapter.start();
  return {
    adapter,
    services,
    eventsUrl: address ? `http://127.0.0.1:${address.port}/slack/events` : "",
    async close() {
      await adapter.stop();
      services.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
