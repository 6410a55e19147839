import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App } from "@slack/bolt";
import type { CommandSpec } from "../../core/commands/command-spec.js";
import type { AdapterDeps } from "../adapter-deps.js";
import type { ChatAdapter } from "../chat-adapter.js";
import { createBoltLogger } from "./create-bolt-logger.js";
import { createSlackWebClient, SLACK_CLIENT_RETRY } from "./create-slack-web-client.js";
import { registerSlackButtons } from "./register-slack-buttons.js";
import { registerSlackCommands } from "./register-slack-commands.js";
import { registerSlackForms } from "./register-slack-forms.js";
import { registerSlackHome } from "./register-slack-home.js";
import { createSlackHome } from "./slack-home.js";
import { registerSlackMessages } from "./register-slack-messages.js";
import { healthCheckRoute } from "./health-check-route.js";
import { startHealthServer, stopHealthServer } from "./start-health-server.js";
import { createSlackMessenger } from "./slack-messenger.js";
import type { SlackSettings } from "./slack-settings.js";

export interface SlackAdapter extends ChatAdapter {
  /** HTTP mode resolves with the listening address; Socket Mode once Slack said hello (with the health check's address, if any). */
  start(): Promise<AddressInfo | undefined>;
}

/** Bolt in Socket Mode when an app token is set, else HTTP mode verified by the signing secret. */
export function createSlackAdapter(settings: SlackSettings, specs: CommandSpec[], deps: AdapterDeps): SlackAdapter {
  const socketMode = settings.appToken !== undefined;
  let ready = false;
  let healthServer: Server | undefined;
  const app = new App({
    token: settings.botToken,
    ...(socketMode
      ? { socketMode: true, appToken: settings.appToken }
      : { signingSecret: settings.signingSecret, customRoutes: [healthCheckRoute(() => ready)] }),
    clientOptions: { retryConfig: SLACK_CLIENT_RETRY, ...(settings.apiUrl ? { slackApiUrl: settings.apiUrl } : {}) },
    logger: createBoltLogger(deps.logger),
  });
  const home = createSlackHome(deps.pipeline, deps.logger);
  registerSlackCommands(app, specs, deps, home);
  registerSlackButtons(app, deps, home);
  registerSlackForms(app, deps, home);
  registerSlackHome(app, home, deps.logger);
  registerSlackMessages(app, deps);
  app.error(async (error) => {
    deps.logger.error("slack.handler.failed", { code: (error as { code?: string }).code, error: error.message });
  });
  // Posts outside a reply use their own client with the scheduler's retry policy; it needs no running app.
  const messenger = createSlackMessenger(createSlackWebClient(settings));

  return {
    platform: "slack",
    deliver: (delivery) => messenger.deliver(delivery),
    async start() {
      if (socketMode) {
        // Listening before the link opens, so the platform's probe gets 503 (not a refused connection) while it does.
        if (settings.healthPort !== undefined) {
          healthServer = await startHealthServer({ port: settings.healthPort, host: settings.host, isReady: () => ready });
        }
        await app.start().catch(async (err: unknown) => {
          if (healthServer) await stopHealthServer(healthServer);
          throw err;
        });
        ready = true;
        const health = healthServer?.address() as AddressInfo | undefined;
        deps.logger.info("slack.started", { mode: "socket", ...(health ? { healthPort: health.port } : {}) });
        return health;
      }
      const server = (await app.start({ port: settings.port, ...(settings.host ? { host: settings.host } : {}) })) as {
        address(): AddressInfo | string | null;
      };
      const address = server.address() as AddressInfo;
      ready = true;
      deps.logger.info("slack.started", { mode: "http", port: address.port });
      return address;
    },
    async stop() {
      ready = false;
      await app.stop();
      if (healthServer) await stopHealthServer(healthServer);
      healthServer = undefined;
    },
  };
}
