import { describe, expect, it } from "vitest";
import { renderDiscordReply } from "../../../src/adapters/discord/render-discord-reply.js";
import { commandFromCustomId } from "../../../src/adapters/discord/discord-custom-id.js";
import { DISCORD_MAX_FIELD_VALUE } from "../../../src/adapters/discord/discord-limits.js";
import type { ReplyAction } from "../../../src/core/reply.js";

describe("renderDiscordReply", () => {
  it("GIVEN an answer THEN an embed titled by the verdict with the answer, sources field and related footer", () => {
    const body = renderDiscordReply({
      kind: "answer",
      ephemeral: true,
      verdict: "depends",
      text: "t",
      answer: "It depends on your agency's policy.",
      citations: [{ document: "NC FAQ", section: "Q12", title: "Rides", entryId: "nc-rides" }],
      related: [{ id: "a", title: "Transport" }],
    });
    expect(body).toEqual({
      embeds: [{ title: "🟡 It depends", description: "It depends on your agency's policy.", fields: [{ name: "Sources", value: "NC FAQ, Q12" }], footer: { text: "Related: Transport" } }],
    });
  });

  it("GIVEN a plain message with buttons THEN content and rows of at most 5 buttons whose custom_id carries the command", () => {
    const actions: ReplyAction[] = Array.from({ length: 7 }, (_, i) => ({ label: `Confirm #${i}`, command: `/hours confirm ${i}` }));
    const body = renderDiscordReply({ kind: "message", ephemeral: true, text: "Waiting for you", actions });
    expect(body.content).toBe("Waiting for you");
    expect(body.components!.map((row) => row.components.length)).toEqual([5, 2]);
    expect(body.components![1]!.components[1]).toEqual({ type: 2, custom_id: "run:/hours confirm 6", label: "Confirm #6", style: 2 });
    expect(commandFromCustomId("run:/hours confirm 6")).toBe("/hours confirm 6");
    expect(commandFromCustomId("someone-elses-button")).toBeUndefined();
  });

  it("GIVEN a command that would not fit a 100-character custom_id THEN it is shown for typing, not cut short", () => {
    const command = `/ask ${"b".repeat(120)}`;
    const body = renderDiscordReply({ kind: "message", ephemeral: true, text: "Try:", actions: [{ label: "Ask", command }] });
    expect(body.components).toBeUndefined();
    expect(body.content).toBe(`Try:\nAsk: type ${command}`);
  });

  it("GIVEN a section longer than a field THEN it continues in further fields, nothing lost", () => {
    const long = Array.from({ length: 100 }, (_, i) => `line ${i} ${"x".repeat(20)}`);
    const one = renderDiscordReply({ kind: "message", ephemeral: true, title: "Report", text: "x", sections: [{ title: "Entries", lines: long }] });
    const fields = one.embeds![0]!.fields!;
    expect(fields.every((f) => f.value.length <= DISCORD_MAX_FIELD_VALUE)).toBe(true);
    expect(fields[1]!.name).toBe("Entries (continued)");
    expect(fields.map((f) => f.value).join("\n")).toBe(long.join("\n"));
  });

  it("GIVEN an error or a file THEN content (and the file as an attachment)", () => {
    expect(renderDiscordReply({ kind: "error", code: "x", ephemeral: true, text: "Start with how long" })).toEqual({ content: "⚠️ Start with how long" });
    const file = renderDiscordReply({ kind: "file", ephemeral: true, text: "Your hours.", fileName: "h.csv", mimeType: "text/csv", content: "a,b\n" });
    expect(file.content).toBe("Your hours.");
    expect(file.files).toEqual([{ name: "h.csv", data: Buffer.from("a,b\n"), contentType: "text/csv" }]);
  });
});
