import { once } from "node:events";
import { type AutocompleteInteraction, Client, DiscordAPIError, Events, GatewayIntentBits, type Interaction, type ModalSubmitInteraction } from "discord.js";
import type { CommandSpec } from "../../core/commands/command-spec.js";
import type { AdapterDeps } from "../adapter-deps.js";
import type { ChatAdapter } from "../chat-adapter.js";
import type { CommandRequest } from "../command-request.js";
import { actorOf } from "../../core/commands/actor.js";
import { commandFromCustomId } from "./discord-custom-id.js";
import { discordCommandRequest } from "./discord-command-request.js";
import { discordInteractionReplies } from "./discord-interaction-replies.js";
import { discordReferences } from "./discord-references.js";
import { answerInteraction } from "./answer-interaction.js";
import { renderDiscordMessages } from "./render-discord-messages.js";
import { renderDiscordModal } from "./render-discord-modal.js";
import { submitDiscordForm } from "./submit-discord-form.js";
import { createDiscordMessenger } from "./discord-messenger.js";
import { createDiscordRest } from "./create-discord-rest.js";
import type { DiscordSettings } from "./discord-settings.js";

export interface DiscordAdapter extends ChatAdapter {
  /** Logs in and resolves once the gateway said READY. */
  start(): Promise<void>;
}

/** discord.js on the gateway: slash commands, our buttons and our modals go through the dispatcher; everything else is ignored. */
export function createDiscordAdapter(settings: DiscordSettings, specs: CommandSpec[], deps: AdapterDeps): DiscordAdapter {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], ...(settings.apiUrl ? { rest: { api: settings.apiUrl } } : {}) });
  const specsByName = new Map(specs.map((s) => [s.name, s]));

  function requestOf(interaction: Interaction): CommandRequest | undefined {
    if (interaction.isChatInputCommand()) {
      const spec = specsByName.get(interaction.commandName);
      // A command still registered but no longer spec'd: the dispatcher answers with the commands it knows.
      if (!spec) return { name: interaction.commandName, args: "", actor: actorOf("discord", interaction.user.id), deliveryId: interaction.id };
      const values = Object.fromEntries(spec.options.map((o) => [o.name, interaction.options.getString(o.name) ?? undefined]));
      return discordCommandRequest(spec, { interactionId: interaction.id, userId: interaction.user.id, channelId: interaction.channelId, values });
    }
    if (interaction.isButton()) {
      const line = commandFromCustomId(interaction.customId);
      if (line === undefined) return undefined;
      return { line: discordReferences.read(line), actor: actorOf("discord", interaction.user.id), deliveryId: interaction.id, channel: interaction.channelId };
    }
    return undefined;
  }

  /** Autocomplete must be answered within 3 s: the suggester reads memory and one indexed query, nothing is logged of what was typed. */
  async function suggest(interaction: AutocompleteInteraction): Promise<void> {
    try {
      const focused = interaction.options.getFocused(true);
      const found = deps.suggester ? await deps.suggester.suggest(interaction.commandName, focused.name, String(focused.value), actorOf("discord", interaction.user.id), new Date()) : [];
      await interaction.respond(found.map((s) => ({ name: s.label, value: s.value })));
    } catch (err) {
      const code = err instanceof DiscordAPIError ? err.code : undefined;
      deps.logger.error("discord.autocomplete.failed", { command: interaction.commandName, code, error: err instanceof Error ? err.message : String(err) });
    }
  }

  async function handle(interaction: Interaction): Promise<void> {
    const request = requestOf(interaction);
    if (!request || !interaction.isRepliable()) return;
    const command = "name" in request ? request.name : "button";
    try {
      await deps.pipeline.handle({ ...request, source: "discord.interaction" }, async (reply, updatePost) => {
        if (updatePost && interaction.isButton()) {
          // Edit the message the button sits on (a meeting's counts) as the response, then answer the presser alone.
          // A post with buttons is short (a meeting and its counts): its first message is all of it.
          const { files: _files, ...post } = renderDiscordMessages(updatePost)[0]!;
          await interaction.update(post);
          for (const message of discordInteractionReplies(reply)) await interaction.followUp(message);
          return;
        }
        // A form opens as a modal, which only a command's or a button's first answer can be.
        if (reply.kind === "form" && (interaction.isChatInputCommand() || interaction.isButton())) {
          const modal = renderDiscordModal(reply.form, interaction.id);
          if (modal) {
            await interaction.showModal(modal);
            return;
          }
        }
        await answerInteraction(interaction, reply);
      });
    } catch (err) {
      // The dispatcher already turns command faults into replies; what is left is Discord refusing the reply itself.
      const code = err instanceof DiscordAPIError ? err.code : undefined;
      deps.logger.error("discord.reply.failed", { command, deliveryId: request.deliveryId, code, error: err instanceof Error ? err.message : String(err) });
    }
  }

  async function submit(interaction: ModalSubmitInteraction): Promise<void> {
    try {
      await submitDiscordForm(interaction, deps.pipeline);
    } catch (err) {
      const code = err instanceof DiscordAPIError ? err.code : undefined;
      deps.logger.error("discord.reply.failed", { command: "form", deliveryId: interaction.id, code, error: err instanceof Error ? err.message : String(err) });
    }
  }

  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isAutocomplete()) void suggest(interaction);
    else if (interaction.isModalSubmit()) void submit(interaction);
    else void handle(interaction);
  });
  client.on(Events.Error, (err) => deps.logger.error("discord.client.error", { error: err.message }));

  // Posts outside a reply go over REST, which needs no gateway session.
  const messenger = createDiscordMessenger(createDiscordRest(settings));

  return {
    platform: "discord",
    deliver: (delivery) => messenger.deliver(delivery),
    async start() {
      const ready = once(client, Events.ClientReady);
      await client.login(settings.token);
      await ready;
      deps.logger.info("discord.started", { user: client.user?.id });
    },
    async stop() {
      await client.destroy();
    },
  };
}
