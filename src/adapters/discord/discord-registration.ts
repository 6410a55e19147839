import type { AdapterRegistration } from "../adapter-registration.js";

/** Discord when DISCORD_TOKEN is set. */
export const discordRegistration: AdapterRegistration = {
  platform: "discord",
  enabled: (config) => config.DISCORD_TOKEN !== undefined,
  async create(config, context) {
    // discord.js is loaded only when Discord is on; a Slack-only network never pays for it.
    const { createDiscordAdapter } = await import("./discord-adapter.js");
    const settings = { token: config.DISCORD_TOKEN ?? "", ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}) };
    return createDiscordAdapter(settings, context.specs, context);
  },
};
