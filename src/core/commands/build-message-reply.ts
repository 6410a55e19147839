import type { MessageReply, ReplyAction, ReplySection } from "../reply.js";

/** A message reply whose plain text (what the console prints and notifications show) is its title and sections. */
export function buildMessageReply(parts: { title: string; sections?: ReplySection[]; actions?: ReplyAction[]; ephemeral?: boolean }): MessageReply {
  const sections = parts.sections ?? [];
  const text = [parts.title, ...sections.map((s) => [`${s.title}:`, ...s.lines.map((l) => `  ${l}`)].join("\n"))].join("\n");
  return {
    kind: "message",
    title: parts.title,
    text,
    ephemeral: parts.ephemeral ?? true,
    ...(sections.length ? { sections } : {}),
    ...(parts.actions?.length ? { actions: parts.actions } : {}),
  };
}
