import { consoleReferences } from "../../src/adapters/console/console-references.js";
import { discordReferences } from "../../src/adapters/discord/discord-references.js";
import { mapReplyText } from "../../src/adapters/map-reply-text.js";
import type { ReferenceSyntax } from "../../src/adapters/reference-syntax.js";
import { slackReferences } from "../../src/adapters/slack/slack-references.js";
import type { CommandOutcome } from "../../src/core/commands/command-outcome.js";
import { mapReferences } from "../../src/core/references/reference-text.js";

/** The reference syntax of each platform this build registers, by name. */
export const SYNTAX: Record<string, ReferenceSyntax> = { console: consoleReferences, slack: slackReferences, discord: discordReferences };

/**
 * What an adapter does around the dispatcher, for tests that call the dispatcher directly: the line is read in the
 * platform's syntax (`@sam`, `<@U1|sam>`), and every reply comes back with references written in that syntax again.
 */
export async function inPlatformSyntax(platform: string, line: string, dispatch: (line: string) => Promise<CommandOutcome>): Promise<CommandOutcome> {
  const syntax = SYNTAX[platform]!;
  const write = (text: string) => mapReferences(text, syntax.render);
  const outcome = await dispatch(syntax.read(line));
  return {
    ...outcome,
    reply: mapReplyText(outcome.reply, write),
    ...(outcome.deliveries ? { deliveries: outcome.deliveries.map((d) => ({ ...d, reply: mapReplyText(d.reply, write) })) } : {}),
    ...(outcome.updatePost ? { updatePost: mapReplyText(outcome.updatePost, write) } : {}),
  };
}
