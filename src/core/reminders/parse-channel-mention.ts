import type { Platform } from "../commands/actor.js";
import { UserError } from "../commands/user-error.js";

const FORMS: Record<Platform, { pattern: RegExp; example: string }> = {
  console: { pattern: /^(#[\w-]+)$/, example: "#network" },
  // Slack escapes a picked channel as <#C024BE7LR|general> (the name part is optional).
  slack: { pattern: /^<#([A-Z0-9]+)(?:\|[^>]*)?>$/, example: "#network (pick it from Slack's channel list so it becomes a link)" },
  discord: { pattern: /^<#(\d+)>$/, example: "#network (pick it from Discord's channel list so it becomes a mention)" },
};

/** A channel as typed on a platform -> its stored key: `#network` on the console -> `console:#network`, `<#C123|x>` on Slack -> `slack:C123`. */
export function parseChannelMention(text: string, platform: Platform): string {
  const form = FORMS[platform];
  const match = form.pattern.exec(text.trim());
  if (!match) {
    throw new UserError(
      "reminders.bad-channel",
      `"${text}" is not a channel I can post in. Name the channel first, e.g. /reminders add ${form.example} every Monday at 9:00 Team call at noon.`,
    );
  }
  return `${platform}:${match[1]}`;
}

/** How a channel key reads in a reply: `#network` on the console, a clickable mention on Slack and Discord. */
export function channelLabel(channelKey: string): string {
  const [platform, id] = [channelKey.slice(0, channelKey.indexOf(":")), channelKey.slice(channelKey.indexOf(":") + 1)];
  return platform === "console" ? id : `<#${id}>`;
}
