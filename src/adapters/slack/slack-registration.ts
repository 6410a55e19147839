import type { Config } from "../../config/config.js";
import type { AdapterRegistration } from "../adapter-registration.js";
import type { SlackSettings } from "./slack-settings.js";

/** Bolt's own default HTTP port. */
const DEFAULT_SLACK_PORT = 3000;

export function slackSettingsOf(config: Config): SlackSettings {
  // Socket Mode needs no port, so it listens only when the host asked for one (its health check probes it).
  const askedPort = config.SLACK_PORT ?? config.PORT;
  return {
    botToken: config.SLACK_BOT_TOKEN ?? "",
    port: config.SLACK_PORT ?? config.PORT ?? DEFAULT_SLACK_PORT,
    ...(config.SLACK_HOST ? { host: config.SLACK_HOST } : {}),
    ...(config.SLACK_APP_TOKEN
      ? { appToken: config.SLACK_APP_TOKEN, ...(askedPort !== undefined ? { healthPort: askedPort } : {}) }
      : { signingSecret: config.SLACK_SIGNING_SECRET }),
    ...(config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL } : {}),
  };
}

/** Slack when SLACK_BOT_TOKEN is set: Socket Mode with SLACK_APP_TOKEN, else HTTP mode with the signing secret. */
export const slackRegistration: AdapterRegistration = {
  platform: "slack",
  enabled: (config) => config.SLACK_BOT_TOKEN !== undefined,
  async create(config, context) {
    // Bolt and its dependencies are loaded only when Slack is on: they were most of the console's start-up time.
    const { createSlackAdapter } = await import("./slack-adapter.js");
    return createSlackAdapter(slackSettingsOf(config), context.specs, context);
  },
};
