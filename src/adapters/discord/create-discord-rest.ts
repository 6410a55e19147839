import { REST } from "discord.js";
import type { DiscordSettings } from "./discord-settings.js";

/** A REST client for posting and registering outside an interaction; it queues and waits out Discord's rate limits itself. */
export function createDiscordRest(settings: DiscordSettings): REST {
  return new REST({ version: "10", ...(settings.apiUrl ? { api: settings.apiUrl } : {}) }).setToken(settings.token);
}
