import type { Platform } from "../commands/actor.js";
import { UserError } from "../commands/user-error.js";

// Slack escapes a mention as <@U024BE7LH> or <@U024BE7LH|sam>; Discord as <@80351110224678912> or <@!80351110224678912>.
const PLATFORM_MENTION = /^<@!?([A-Za-z0-9]+)(?:\|[^>]*)?>$/;
const FULL_KEY = /^(slack|discord|console):([^\s,:]+)$/;
const PLAIN = /^@([\w.-]+)$/;

/** True when the word is meant as a person (a mention, `@name` or a `platform:id` key). */
export function looksLikeMention(word: string): boolean {
  return PLATFORM_MENTION.test(word) || FULL_KEY.test(word) || PLAIN.test(word);
}

/**
 * The user key a mention names, on the speaker's platform. A plain `@name` only identifies someone on the console,
 * where people are their names; on Slack and Discord it must be a real mention so it carries the id.
 */
export function parseUserMention(word: string, platform: Platform): string {
  const mention = PLATFORM_MENTION.exec(word);
  if (mention) return `${platform}:${mention[1]}`;
  if (FULL_KEY.test(word)) return word;
  const plain = PLAIN.exec(word);
  if (plain && platform === "console") return `console:${plain[1]}`;
  throw new UserError(
    "hours.invalid-mention",
    `I can't tell who "${word}" is: mention them so their name turns into a link, e.g. /log-hours 1 supervision with @sam.`,
  );
}
