import { createDiscordRest } from "../src/adapters/discord/create-discord-rest.js";
import { registerCommands } from "../src/adapters/discord/register-commands.js";
import { loadCommandSpecs } from "../src/command-files/load-command-specs.js";
import { loadConfig } from "../src/config/config.js";

// Registers commands/*.json as the Discord application's slash commands (npm run discord:register).
// Needs DISCORD_TOKEN and DISCORD_APPLICATION_ID; DISCORD_GUILD_ID registers to one server, which updates instantly.
try {
  const config = loadConfig();
  if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
    throw new Error("Set DISCORD_TOKEN and DISCORD_APPLICATION_ID (Discord developer portal -> your app -> General Information / Bot).");
  }
  const rest = createDiscordRest({ token: config.DISCORD_TOKEN, ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}) });
  const count = await registerCommands(rest, config.DISCORD_APPLICATION_ID, loadCommandSpecs(), config.DISCORD_GUILD_ID);
  process.stdout.write(`Registered ${count} commands ${config.DISCORD_GUILD_ID ? `in server ${config.DISCORD_GUILD_ID}` : "globally (may take up to an hour to show)"}.\n`);
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
