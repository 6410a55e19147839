import { describe, expect, it } from "vitest";
import { renderDiscordMessages } from "../../../src/adapters/discord/render-discord-messages.js";
import { fitSlackReply } from "../../../src/adapters/slack/fit-slack-reply.js";
import { renderSlackReply } from "../../../src/adapters/slack/render-slack-reply.js";
import { buildMessageReply } from "../../../src/core/commands/build-message-reply.js";
import type { Reply } from "../../../src/core/reply.js";
import { discordMessageErrors } from "../../e2e/fakes/discord-payload-errors.js";
import { slackMessageError } from "../../e2e/fakes/slack-payload-error.js";

// A report line as /hours report writes one (about 114 characters), for `count` partners.
const report = (count: number): Reply =>
  buildMessageReply({
    title: `Hours report: ${count} partners`,
    sections: [{ title: "Partners", lines: Array.from({ length: count }, (_, i) => `slack:U${String(i).padStart(8, "0")} (mt-candidate, 1 of 4 met): behind; work 120h, supervision 8h, CEU 6h, training 20h`) }],
    actions: [{ label: "Download CSV", command: "/hours report csv" }],
  });
const partnerIds = (text: string) => new Set(text.match(/U\d{8}/g));
const plain = (reply: Reply): Reply => ({ kind: "message", ephemeral: true, text: reply.text });

describe("Discord: every message a reply renders to is one Discord takes (the fake's checks, written from Discord's docs)", () => {
  it("GIVEN a 120-partner report (over 6000 characters) THEN a few messages, each within the limits, all partners present, the button on the last", () => {
    const messages = renderDiscordMessages(report(120));
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.length).toBeLessThanOrEqual(5);
    for (const m of messages) expect(discordMessageErrors(m as Record<string, unknown>)).toBeUndefined();
    expect(partnerIds(JSON.stringify(messages)).size).toBe(120);
    expect(messages.at(-1)!.components).toHaveLength(1);
    expect(messages[0]!.embeds![0]!.title).toBe("Hours report: 120 partners");
  });

  it("GIVEN 30 sections (past 25 fields) THEN a second embed in the same message carries the rest", () => {
    const messages = renderDiscordMessages({ kind: "message", ephemeral: true, text: "x", sections: Array.from({ length: 30 }, (_, i) => ({ title: `S${i}`, lines: ["a"] })) });
    expect(messages).toHaveLength(1);
    expect(messages[0]!.embeds!.map((e) => e.fields!.length)).toEqual([25, 5]);
  });

  it("GIVEN content of 4500 characters THEN it continues in further messages at line breaks, nothing cut", () => {
    const lines = Array.from({ length: 150 }, (_, i) => `line ${i} ${"y".repeat(20)}`);
    const messages = renderDiscordMessages({ kind: "message", ephemeral: true, text: lines.join("\n") });
    expect(messages.length).toBe(3);
    for (const m of messages) expect(discordMessageErrors(m as Record<string, unknown>)).toBeUndefined();
    expect(messages.map((m) => m.content).join("\n")).toBe(lines.join("\n"));
  });

  it("GIVEN a 2000-partner report (over five messages) THEN one message with the whole report as a text file", () => {
    const messages = renderDiscordMessages(report(2000));
    expect(messages).toHaveLength(1);
    expect(discordMessageErrors(messages[0] as Record<string, unknown>, true)).toBeUndefined();
    expect(messages[0]!.content).toContain("hours-report-2000-partners.txt");
    expect(partnerIds(messages[0]!.files![0]!.data.toString("utf8")).size).toBe(2000);
  });
});

describe("Slack: a reply is one message Slack takes, or a file", () => {
  it("GIVEN a 120-partner report THEN one message within 50 blocks and 3000 a section, all partners present", () => {
    const fitted = fitSlackReply(report(120));
    expect(fitted.kind).toBe("message");
    const message = renderSlackReply(fitted);
    expect(slackMessageError(message as unknown as Record<string, unknown>)).toBeUndefined();
    expect(partnerIds(JSON.stringify(message.blocks)).size).toBe(120);
  });

  it("GIVEN a report past 50 sections' worth (2000 partners, about 230,000 characters) THEN a text file of all of it", () => {
    const fitted = fitSlackReply(report(2000));
    expect(fitted).toMatchObject({ kind: "file", fileName: "hours-report-2000-partners.txt", mimeType: "text/plain" });
    expect(partnerIds(fitted.kind === "file" ? fitted.content : "").size).toBe(2000);
    expect(slackMessageError(renderSlackReply(fitted) as unknown as Record<string, unknown>)).toBeUndefined();
  });

  it("GIVEN plain text past 40,000 characters THEN the fallback text is cut within msg_too_long and the blocks carry it whole", () => {
    const long = plain(report(400));
    const message = renderSlackReply(fitSlackReply(long));
    expect(slackMessageError(message as unknown as Record<string, unknown>)).toBeUndefined();
    expect(partnerIds(JSON.stringify(message.blocks)).size).toBe(400);
  });
});
