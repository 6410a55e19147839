import { describe, expect, it } from "vitest";
import { parseConfig } from "../../../src/config/config.js";

describe("Slack companion settings", () => {
  it("GIVEN SLACK_BOT_TOKEN alone THEN the error names SLACK_SIGNING_SECRET and SLACK_APP_TOKEN", () => {
    expect(() => parseConfig({ SLACK_BOT_TOKEN: "xoxb-1" })).toThrow(/SLACK_SIGNING_SECRET: SLACK_BOT_TOKEN is set, so set SLACK_SIGNING_SECRET too .* or SLACK_APP_TOKEN/);
  });

  it("GIVEN an app token without the bot token THEN the error names SLACK_BOT_TOKEN, without echoing the secret", () => {
    let message = "";
    try {
      parseConfig({ SLACK_APP_TOKEN: "xapp-secret-value" });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain("SLACK_BOT_TOKEN: SLACK_APP_TOKEN is set, so set SLACK_BOT_TOKEN=xoxb-... too");
    expect(message).not.toContain("xapp-secret-value");
  });

  it("GIVEN a full HTTP or Socket Mode setup, or no Slack at all THEN it parses", () => {
    expect(parseConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" }).SLACK_SIGNING_SECRET).toBe("s");
    expect(parseConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" }).SLACK_APP_TOKEN).toBe("xapp-1");
    expect(parseConfig({}).SLACK_BOT_TOKEN).toBeUndefined();
  });
});
