import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDiscordRest } from "../../src/adapters/discord/create-discord-rest.js";
import { registerCommands } from "../../src/adapters/discord/register-commands.js";
import { loadCommandSpecs } from "../../src/command-files/load-command-specs.js";
import { FakeDiscordApi } from "./fakes/fake-discord-api.js";

let api: FakeDiscordApi;

beforeEach(async () => {
  api = await new FakeDiscordApi().start();
});

afterEach(async () => {
  await api.close();
});

describe("Discord command registration, real REST client against the fake", () => {
  it("GIVEN the specs THEN one bulk PUT to the application's commands with the bot token", async () => {
    const count = await registerCommands(createDiscordRest({ token: "fake-token", apiUrl: api.apiUrl }), "123", loadCommandSpecs());

    expect(count).toBe(9);
    const put = api.requests.to("/api/v10/applications/123/commands")[0]!;
    expect(put.method).toBe("PUT");
    expect(put.headers.authorization).toBe("Bot fake-token");
    expect((put.body as unknown as { name: string }[]).map((c) => c.name)).toEqual(["announce", "ask", "help", "hours", "kb", "log-hours", "meeting", "profile", "reminders"]);
  });

  it("GIVEN a guild id THEN the guild's commands are replaced instead", async () => {
    await registerCommands(createDiscordRest({ token: "fake-token", apiUrl: api.apiUrl }), "123", loadCommandSpecs(), "456");

    expect(api.requests.to("/api/v10/applications/123/guilds/456/commands")).toHaveLength(1);
  });
});
