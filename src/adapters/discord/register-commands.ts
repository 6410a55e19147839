import { Routes, type REST } from "discord.js";
import type { CommandSpec } from "../../core/commands/command-spec.js";
import { buildDiscordCommands } from "./build-discord-commands.js";

/**
 * Replaces the application's slash commands with the spec'd ones (a bulk PUT, so removed specs disappear too).
 * With a guild id they are the guild's commands, which update at once: handy while testing.
 */
export async function registerCommands(rest: REST, applicationId: string, specs: CommandSpec[], guildId?: string): Promise<number> {
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  const registered = (await rest.put(route, { body: buildDiscordCommands(specs) })) as unknown[];
  return registered.length;
}
