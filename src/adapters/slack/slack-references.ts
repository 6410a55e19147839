import { referenceText } from "../../core/references/reference-text.js";
import { describeOtherPlatformReference } from "../describe-other-platform-reference.js";
import type { ReferenceSyntax } from "../reference-syntax.js";

// With should_escape on (the manifest sets it), a picked person arrives as <@U024BE7LH> or <@U024BE7LH|sam> and a
// picked channel as <#C024BE7LR> or <#C024BE7LR|general>; the name part may hold spaces.
const SLACK_LINK = /<([@#])([A-Z0-9]+)(?:\|([^>]*))?>/g;

/** Slack sends `&`, `<` and `>` that a person typed as entities; the core should see what they typed. */
const unescapeEntities = (text: string): string => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** Slack reads `<...>` as links and mentions and `&` as an entity: text that is not a reference is escaped. */
export const escapeSlackLiteral = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export const slackReferences: ReferenceSyntax = {
  // Links are read before entities are undone, so `&lt;@U1&gt;` typed as text stays text and names nobody.
  read: (text) =>
    unescapeEntities(
      text.replace(SLACK_LINK, (_link, sigil: string, id: string, name?: string) =>
        referenceText({ kind: sigil === "@" ? "user" : "channel", platform: "slack", id, ...(name ? { name: unescapeEntities(name) } : {}) }),
      ),
    ),
  render: (ref) => (ref.platform === "slack" ? `<${ref.kind === "user" ? "@" : "#"}${ref.id}>` : escapeSlackLiteral(describeOtherPlatformReference(ref))),
};
