import { loadCommandSpecs } from "../../../src/command-files/load-command-specs.js";
import { createRequestPipeline } from "../../../src/adapters/request-pipeline.js";
import { createRoutingMessenger } from "../../../src/adapters/routing-messenger.js";
import { createSlackAdapter, type SlackAdapter } from "../../../src/adapters/slack/slack-adapter.js";
import { createSlackMessenger } from "../../../src/adapters/slack/slack-messenger.js";
import { createSlackWebClient } from "../../../src/adapters/slack/create-slack-web-client.js";
import type { CommandDispatcher } from "../../../src/core/commands/command-dispatcher.js";
import type { Logger } from "../../../src/core/logger.js";
import type { FakeSlackApi } from "../fakes/fake-slack-api.js";

export const SIGNING_SECRET = "test-signing-secret";
export const FIXED_NOW = new Date("2026-03-10T15:00:00Z");

/** The real Bolt app, wired as main.ts wires it, talking to the fake Web API; HTTP mode unless an app token is given. */
export async function startSlack(
  api: FakeSlackApi,
  dispatcher: CommandDispatcher,
  logger: Logger,
  appToken?: string,
): Promise<{ adapter: SlackAdapter; eventsUrl: string }> {
  const settings = { botToken: "xoxb-test", apiUrl: api.apiUrl, port: 0, host: "127.0.0.1" };
  const messenger = createRoutingMessenger({ slack: createSlackMessenger(createSlackWebClient(settings)) });
  const adapter = createSlackAdapter(
    appToken ? { ...settings, appToken } : { ...settings, signingSecret: SIGNING_SECRET },
    loadCommandSpecs(),
    { pipeline: createRequestPipeline({ dispatcher, messenger, logger, isAdmin: () => false, now: () => FIXED_NOW }), logger },
  );
  const address = await adapter.start();
  return { adapter, eventsUrl: address ? `http://127.0.0.1:${address.port}/slack/events` : "" };
}
