import { describeUser } from "../../channels/describe-user.js";
import type { HoursServices } from "../../hours/hours-services.js";
import { looksLikeMention, parseUserMention } from "../../hours/parse-user-mention.js";
import type { CommandContext } from "../command-context.js";
import { UserError } from "../user-error.js";

/**
 * Whose hours a command may show: your own; a supervisee's if you supervise them (named in their profile or on their
 * supervision entries); anyone's if you are a network admin.
 */
export async function resolveViewedPartner(mention: string | undefined, context: CommandContext, services: HoursServices): Promise<string> {
  if (mention === undefined) return context.actor.key;
  const userKey = parseUserMention(mention);
  if (userKey === context.actor.key || context.isAdmin) return userKey;
  const [byProfile, byEntries] = await Promise.all([
    services.profiles.superviseesOf(context.actor.key),
    services.entries.superviseesOf(context.actor.key),
  ]);
  if (byProfile.includes(userKey) || byEntries.includes(userKey)) return userKey;
  throw new UserError("hours.not-allowed", `You can see your own hours and your supervisees'; ${describeUser(userKey)} is neither. Try /hours for your own.`);
}

/** Splits off the one mention a subcommand may carry. */
export function takeMention(words: string[]): { mention?: string; rest: string[] } {
  const index = words.findIndex(looksLikeMention);
  if (index < 0) return { rest: words };
  return { mention: words[index]!, rest: words.filter((_, i) => i !== index) };
}
