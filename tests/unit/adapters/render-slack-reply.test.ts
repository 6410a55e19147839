import { describe, expect, it } from "vitest";
import { renderSlackReply } from "../../../src/adapters/slack/render-slack-reply.js";
import { SLACK_MAX_BLOCKS, SLACK_MAX_SECTION_TEXT } from "../../../src/adapters/slack/slack-limits.js";
import type { AnswerReply, MessageReply } from "../../../src/core/reply.js";

const answer: AnswerReply = {
  kind: "answer",
  ephemeral: true,
  verdict: "not_allowed",
  text: "No. Refer to the clinician.",
  answer: "No: medication advice is clinical. Refer the parent to the prescriber.",
  citations: [{ document: "MT Family Peer Support Toolkit", section: "Scope of practice", title: "No clinical advice", entryId: "mt-no-clinical-advice" }],
  related: [{ id: "mt-scope", title: "Full scope of practice" }],
};

describe("renderSlackReply", () => {
  it("GIVEN an answer THEN a verdict section, a sources context and a related context, ephemeral", () => {
    const message = renderSlackReply(answer);
    expect(message.response_type).toBe("ephemeral");
    expect(message.blocks).toEqual([
      { type: "section", text: { type: "mrkdwn", text: "*:no_entry: Outside scope*\nNo: medication advice is clinical. Refer the parent to the prescriber." } },
      { type: "context", elements: [{ type: "mrkdwn", text: ":bookmark: MT Family Peer Support Toolkit, Scope of practice" }] },
      { type: "context", elements: [{ type: "mrkdwn", text: "Related: Full scope of practice" }] },
    ]);
  });

  it("GIVEN a public message with actions THEN in_channel, header, buttons carrying their commands with unique action ids", () => {
    const reply: MessageReply = {
      kind: "message",
      ephemeral: false,
      title: "Pending",
      text: "2 entries",
      actions: [
        { label: "Confirm #12", command: "/hours confirm 12", style: "primary" },
        { label: "Confirm #13", command: "/hours confirm 13" },
      ],
    };
    const message = renderSlackReply(reply);
    expect(message.response_type).toBe("in_channel");
    expect(message.blocks[0]).toEqual({ type: "header", text: { type: "plain_text", text: "Pending" } });
    expect(message.blocks[2]).toEqual({
      type: "actions",
      elements: [
        { type: "button", action_id: "porchlight.run.0", text: { type: "plain_text", text: "Confirm #12" }, value: "/hours confirm 12", style: "primary" },
        { type: "button", action_id: "porchlight.run.1", text: { type: "plain_text", text: "Confirm #13" }, value: "/hours confirm 13" },
      ],
    });
  });

  it("GIVEN text with < > & THEN it is escaped so Slack does not read links or mentions", () => {
    const message = renderSlackReply({ kind: "error", code: "x", ephemeral: true, text: "Use /log-hours <hours> & <kind>" });
    expect(message.text).toBe("Use /log-hours &lt;hours&gt; &amp; &lt;kind&gt;");
    expect(message.blocks[0]).toMatchObject({ text: { text: ":warning: Use /log-hours &lt;hours&gt; &amp; &lt;kind&gt;" } });
  });

  it("GIVEN a section longer than 3000 characters THEN it continues in further sections, split at line breaks, nothing lost", () => {
    const lines = Array.from({ length: 200 }, (_, i) => `2026-01-${String(i).padStart(3, "0")} work 2h home visit`);
    const message = renderSlackReply({ kind: "message", ephemeral: true, text: "x", sections: [{ title: "Entries", lines }] });
    const texts = message.blocks.map((b) => (b as { text: { text: string } }).text.text);
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.every((t) => t.length <= SLACK_MAX_SECTION_TEXT)).toBe(true);
    expect(texts.join("\n")).toBe(`*Entries*\n${lines.join("\n")}`);
  });

  it("GIVEN more than 50 blocks THEN 49 are kept and the last says how many did not fit", () => {
    const sections = Array.from({ length: 60 }, (_, i) => ({ title: `S${i}`, lines: ["a"] }));
    const message = renderSlackReply({ kind: "message", ephemeral: true, text: "x", sections });
    expect(message.blocks).toHaveLength(SLACK_MAX_BLOCKS);
    expect(message.blocks.at(-1)).toEqual({ type: "context", elements: [{ type: "mrkdwn", text: "11 more parts did not fit in one Slack message." }] });
  });

  it("GIVEN a command longer than a button value THEN it is shown for typing instead of cut short", () => {
    const command = `/ask ${"a".repeat(2100)}`;
    const message = renderSlackReply({ kind: "message", ephemeral: true, text: "x", actions: [{ label: "Ask", command }] });
    expect(message.blocks.some((b) => b.type === "actions")).toBe(false);
    expect(JSON.stringify(message.blocks)).toContain("Ask: type /ask aaaa");
  });

  it("GIVEN a file reply THEN its text and file name show (the adapter uploads the file)", () => {
    const message = renderSlackReply({ kind: "file", ephemeral: true, text: "Your hours.", fileName: "hours.csv", mimeType: "text/csv", content: "a,b" });
    expect(message.blocks).toEqual([{ type: "section", text: { type: "mrkdwn", text: "Your hours.\n:page_facing_up: hours.csv" } }]);
  });
});
