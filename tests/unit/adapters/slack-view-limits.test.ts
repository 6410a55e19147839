import { describe, expect, it } from "vitest";
import { buildMessageReply } from "../../../src/core/commands/build-message-reply.js";
import { askCoordinatorsForm } from "../../../src/core/forms/ask-coordinators-form.js";
import { editEntryForm } from "../../../src/core/forms/edit-entry-form.js";
import { logHoursForm } from "../../../src/core/forms/log-hours-form.js";
import { renderSlackModal } from "../../../src/adapters/slack/render-slack-modal.js";
import { renderSlackBlocks } from "../../../src/adapters/slack/render-slack-reply.js";
import { SLACK_MAX_VIEW_BLOCKS } from "../../../src/adapters/slack/slack-limits.js";
import { slackViewError } from "../../e2e/fakes/slack-payload-error.js";

// A dashboard far larger than any real one: 80 sections, each with buttons.
const huge = buildMessageReply({
  title: "Your hours and progress",
  sections: Array.from({ length: 80 }, (_, i) => ({ title: `Section ${i}`, lines: ["x".repeat(4000)], actions: [{ label: `Delete #${i}`, command: `/hours delete ${i}` }] })),
  actions: [{ label: "Log hours", command: "/log-hours" }],
});

describe("Slack view limits", () => {
  it("GIVEN a dashboard past 100 blocks THEN the Home view keeps 100, says what did not fit, and action ids stay unique", () => {
    const blocks = renderSlackBlocks(huge, SLACK_MAX_VIEW_BLOCKS);
    expect(blocks).toHaveLength(100);
    expect(JSON.stringify(blocks.at(-1))).toContain("did not fit");
    const ids = blocks.flatMap((b) => (b.type === "actions" ? b.elements.map((e) => (e as { action_id: string }).action_id) : []));
    expect(new Set(ids).size).toBe(ids.length);
    for (const b of blocks) if (b.type === "section") expect(b.text!.text.length).toBeLessThanOrEqual(3000);
    // What the fake Slack (written from Slack's docs) would answer views.publish with: nothing to refuse.
    expect(slackViewError({ type: "home", blocks })).toBeUndefined();
  });

  it("GIVEN each form THEN its modal fits: title and submit within 24, at most 100 blocks, metadata within 3000, inputs named by field", () => {
    const forms = [logHoursForm().form, editEntryForm({ id: 12, userKey: "slack:U1", kind: "work", minutes: 90, date: "2026-11-20", loggedAt: "" }).form, askCoordinatorsForm("q".repeat(5000)).form];
    for (const form of forms) {
      const modal = renderSlackModal({ ...form, title: `${form.title} with a much longer title than Slack allows` }, "C1");
      expect(modal.title.text.length).toBeLessThanOrEqual(24);
      expect(modal.submit!.text.length).toBeLessThanOrEqual(24);
      expect(modal.blocks.length).toBeLessThanOrEqual(100);
      expect(modal.private_metadata!.length).toBeLessThanOrEqual(3000);
      expect(slackViewError(modal as unknown as Record<string, unknown>)).toBeUndefined();
      const inputs = modal.blocks.filter((b) => b.type === "input");
      expect(inputs.map((b) => b.block_id)).toEqual(form.fields.map((f) => f.name));
      for (const input of inputs) {
        const element = (input as { element: { initial_value?: string } }).element;
        expect(element.initial_value?.length ?? 0).toBeLessThanOrEqual(3000);
      }
    }
  });
});
