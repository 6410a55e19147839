import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type APIApplicationCommandStringOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { CommandSpec } from "../../core/commands/command-spec.js";

/** The Discord application commands for these specs: every option a string, choices or autocomplete where the spec asks. */
export function buildDiscordCommands(specs: CommandSpec[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return specs.map((spec) => ({
    type: ApplicationCommandType.ChatInput,
    name: spec.name,
    description: spec.description,
    // Usable in servers and in a DM with the bot (where personal commands are most at home).
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    integration_types: [ApplicationIntegrationType.GuildInstall],
    options: spec.options.map((option): APIApplicationCommandStringOption => {
      const base = { type: ApplicationCommandOptionType.String, name: option.name, description: option.description, required: option.required } as const;
      if (option.autocomplete) return { ...base, autocomplete: true };
      return option.choices ? { ...base, choices: option.choices.map((c) => ({ name: c, value: c })) } : base;
    }),
  }));
}
