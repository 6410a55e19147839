import { mapReferences } from "../../core/references/reference-text.js";
import { describeOtherPlatformReference } from "../describe-other-platform-reference.js";
import { escapeSlackLiteral, slackReferences } from "./slack-references.js";

/**
 * Core text as Slack mrkdwn: its people and channels as Slack links (`<@U024BE7LH>`, `<#C024BE7LR>`), everything else
 * escaped, since Slack reads `<...>` as links and `&` as an entity (e.g. `<hours>` in usage must show as typed).
 */
export function escapeSlackText(text: string): string {
  return mapReferences(text, slackReferences.render, escapeSlackLiteral);
}

/** Core text where Slack shows plain_text only (a header, a form field's error): references in plain words. */
export function plainSlackText(text: string): string {
  return mapReferences(text, describeOtherPlatformReference);
}
