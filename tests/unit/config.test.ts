import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config/config.js";
import { requireRegisteredPlatforms } from "../../src/config/require-registered-platforms.js";

describe("configuration", () => {
  it("GIVEN no settings THEN the console defaults apply", () => {
    const config = parseConfig({});
    expect(config.DATABASE_PATH).toBe("./data/porchlight.db");
    expect(config.ADMINS).toEqual([]);
    expect(config.REMINDER_GRACE_HOURS).toBe(6);
  });

  it("GIVEN blank values copied from .env.example THEN they count as unset", () => {
    expect(parseConfig({ SLACK_BOT_TOKEN: "", NETWORK_STATE: " " }).SLACK_BOT_TOKEN).toBeUndefined();
  });

  it("GIVEN admins as platform:id THEN they are parsed into a list", () => {
    expect(parseConfig({ ADMINS: "slack:U024BE7LH, discord:80351110224678912,console:dana" }).ADMINS).toEqual([
      "slack:U024BE7LH",
      "discord:80351110224678912",
      "console:dana",
    ]);
  });

  it.each([
    ["NETWORK_TIME_ZONE", "Mountain", /NETWORK_TIME_ZONE \(is "Mountain"\): an IANA time zone/],
    ["ADMINS", "dana", /ADMINS \(is "dana"\): write each admin as platform:id/],
    ["REMINDER_GRACE_HOURS", "soon", /REMINDER_GRACE_HOURS/],
    // A code the registry lacks (TX) is refused when the services load states.json: tests/integration/states.
    ["NETWORK_STATE", "Texas", /NETWORK_STATE.*a state code from states.json/],
  ])("GIVEN a wrong %s THEN the error names the variable and what it expects", (name, value, message) => {
    expect(() => parseConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => parseConfig({ [name]: value })).toThrow(message);
  });
});

describe("CHANNELS, channel names across platforms", () => {
  it("GIVEN names with platform channels THEN each name maps to its keys, without # and lowercased", () => {
    expect(parseConfig({ CHANNELS: "#Network=slack:C024BE7LR discord:80351110224678912; ceu = slack:C0CEU," }).CHANNELS).toEqual({
      network: ["slack:C024BE7LR", "discord:80351110224678912"],
      ceu: ["slack:C0CEU"],
    });
    expect(parseConfig({}).CHANNELS).toEqual({});
  });

  it.each(["#network", "#network=C024BE7LR", "#network=slack:C1; =discord:2"])("GIVEN %j THEN the error shows the expected form", (value) => {
    expect(() => parseConfig({ CHANNELS: value })).toThrow(/CHANNELS .*#network=slack:C024BE7LR discord:80351110224678912/);
  });
});

describe("meeting settings", () => {
  it("GIVEN nothing THEN a reminder the day before and an hour before, posts a week ahead, hour-long meetings", () => {
    const config = parseConfig({});
    expect(config.MEETING_REMINDERS).toEqual([86_400_000, 3_600_000]);
    expect(config.MEETING_POST_DAYS).toBe(7);
    expect(config.MEETING_DURATION_MINUTES).toBe(60);
  });

  it("GIVEN leads in days, hours and minutes THEN each is read; a wrong one names the form", () => {
    expect(parseConfig({ MEETING_REMINDERS: "2d, 30m" }).MEETING_REMINDERS).toEqual([172_800_000, 1_800_000]);
    expect(() => parseConfig({ MEETING_REMINDERS: "a day before" })).toThrow(/MEETING_REMINDERS .*such as 1d,1h/);
  });
});

describe("platform:id keys against the registered platforms", () => {
  const platforms = ["slack", "discord", "console"];

  it("GIVEN keys of registered platforms, including one a network added THEN they pass", () => {
    const config = parseConfig({ ADMINS: "slack:U1,teletype:ada", QUESTIONS_CHANNEL: "teletype:#desk", CHANNELS: "#network=slack:C1 teletype:#lobby" });
    expect(() => requireRegisteredPlatforms(config, [...platforms, "teletype"])).not.toThrow();
  });

  it("GIVEN a key of a platform this build does not run THEN a ConfigError names the setting, the key and the platforms there are", () => {
    const config = parseConfig({ ADMINS: "slack:U1,teams:ada", CHANNELS: "#network=matrix:!room" });
    expect(() => requireRegisteredPlatforms(config, platforms)).toThrow(ConfigError);
    expect(() => requireRegisteredPlatforms(config, platforms)).toThrow(
      /ADMINS \(is "teams:ada"\): "teams" is not a platform this build runs; write platform:id with one of slack, discord, console, e\.g\. slack:ada[\s\S]*CHANNELS \(is "matrix:!room"\): "matrix"/,
    );
  });
});
