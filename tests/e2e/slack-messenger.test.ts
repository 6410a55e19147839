import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSlackWebClient } from "../../src/adapters/slack/create-slack-web-client.js";
import { createSlackMessenger } from "../../src/adapters/slack/slack-messenger.js";
import { DeliveryError } from "../../src/core/delivery-error.js";
import type { Messenger } from "../../src/core/messenger.js";
import type { MessageReply } from "../../src/core/reply.js";
import { FakeSlackApi } from "./fakes/fake-slack-api.js";

const reminder: MessageReply = { kind: "message", ephemeral: false, title: "Reminder", text: "Supervision logs are due Friday.", sections: [{ title: "Due", lines: ["Friday <5pm>"] }] };

let api: FakeSlackApi;
let messenger: Messenger;

beforeEach(async () => {
  api = await new FakeSlackApi().start();
  messenger = createSlackMessenger(createSlackWebClient({ botToken: "xoxb-test", apiUrl: api.apiUrl }));
});

afterEach(async () => {
  await api.close();
});

describe("Slack messenger, real Web API client against the fake", () => {
  it("GIVEN a user key THEN it opens the DM and posts the rendered blocks there with the bot token", async () => {
    await messenger.deliver({ to: { kind: "user", userKey: "slack:U77" }, reply: reminder });

    expect(api.requests.to("/api/conversations.open")[0]!.body.users).toBe("U77");
    const posted = api.requests.to("/api/chat.postMessage")[0]!;
    expect(posted.headers.authorization).toBe("Bearer xoxb-test");
    expect(posted.body.channel).toBe("DU77");
    expect(JSON.parse(String(posted.body.blocks))[0]).toEqual({ type: "header", text: { type: "plain_text", text: "Reminder" } });
    expect(String(posted.body.blocks)).toContain("Friday &lt;5pm&gt;");
  });

  it("GIVEN a channel key THEN it posts straight to the channel", async () => {
    await messenger.deliver({ to: { kind: "channel", channelKey: "slack:C9" }, reply: reminder });

    expect(api.requests.to("/api/conversations.open")).toEqual([]);
    expect(api.requests.to("/api/chat.postMessage")[0]!.body.channel).toBe("C9");
  });

  it("GIVEN Slack answers 429 with Retry-After THEN delivery rejects at once as retriable, with the wait", async () => {
    api.failNext("/api/chat.postMessage", { status: 429, headers: { "retry-after": "7" }, body: { ok: false, error: "ratelimited" } });

    const sent = messenger.deliver({ to: { kind: "channel", channelKey: "slack:C9" }, reply: reminder });
    await expect(sent).rejects.toBeInstanceOf(DeliveryError);
    await expect(sent).rejects.toMatchObject({ retriable: true, retryAfterMs: 7000, target: "slack:C9" });
  });

  it("GIVEN Slack says channel_not_found THEN delivery rejects as not retriable", async () => {
    api.failNext("/api/chat.postMessage", { status: 200, body: { ok: false, error: "channel_not_found" } });

    await expect(messenger.deliver({ to: { kind: "channel", channelKey: "slack:C404" }, reply: reminder })).rejects.toMatchObject({
      retriable: false,
      message: "Slack refused: channel_not_found",
    });
  });

  it("GIVEN a key of another platform THEN it rejects naming the expected form", async () => {
    await expect(messenger.deliver({ to: { kind: "user", userKey: "discord:123" }, reply: reminder })).rejects.toThrow(/not a Slack key/);
    expect(api.requests.all).toEqual([]);
  });

  it("GIVEN Slack cannot be reached THEN delivery rejects as retriable after the client's two quick retries, not half an hour later", async () => {
    const gone = await new FakeSlackApi().start();
    const apiUrl = gone.apiUrl;
    await gone.close();
    const unreachable = createSlackMessenger(createSlackWebClient({ botToken: "xoxb-test", apiUrl }));

    await expect(unreachable.deliver({ to: { kind: "channel", channelKey: "slack:C9" }, reply: reminder })).rejects.toMatchObject({
      retriable: true,
      message: expect.stringMatching(/^Slack unreachable/),
    });
  });
});
