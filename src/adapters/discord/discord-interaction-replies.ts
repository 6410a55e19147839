import { MessageFlags, type InteractionReplyOptions } from "discord.js";
import type { Reply } from "../../core/reply.js";
import { renderDiscordMessages } from "./render-discord-messages.js";

/**
 * The rendered reply as interaction reply options, one per message: the first is the interaction's reply, the rest
 * its follow-ups. Personal replies are ephemeral (flag 64) in every message; files become attachments.
 */
export function discordInteractionReplies(reply: Reply): InteractionReplyOptions[] {
  return renderDiscordMessages(reply).map(({ files, ...body }) => ({
    ...body,
    ...(files ? { files: files.map((f) => ({ attachment: f.data, name: f.name, contentType: f.contentType })) } : {}),
    ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  }));
}
