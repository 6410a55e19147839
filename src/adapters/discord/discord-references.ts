import { mapReferences, referenceText } from "../../core/references/reference-text.js";
import { describeOtherPlatformReference } from "../describe-other-platform-reference.js";
import type { ReferenceSyntax } from "../reference-syntax.js";

// Discord writes a picked person as <@80351110224678912> (or <@!…>, the older nickname form) and a channel as <#…>.
const DISCORD_MENTION = /<(@!?|#)(\d+)>/g;

export const discordReferences: ReferenceSyntax = {
  read: (text) => text.replace(DISCORD_MENTION, (_m, sigil: string, id: string) => referenceText({ kind: sigil === "#" ? "channel" : "user", platform: "discord", id })),
  render: (ref) => (ref.platform === "discord" ? `<${ref.kind === "user" ? "@" : "#"}${ref.id}>` : describeOtherPlatformReference(ref)),
};

/** Core text as Discord markdown: people and channels as Discord mentions. */
export const discordText = (text: string): string => mapReferences(text, discordReferences.render);
