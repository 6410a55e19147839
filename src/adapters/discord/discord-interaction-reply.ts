import { MessageFlags, type InteractionReplyOptions } from "discord.js";
import type { Reply } from "../../core/reply.js";
import { renderDiscordReply } from "./render-discord-reply.js";

/** The rendered reply as interaction reply options: personal replies are ephemeral (flag 64), files become attachments. */
export function discordInteractionReply(reply: Reply): InteractionReplyOptions {
  const { files, ...body } = renderDiscordReply(reply);
  return {
    ...body,
    ...(files ? { files: files.map((f) => ({ attachment: f.data, name: f.name, contentType: f.contentType })) } : {}),
    ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}
