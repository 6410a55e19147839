import type { ChatAdapterDeps } from "./adapters/chat-adapter-deps.js";
import type { Config } from "./config/config.js";
import type { Platform } from "./core/commands/actor.js";
import type { CommandSpec } from "./core/commands/command-spec.js";
import type { Messenger } from "./core/messenger.js";

/** The chat platforms the configuration turns on (Slack when SLACK_BOT_TOKEN is set, Discord when DISCORD_TOKEN is). */
export interface ChatPlatforms {
  names: Platform[];
  /** Each running platform's messenger, for the routing messenger; they work before start(). */
  messengers: Partial<Record<Platform, Messenger>>;
  start(deps: ChatAdapterDeps): Promise<void>;
  /** Stops taking new commands; safe to call when nothing started. */
  stop(): Promise<void>;
}

/**
 * Each platform's client is imported only when its token is set: Bolt and discord.js with their dependencies
 * were most of the console's start-up time, and a Discord-only network never needs Bolt.
 */
export async function createChatPlatforms(config: Config, specs: CommandSpec[]): Promise<ChatPlatforms> {
  const adapters: { start(): Promise<unknown>; stop(): Promise<void> }[] = [];
  const messengers: Partial<Record<Platform, Messenger>> = {};
  const builders: ((deps: ChatAdapterDeps) => void)[] = [];

  if (config.SLACK_BOT_TOKEN) {
    const slack = {
      botToken: config.SLACK_BOT_TOKEN,
      port: config.SLACK_PORT,
      ...(config.SLACK_HOST ? { host: config.SLACK_HOST } : {}),
      ...(config.SLACK_APP_TOKEN ? { appToken: config.SLACK_APP_TOKEN } : { signingSecret: config.SLACK_SIGNING_SECRET }),
      ...(config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL } : {}),
    };
    const [{ createSlackWebClient }, { createSlackAdapter }, { createSlackMessenger }] = await Promise.all([
      import("./adapters/slack/create-slack-web-client.js"),
      import("./adapters/slack/slack-adapter.js"),
      import("./adapters/slack/slack-messenger.js"),
    ]);
    messengers.slack = createSlackMessenger(createSlackWebClient(slack));
    builders.push((deps) => adapters.push(createSlackAdapter(slack, specs, deps)));
  }
  if (config.DISCORD_TOKEN) {
    const discord = { token: config.DISCORD_TOKEN, ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}) };
    const [{ createDiscordRest }, { createDiscordAdapter }, { createDiscordMessenger }] = await Promise.all([
      import("./adapters/discord/create-discord-rest.js"),
      import("./adapters/discord/discord-adapter.js"),
      import("./adapters/discord/discord-messenger.js"),
    ]);
    messengers.discord = createDiscordMessenger(createDiscordRest(discord));
    builders.push((deps) => adapters.push(createDiscordAdapter(discord, specs, deps)));
  }

  return {
    names: Object.keys(messengers) as Platform[],
    messengers,
    async start(deps) {
      for (const build of builders) build(deps);
      await Promise.all(adapters.map((a) => a.start()));
    },
    async stop() {
      await Promise.allSettled(adapters.map((a) => a.stop()));
    },
  };
}
