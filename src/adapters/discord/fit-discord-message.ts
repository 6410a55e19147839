import { embedLength, type APIEmbed, type APIEmbedField } from "discord.js";
import { splitText } from "../split-text.js";
import { DISCORD_MAX_CONTENT, DISCORD_MAX_EMBED_DESCRIPTION, DISCORD_MAX_EMBED_FIELDS, DISCORD_MAX_EMBEDS, DISCORD_MAX_EMBEDS_TOTAL } from "./discord-limits.js";
import type { DiscordMessage } from "./render-discord-reply.js";

/**
 * One rendered message as the messages Discord accepts: content past 2000 characters continues in further
 * messages, an embed past 25 fields, 4096 characters of description or 6000 in all continues in further embeds, and
 * embeds are packed 10 (and 6000 characters) to a message. Nothing is cut. Files ride on the first message, buttons
 * on the last, under what they act on.
 */
export function fitDiscordMessage(message: DiscordMessage): DiscordMessage[] {
  const messages: DiscordMessage[] = message.content ? splitText(message.content, DISCORD_MAX_CONTENT).map((content) => ({ content })) : [];
  for (const embeds of packEmbeds((message.embeds ?? []).flatMap(splitEmbed))) messages.push({ embeds });
  if (messages.length === 0) messages.push({});
  if (message.files) messages[0] = { ...messages[0], files: message.files };
  if (message.components) messages[messages.length - 1] = { ...messages.at(-1), components: message.components };
  return messages;
}

/** An embed as embeds that each keep within an embed's limits; the first keeps the title, the last the footer. */
function splitEmbed(embed: APIEmbed): APIEmbed[] {
  const { description, fields = [], footer, ...head } = embed;
  const descriptions = description ? splitText(description, DISCORD_MAX_EMBED_DESCRIPTION) : [];
  const embeds: APIEmbed[] = [{ ...head, ...(descriptions[0] ? { description: descriptions[0] } : {}) }];
  for (const piece of descriptions.slice(1)) embeds.push({ description: piece });
  for (const field of fields) {
    const last = embeds.at(-1)!;
    if (fits(last, { fields: [field] }, (last.fields?.length ?? 0) < DISCORD_MAX_EMBED_FIELDS)) last.fields = [...(last.fields ?? []), field];
    else embeds.push({ fields: [field] });
  }
  if (footer) {
    const last = embeds.at(-1)!;
    if (fits(last, { footer }, true)) last.footer = footer;
    else embeds.push({ footer });
  }
  return embeds;
}

function fits(embed: APIEmbed, addition: { fields?: APIEmbedField[]; footer?: APIEmbed["footer"] }, roomLeft: boolean): boolean {
  return roomLeft && embedLength(embed) + embedLength(addition) <= DISCORD_MAX_EMBEDS_TOTAL;
}

/** Embeds in order, as few messages as Discord's 10 embeds and 6000 characters a message allow. */
function packEmbeds(embeds: APIEmbed[]): APIEmbed[][] {
  const groups: APIEmbed[][] = [];
  let size = 0;
  for (const embed of embeds) {
    const current = groups.at(-1);
    const length = embedLength(embed);
    if (current && current.length < DISCORD_MAX_EMBEDS && size + length <= DISCORD_MAX_EMBEDS_TOTAL) {
      current.push(embed);
      size += length;
    } else {
      groups.push([embed]);
      size = length;
    }
  }
  return groups;
}
