import type { RepliableInteraction } from "discord.js";
import type { Reply } from "../../core/reply.js";
import { discordInteractionReplies } from "./discord-interaction-replies.js";

/** Answers an interaction with a reply: its first message as the interaction's reply, the rest as follow-ups. */
export async function answerInteraction(interaction: RepliableInteraction, reply: Reply): Promise<void> {
  const [first, ...followUps] = discordInteractionReplies(reply);
  await interaction.reply(first!);
  for (const message of followUps) await interaction.followUp(message);
}
