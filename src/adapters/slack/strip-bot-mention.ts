import { slackReferences } from "./slack-references.js";

/** `<@U0BOT> can I drive a parent?` -> `can I drive a parent?`: the mention is how the message reached us, not the question; other mentions become references. */
export function stripBotMention(text: string, botUserId: string | undefined): string {
  const mention = botUserId ? new RegExp(`<@${botUserId}>`, "g") : /^<@[A-Z0-9]+>/;
  return slackReferences.read(text.replace(mention, " ").replace(/\s+/g, " ").trim());
}
