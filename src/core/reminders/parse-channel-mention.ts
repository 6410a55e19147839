import type { Platform } from "../commands/actor.js";
import { UserError } from "../commands/user-error.js";
import { readReference } from "../references/reference-text.js";
import { referenceKey } from "../references/reference.js";

/**
 * A channel picked on the speaker's platform -> its stored key (`slack:C024BE7LR`, `console:#network`). The adapter
 * has turned its channel syntax into a reference; a channel of another platform cannot be posted in from here.
 */
export function parseChannelMention(word: string, platform: Platform): string {
  const ref = readReference(word.trim());
  if (ref?.kind === "channel" && ref.platform === platform) return referenceKey(ref);
  throw new UserError(
    "reminders.bad-channel",
    `"${word}" is not a channel I can post in. Name the channel first, picked from the list so it becomes a link, e.g. /reminders add #network every Monday at 9:00 Team call at noon.`,
  );
}
