import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIEmbedField } from "discord.js";
import { ButtonStyle, ComponentType } from "discord.js";
import type { AnswerReply, MessageReply, Reply, ReplyAction } from "../../core/reply.js";
import { mapReplyText } from "../map-reply-text.js";
import { splitText } from "../split-text.js";
import { discordText } from "./discord-references.js";
import { truncateText } from "../truncate-text.js";
import { runCommandCustomId } from "./discord-custom-id.js";
import {
  DISCORD_BUTTONS_PER_ROW,
  DISCORD_MAX_BUTTON_LABEL,
  DISCORD_MAX_EMBED_TITLE,
  DISCORD_MAX_FIELD_NAME,
  DISCORD_MAX_FIELD_VALUE,
  DISCORD_MAX_FOOTER,
  DISCORD_MAX_ROWS,
} from "./discord-limits.js";

/** A reply as a Discord message body; whether it is ephemeral is the caller's business (only interactions can be). */
export interface DiscordMessage {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponent>[];
  files?: { name: string; data: Buffer; contentType: string }[];
}

const VERDICT_TITLE: Record<AnswerReply["verdict"], string> = {
  allowed: "✅ Within scope",
  not_allowed: "⛔ Outside scope",
  depends: "🟡 It depends",
  info: "ℹ️ Information",
  crisis: "🚨 Get help now",
  unknown: "❔ Not sure",
};

/**
 * Exhaustive over the reply kinds, as one message whose every piece keeps within its own limit (a title, a field);
 * how many fields, embeds and characters a message can hold is renderDiscordMessages' business, which splits it.
 */
export function renderDiscordReply(reply: Reply): DiscordMessage {
  // References become Discord mentions before the limits are applied, so a cut never splits one.
  return renderBody(mapReplyText(reply, discordText));
}

function renderBody(reply: Reply): DiscordMessage {
  switch (reply.kind) {
    case "answer": {
      const { buttons, typed } = splitActions(reply.actions ?? []);
      const components = toRows(buttons);
      const embed = answerEmbed(reply, typed.map((a) => `${a.label}: type ${a.command}`));
      return { embeds: [embed], ...(components.length ? { components } : {}) };
    }
    case "message":
      return messageBody(reply);
    case "error":
      return { content: `⚠️ ${reply.text}` };
    case "file":
      return {
        content: reply.text,
        files: [{ name: reply.fileName, data: Buffer.from(reply.content, "utf8"), contentType: reply.mimeType }],
      };
    case "form":
      // Shown only where no modal can open (a modal is an interaction's first answer): the text gives the syntax.
      return { content: reply.text };
  }
}

function answerEmbed(reply: AnswerReply, typedLines: string[]): APIEmbed {
  const sources = reply.citations.map((c) => `${c.document}, ${c.section}`);
  const fields: APIEmbedField[] = sources.length > 0 ? [field("Sources", sources.join("\n"))] : [];
  return {
    title: VERDICT_TITLE[reply.verdict],
    description: [reply.answer, ...typedLines].join("\n\n"),
    fields,
    ...(reply.related.length > 0
      ? { footer: { text: truncateText(`Related: ${reply.related.map((r) => r.title).join(" · ")}`, DISCORD_MAX_FOOTER) } }
      : {}),
  };
}

function messageBody(reply: MessageReply): DiscordMessage {
  const sectionActions = (reply.sections ?? []).flatMap((s) => s.actions ?? []);
  const { buttons, typed } = splitActions([...sectionActions, ...(reply.actions ?? [])]);
  const typedLines = typed.map((a) => `${a.label}: type ${a.command}`);
  const components = toRows(buttons);
  if (!reply.title && !(reply.sections && reply.sections.length > 0)) {
    return { content: [reply.text, ...typedLines].join("\n"), ...(components.length ? { components } : {}) };
  }
  const sections = reply.sections ?? [];
  // A long section continues in further fields rather than being cut at 1024 characters.
  const fields = sections.flatMap((s) =>
    splitText(s.lines.join("\n") || "—", DISCORD_MAX_FIELD_VALUE).map((piece, i) => field(i === 0 ? s.title : `${s.title} (continued)`, piece)),
  );
  const description = [sections.length === 0 ? reply.text : "", ...typedLines].filter(Boolean).join("\n");
  const embed: APIEmbed = {
    ...(reply.title ? { title: truncateText(reply.title, DISCORD_MAX_EMBED_TITLE) } : {}),
    ...(description ? { description } : {}),
    fields,
  };
  return { embeds: [embed], ...(components.length ? { components } : {}) };
}

/** Buttons whose command fits a custom_id (and the row limits); the rest are shown for typing, never cut short. */
function splitActions(actions: ReplyAction[]): { buttons: APIButtonComponent[]; typed: ReplyAction[] } {
  const buttons: APIButtonComponent[] = [];
  const typed: ReplyAction[] = [];
  for (const action of actions) {
    const customId = runCommandCustomId(action.command);
    if (!customId || buttons.length >= DISCORD_BUTTONS_PER_ROW * DISCORD_MAX_ROWS) {
      typed.push(action);
      continue;
    }
    const style = action.style === "primary" ? ButtonStyle.Primary : action.style === "danger" ? ButtonStyle.Danger : ButtonStyle.Secondary;
    buttons.push({ type: ComponentType.Button, custom_id: customId, label: truncateText(action.label, DISCORD_MAX_BUTTON_LABEL), style });
  }
  return { buttons, typed };
}

function toRows(buttons: APIButtonComponent[]): APIActionRowComponent<APIButtonComponent>[] {
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  for (let start = 0; start < buttons.length; start += DISCORD_BUTTONS_PER_ROW) {
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(start, start + DISCORD_BUTTONS_PER_ROW) });
  }
  return rows;
}

function field(name: string, value: string): APIEmbedField {
  return { name: truncateText(name, DISCORD_MAX_FIELD_NAME), value: truncateText(value, DISCORD_MAX_FIELD_VALUE) };
}
