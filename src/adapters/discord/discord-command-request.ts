import { actorOf } from "../../core/commands/actor.js";
import type { CommandSpec } from "../../core/commands/command-spec.js";
import { joinCommandOptions } from "../../core/commands/join-command-options.js";
import type { CommandRequest } from "../command-request.js";
import { discordReferences } from "./discord-references.js";

/** What the adapter reads off a chat-input interaction. */
export interface ChatInputFacts {
  interactionId: string;
  userId: string;
  channelId: string | null;
  /** The typed option values by name, as Discord sent them. */
  values: Record<string, string | undefined>;
}

/**
 * A slash command interaction as a command request: typed options joined back into the one argument line the core
 * parses (mentions read as references), and the interaction id as the delivery id (a repeated interaction carries the same id).
 */
export function discordCommandRequest(spec: CommandSpec, facts: ChatInputFacts): CommandRequest {
  return {
    name: spec.name,
    args: discordReferences.read(joinCommandOptions(spec, facts.values)),
    actor: actorOf("discord", facts.userId),
    deliveryId: facts.interactionId,
    ...(facts.channelId ? { channel: facts.channelId } : {}),
  };
}
