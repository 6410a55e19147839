import { describe, expect, it } from "vitest";
import { slackCommandRequest } from "../../../src/adapters/slack/slack-command-request.js";
import { stripBotMention } from "../../../src/adapters/slack/strip-bot-mention.js";
import { referenceText } from "../../../src/core/references/reference-text.js";
import { splitText } from "../../../src/adapters/split-text.js";

describe("Slack translations", () => {
  it("GIVEN a slash payload THEN name without slash, raw text, slack actor and the trigger_id as delivery id", () => {
    expect(slackCommandRequest({ command: "/log-hours", text: "2h work", user_id: "U1", channel_id: "C1", trigger_id: "T.1" })).toEqual({
      name: "log-hours",
      args: "2h work",
      actor: { platform: "slack", id: "U1", key: "slack:U1" },
      channel: "C1",
      deliveryId: "T.1",
    });
  });

  it("GIVEN text with Slack's entities and an escaped mention THEN the core sees what was typed, the mention as one reference", () => {
    const request = slackCommandRequest({ command: "/log-hours", text: "1 supervision with <@U9|dana lee> &amp; notes &lt;group&gt;", user_id: "U1", channel_id: "C1", trigger_id: "T" });
    const dana = referenceText({ kind: "user", platform: "slack", id: "U9", name: "dana lee" });
    expect("args" in request && request.args).toBe(`1 supervision with ${dana} & notes <group>`);
  });

  it("GIVEN a mention of the bot THEN only the question remains; other people's mentions stay", () => {
    expect(stripBotMention("<@UBOT> can I drive <@U2> home?", "UBOT")).toBe(`can I drive ${referenceText({ kind: "user", platform: "slack", id: "U2" })} home?`);
    expect(stripBotMention("<@UBOT>   what is CEU &amp; ethics?", undefined)).toBe("what is CEU & ethics?");
  });
});

describe("splitText", () => {
  it("GIVEN text longer than the limit THEN pieces within it, split at line breaks, rejoining to the original", () => {
    const text = "aaaa\nbbbb\ncccc";
    expect(splitText(text, 9)).toEqual(["aaaa\nbbbb", "cccc"]);
    expect(splitText("x".repeat(10), 4)).toEqual(["xxxx", "xxxx", "xx"]);
    expect(splitText("short", 10)).toEqual(["short"]);
  });
});
