import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeSlackApi } from "./fakes/fake-slack-api.js";
import { signSlackRequest } from "./fakes/sign-slack-request.js";
import { SIGNING_SECRET } from "./support/start-slack.js";
import { startSlackWithServices } from "./support/start-slack-services.js";

let api: FakeSlackApi;
let slack: Awaited<ReturnType<typeof startSlackWithServices>>;

beforeEach(async () => {
  api = await new FakeSlackApi().start();
  slack = await startSlackWithServices(api);
});
afterEach(async () => {
  await slack?.close();
  await api?.close();
});

/** A signed Events API direct message from U7, as Slack posts it. */
function dm(eventId: string, text: string): Promise<Response> {
  const body = JSON.stringify({
    token: "legacy",
    team_id: "T1",
    api_app_id: "A1",
    type: "event_callback",
    event_id: eventId,
    event_time: 1773154800,
    event: { type: "message", channel_type: "im", user: "U7", text, ts: `1773154800.${eventId}`, channel: "D1" },
  });
  return fetch(slack.eventsUrl, { method: "POST", headers: { "content-type": "application/json", ...signSlackRequest(SIGNING_SECRET, body, Math.floor(Date.now() / 1000)) }, body });
}

describe("the first-message welcome through real Bolt (HTTP mode) against the fake Web API", () => {
  it("GIVEN a partner never seen asks a question in a DM THEN the answer comes first, then the welcome as a direct message, and never again", async () => {
    expect((await dm("000100", "Can I accept a gift card from a family?")).status).toBe(200);
    const answer = await api.requests.next("/api/chat.postMessage");
    const welcome = await api.requests.next("/api/chat.postMessage", 2);
    expect(String(answer.body.blocks)).toContain(":bookmark:");
    expect(String(welcome.body.text)).toContain("Hi, I'm Porchlight");
    expect(String(welcome.body.text)).toContain("/profile state MT track mt-candidate");
    expect(api.requests.to("/api/conversations.open").map((r) => String(r.body.users))).toEqual(["U7"]);

    expect((await dm("000200", "/hours")).status).toBe(200);
    await api.requests.next("/api/chat.postMessage", 3);
    // Give a stray second welcome the time to arrive, were there one.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(api.requests.to("/api/chat.postMessage").filter((r) => String(r.body.text).includes("Hi, I'm Porchlight"))).toHaveLength(1);
  });
});
