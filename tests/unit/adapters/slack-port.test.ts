import { describe, expect, it } from "vitest";
import { slackSettingsOf } from "../../../src/adapters/slack/slack-registration.js";
import { parseConfig } from "../../../src/config/config.js";

const slack = { SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" };
const portOf = (env: Record<string, string>) => slackSettingsOf(parseConfig({ ...slack, ...env })).port;

describe("Slack HTTP port", () => {
  it("GIVEN SLACK_PORT THEN it wins; GIVEN only PORT THEN PORT; GIVEN neither THEN 3000", () => {
    expect(portOf({ SLACK_PORT: "4000", PORT: "8080" })).toBe(4000);
    expect(portOf({ PORT: "8080" })).toBe(8080);
    expect(portOf({})).toBe(3000);
  });

  it("GIVEN a PORT that is not a port THEN the start is refused naming PORT", () => {
    expect(() => portOf({ PORT: "eighty" })).toThrow(/PORT/);
  });
});
