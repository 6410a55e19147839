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

describe("Socket Mode health check port", () => {
  const socket = { SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" };
  const healthPortOf = (env: Record<string, string>) => slackSettingsOf(parseConfig({ ...socket, ...env })).healthPort;

  it("GIVEN PORT or SLACK_PORT THEN /healthz listens there; GIVEN neither THEN Socket Mode opens no port at all", () => {
    expect(healthPortOf({ PORT: "8080" })).toBe(8080);
    expect(healthPortOf({ SLACK_PORT: "4000", PORT: "8080" })).toBe(4000);
    expect(healthPortOf({})).toBeUndefined();
  });

  it("GIVEN HTTP mode THEN there is no separate health port: /healthz is on the events port", () => {
    expect(slackSettingsOf(parseConfig({ ...slack, PORT: "8080" })).healthPort).toBeUndefined();
  });
});
