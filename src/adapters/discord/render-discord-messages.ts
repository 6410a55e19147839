import type { Reply } from "../../core/reply.js";
import { longReplyFile } from "../long-reply-file.js";
import { DISCORD_MAX_MESSAGES_PER_REPLY } from "./discord-limits.js";
import { fitDiscordMessage } from "./fit-discord-message.js";
import { renderDiscordReply, type DiscordMessage } from "./render-discord-reply.js";

/**
 * A reply as the Discord messages that carry it, each within every limit Discord enforces: the first is the answer
 * (an interaction's reply), the others its follow-ups. A reply that would need more than a few becomes a file.
 */
export function renderDiscordMessages(reply: Reply): DiscordMessage[] {
  const messages = fitDiscordMessage(renderDiscordReply(reply));
  if (messages.length <= DISCORD_MAX_MESSAGES_PER_REPLY || reply.kind === "file") return messages;
  return fitDiscordMessage(renderDiscordReply(longReplyFile(reply)));
}
