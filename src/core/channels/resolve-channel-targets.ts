import type { Platform } from "../commands/actor.js";
import { UserError } from "../commands/user-error.js";
import { parseChannelMention } from "../reminders/parse-channel-mention.js";
import { readReference } from "../references/reference-text.js";
import type { ChannelNames } from "./channel-names.js";

const CHANNEL_NAME = /^#([\w-]+)$/;

/** A word that names a channel: `#network` as a CHANNELS name, or a channel the adapter read as a reference. */
export const looksLikeChannel = (word: string): boolean => CHANNEL_NAME.test(word) || readReference(word)?.kind === "channel";

/**
 * The channel keys one typed channel reaches. A name in CHANNELS reaches every channel listed for it; a picked channel
 * that is listed under a name (by key, or by its own name when its key is not listed) reaches that whole name too, so
 * picking #network on Slack also reaches its Discord twin. An unlisted picked channel is itself.
 */
export function resolveChannelTargets(word: string, platform: Platform, names: ChannelNames, usage: string): string[] {
  const plain = CHANNEL_NAME.exec(word);
  if (plain) {
    const named = names[plain[1]!.toLowerCase()];
    if (named) return [...named];
    const known = Object.keys(names).map((n) => `#${n}`).join(", ") || "none yet";
    throw new UserError(
      "channels.unknown-name",
      `"${word}" is not a channel I know. Pick the channel from the list so it becomes a link, or use a name an admin set in CHANNELS (${known}), e.g. ${usage}.`,
    );
  }
  const key = parseChannelMention(word, platform);
  const name = readReference(word)?.name?.replace(/^#/, "").toLowerCase();
  const group = Object.values(names).find((keys) => keys.includes(key)) ?? (name ? names[name] : undefined);
  return group ? [...group] : [key];
}

/** Leading channel words and the text after them: `#network #ceu Training on Friday` -> keys for both, "Training on Friday". */
export function takeChannels(args: string, platform: Platform, names: ChannelNames, usage: string): { channelKeys: string[]; rest: string } {
  const keys: string[] = [];
  let rest = args.trim();
  for (let word = rest.split(/\s+/, 1)[0] ?? ""; word && looksLikeChannel(word); word = rest.split(/\s+/, 1)[0] ?? "") {
    for (const key of resolveChannelTargets(word, platform, names, usage)) if (!keys.includes(key)) keys.push(key);
    rest = rest.slice(word.length).trim();
  }
  return { channelKeys: keys, rest };
}
