import { describe, expect, it } from "vitest";
import { consoleReferences } from "../../../src/adapters/console/console-references.js";
import { renderConsoleReply } from "../../../src/adapters/console/render-console-reply.js";
import { discordReferences } from "../../../src/adapters/discord/discord-references.js";
import { renderDiscordReply } from "../../../src/adapters/discord/render-discord-reply.js";
import { escapeSlackText } from "../../../src/adapters/slack/escape-slack-text.js";
import { renderSlackReply } from "../../../src/adapters/slack/render-slack-reply.js";
import { slackReferences } from "../../../src/adapters/slack/slack-references.js";
import { buildMessageReply } from "../../../src/core/commands/build-message-reply.js";
import { mapReferences, readReference, referenceText } from "../../../src/core/references/reference-text.js";
import type { Reference } from "../../../src/core/references/reference.js";

const user = (platform: string, id: string, name?: string): Reference => ({ kind: "user", platform, id, ...(name ? { name } : {}) });
const channel = (platform: string, id: string, name?: string): Reference => ({ kind: "channel", platform, id, ...(name ? { name } : {}) });
/** The references a read text holds, in order. */
const refsIn = (text: string): Reference[] => {
  const found: Reference[] = [];
  mapReferences(text, (ref) => (found.push(ref), ""));
  return found;
};

describe("references in the core", () => {
  it("GIVEN a reference THEN it is one word with no space or platform syntax, read back whole", () => {
    const ref = user("slack", "U024BE7LH", "Sam O'Lee");
    const text = referenceText(ref);
    expect(text).not.toMatch(/[\s<>@#'"]/);
    expect(readReference(text)).toEqual(ref);
    expect(readReference(`x${text}`)).toBeUndefined();
  });

  it("GIVEN a malformed marker THEN it stays ordinary text", () => {
    expect(mapReferences("a \uE000user|slack\uE001 b", () => "REF")).toBe("a \uE000user|slack\uE001 b");
  });
});

describe("Slack reads and writes its own syntax", () => {
  it("GIVEN <@U…>, <@U…|name>, <#C…> and <#C…|name> THEN each is a Slack reference", () => {
    expect(refsIn(slackReferences.read("<@U024BE7LH> <@W1|sam lee> <#C024BE7LR> <#C0CEU|ceu-log>"))).toEqual([
      user("slack", "U024BE7LH"),
      user("slack", "W1", "sam lee"),
      channel("slack", "C024BE7LR"),
      channel("slack", "C0CEU", "ceu-log"),
    ]);
  });

  it("GIVEN a mention typed as text (escaped by Slack) THEN it names nobody and reads as typed", () => {
    expect(slackReferences.read("&lt;@U1&gt; &amp; co")).toBe("<@U1> & co");
  });

  it("GIVEN references in core text THEN Slack links for its own, plain words for another platform's, the rest escaped", () => {
    const text = `${referenceText(channel("slack", "C024BE7LR"))} & ${referenceText(user("slack", "U1"))} <hours> ${referenceText(channel("discord", "80351110224678912", "network"))}`;
    expect(escapeSlackText(text)).toBe("<#C024BE7LR> &amp; <@U1> &lt;hours&gt; #network on Discord");
  });

  it("GIVEN a reply with a channel in a section and a user in its title THEN blocks link the channel and the header stays plain", () => {
    const reply = buildMessageReply({ title: `Hours of ${referenceText(user("slack", "U1", "sam"))}`, sections: [{ title: "Where", lines: [referenceText(channel("slack", "C024BE7LR"))] }] });
    const message = renderSlackReply(reply);
    expect(JSON.stringify(message.blocks)).toContain("<#C024BE7LR>");
    expect(JSON.stringify(message.blocks)).not.toContain("&lt;");
    expect(message.blocks[0]).toMatchObject({ type: "header", text: { type: "plain_text", text: "Hours of @sam on Slack" } });
    expect(message.text).toContain("<#C024BE7LR>");
  });
});

describe("Discord reads and writes its own syntax", () => {
  it("GIVEN <@id>, <@!id> and <#id> THEN each is a Discord reference", () => {
    expect(refsIn(discordReferences.read("<@80351110224678912> <@!80351110224678913> <#80351110224678914>"))).toEqual([
      user("discord", "80351110224678912"),
      user("discord", "80351110224678913"),
      channel("discord", "80351110224678914"),
    ]);
  });

  it("GIVEN a reply with references THEN Discord mentions for its own, plain words for another platform's", () => {
    const reply = buildMessageReply({ title: "Channel reminders", sections: [{ title: "Channel reminders", lines: [`#1 ${referenceText(channel("discord", "42"))}`, `#2 ${referenceText(channel("slack", "C9"))}`] }] });
    const embed = renderDiscordReply(reply).embeds![0]!;
    expect(embed.fields![0]!.value).toBe("#1 <#42>\n#2 Slack channel C9");
    expect(renderDiscordReply({ kind: "message", ephemeral: true, text: `Ask ${referenceText(user("discord", "7"))}` }).content).toBe("Ask <@7>");
  });
});

describe("the console reads and writes its own syntax", () => {
  it("GIVEN @name and #name at a word's start THEN console references; an address or a number stays text", () => {
    expect(refsIn(consoleReferences.read("with @sam in #network (@dana.r) sam@example.org #3"))).toEqual([
      user("console", "sam"),
      channel("console", "#network", "network"),
      user("console", "dana.r"),
    ]);
    expect(consoleReferences.read("remove #3 for sam@example.org")).toBe("remove #3 for sam@example.org");
  });

  it("GIVEN a reply with references THEN @name and #name for its own, plain words for another platform's", () => {
    const text = `${referenceText(user("console", "sam"))} in ${referenceText(channel("console", "#network"))} and ${referenceText(channel("slack", "C1", "network"))}`;
    expect(renderConsoleReply({ kind: "message", ephemeral: true, text })).toBe("@sam in #network and #network on Slack");
  });
});
