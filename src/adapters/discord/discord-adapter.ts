import { once } from "node:events";
import { Client, DiscordAPIError, Events, GatewayIntentBits, type Interaction } from "discord.js";
import type { CommandSpec } from "../../core/commands/command-spec.js";
import type { ChatAdapterDeps } from "../chat-adapter-deps.js";
import type { CommandRequest } from "../command-request.js";
import { dispatchRequest } from "../dispatch-request.js";
import { sendDeliveries } from "../send-deliveries.js";
import { actorOf } from "../../core/commands/actor.js";
import { commandFromCustomId } from "./discord-custom-id.js";
import { discordCommandRequest } from "./discord-command-request.js";
import { discordInteractionReply } from "./discord-interaction-reply.js";
import type { DiscordSettings } from "./discord-settings.js";

export interface DiscordAdapter {
  /** Logs in and resolves once the gateway said READY. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** discord.js on the gateway: slash commands and our buttons go through the dispatcher; everything else is ignored. */
export function createDiscordAdapter(settings: DiscordSettings, specs: CommandSpec[], deps: ChatAdapterDeps): DiscordAdapter {
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
      return { line, actor: actorOf("discord", interaction.user.id), deliveryId: interaction.id, channel: interaction.channelId };
    }
    return undefined;
  }

  async function handle(interaction: Interaction): Promise<void> {
    const request = requestOf(interaction);
    if (!request || !interaction.isRepliable()) return;
    const command = "name" in request ? request.name : "button";
    deps.logger.info("discord.interaction", { command, actor: request.actor.key, deliveryId: request.deliveryId });
    try {
      const outcome = await dispatchRequest(deps, request);
      await interaction.reply(discordInteractionReply(outcome.reply));
      await sendDeliveries(deps.messenger, outcome.deliveries ?? [], deps.logger);
    } catch (err) {
      // The dispatcher already turns command faults into replies; what is left is Discord refusing the reply itself.
      const code = err instanceof DiscordAPIError ? err.code : undefined;
      deps.logger.error("discord.reply.failed", { command, deliveryId: request.deliveryId, code, error: err instanceof Error ? err.message : String(err) });
    }
  }

  client.on(Events.InteractionCreate, (interaction) => void handle(interaction));
  client.on(Events.Error, (err) => deps.logger.error("discord.client.error", { error: err.message }));

  return {
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
