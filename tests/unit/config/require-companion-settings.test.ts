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

// Issue 8, reproduction 8: DISCORD_APPLICATION_ID without DISCORD_TOKEN started the console without a word.
describe("Discord companion settings", () => {
  it.each(["DISCORD_APPLICATION_ID", "DISCORD_GUILD_ID"])("GIVEN %s without DISCORD_TOKEN THEN the start is refused naming DISCORD_TOKEN", (setting) => {
    expect(() => parseConfig({ [setting]: "80351110224678912" })).toThrow(new RegExp(`DISCORD_TOKEN: ${setting} is set, so set DISCORD_TOKEN`));
  });

  it("GIVEN the token with or without the application id THEN it parses", () => {
    expect(parseConfig({ DISCORD_TOKEN: "t" }).DISCORD_TOKEN).toBe("t");
    expect(parseConfig({ DISCORD_TOKEN: "t", DISCORD_APPLICATION_ID: "1" }).DISCORD_APPLICATION_ID).toBe("1");
  });
});
