import { describe, expect, it } from "vitest";
import { blockKitPage, mrkdwnToHtml } from "../../../scripts/docs/block-kit-html.js";
import { captureHomeView } from "../../../scripts/docs/capture-home-view.js";

// docs/images/slack-home.png is drawn from these blocks: if the Home view gains a block kind the drawing does not
// know, or loses a section the docs describe, the picture would lie, so this fails first.
describe("the Home tab picture in docs/adapters.md", () => {
  it("draws every block the real Home view publishes", async () => {
    const blocks = await captureHomeView();
    const page = blockKitPage(blocks as Parameters<typeof blockKitPage>[0], "Home");
    expect(page).not.toContain('class="unknown"');
    for (const shown of ["Your hours and progress", "Supervision ratio", "Last entries", "Waiting for your confirmation (2)", "Confirm all", "Network compliance", "Log hours"]) {
      expect(page).toContain(shown);
    }
  });

  it("turns Slack's mrkdwn into what Slack shows", () => {
    expect(mrkdwnToHtml("*Due* <@U1> in <#C2|network> &lt;b&gt; `x`\nnext", { U1: "dana" })).toBe(
      '<b>Due</b> <span class="ref">@dana</span> in <span class="ref">#network</span> &lt;b&gt; <code>x</code><br>next',
    );
  });
});
