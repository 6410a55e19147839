import { describe, expect, it } from "vitest";
import { buildDiscordCommands } from "../../../src/adapters/discord/build-discord-commands.js";
import { buildSlackManifest } from "../../../src/adapters/slack/build-slack-manifest.js";
import { loadCommandSpecs } from "../../../src/command-files/load-command-specs.js";

const specs = loadCommandSpecs();

describe("Slack manifest from the specs", () => {
  it("GIVEN HTTP mode THEN every command, the events and interactivity point at <url>/slack/events", () => {
    const manifest = buildSlackManifest(specs, { appName: "Porchlight", socketMode: false, publicUrl: "https://p.example.org/" }) as {
      features: { slash_commands: { command: string; url: string; usage_hint: string }[] };
      settings: { event_subscriptions: { request_url: string; bot_events: string[] }; interactivity: { request_url: string }; socket_mode_enabled: boolean };
      oauth_config: { scopes: { bot: string[] } };
    };
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(["/announce", "/ask", "/help", "/hours", "/kb", "/log-hours", "/meeting", "/profile", "/reminders"]);
    expect(new Set(manifest.features.slash_commands.map((c) => c.url))).toEqual(new Set(["https://p.example.org/slack/events"]));
    // Escaped mentions carry user ids, which is how /log-hours and /profile name a supervisor.
    expect(manifest.features.slash_commands.every((c) => (c as { should_escape?: boolean }).should_escape === true)).toBe(true);
    expect(manifest.features.slash_commands.find((c) => c.command === "/log-hours")!.usage_hint).toBe("<hours> <work|supervision|ceu|ethics|training> [date] [note]");
    expect(manifest.settings.interactivity.request_url).toBe("https://p.example.org/slack/events");
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(["app_home_opened", "app_mention", "message.im"]);
    expect((manifest.features as unknown as { app_home: { home_tab_enabled: boolean } }).app_home.home_tab_enabled).toBe(true);
    // The Home tab and modals need no scope beyond these; nothing more is asked for.
    expect(manifest.oauth_config.scopes.bot).toEqual(["commands", "chat:write", "im:write", "files:write", "app_mentions:read", "im:history"]);
    expect(manifest.settings.socket_mode_enabled).toBe(false);
    expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining(["commands", "chat:write", "im:write", "files:write"]));
  });

  it("GIVEN Socket Mode THEN no URLs anywhere; GIVEN HTTP mode without a URL THEN a clear error", () => {
    const manifest = buildSlackManifest(specs, { appName: "Porchlight", socketMode: true });
    expect(JSON.stringify(manifest)).not.toContain("url");
    expect((manifest.settings as { socket_mode_enabled: boolean }).socket_mode_enabled).toBe(true);
    expect(() => buildSlackManifest(specs, { appName: "P", socketMode: false })).toThrow("--url https://");
  });
});

describe("Discord commands from the specs", () => {
  it("GIVEN log-hours THEN typed string options in spec order with the kind's choices, all optional so a bare /log-hours opens the form", () => {
    const logHours = buildDiscordCommands(specs).find((c) => c.name === "log-hours")!;
    expect(logHours.options).toEqual([
      { type: 3, name: "hours", description: expect.any(String), required: false },
      {
        type: 3,
        name: "kind",
        description: "What kind of hours",
        required: false,
        choices: ["work", "supervision", "ceu", "ethics", "training"].map((c) => ({ name: c, value: c })),
      },
      { type: 3, name: "date", description: expect.any(String), required: false },
      { type: 3, name: "note", description: expect.any(String), required: false },
    ]);
    expect(logHours.contexts).toEqual([0, 1]);
  });

  it("GIVEN /ask and /hours THEN their text option autocompletes (and has no choices, which Discord would refuse)", () => {
    const commands = buildDiscordCommands(specs);
    for (const name of ["ask", "hours"]) {
      const option = commands.find((c) => c.name === name)!.options![0]!;
      expect(option).toMatchObject({ autocomplete: true });
      expect(option).not.toHaveProperty("choices");
    }
  });
});
