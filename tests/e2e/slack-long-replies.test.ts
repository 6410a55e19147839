import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildMessageReply } from "../../src/core/commands/build-message-reply.js";
import { FakeSlackApi } from "./fakes/fake-slack-api.js";
import { FakeSlackSocket } from "./fakes/fake-slack-socket.js";
import { signSlackRequest } from "./fakes/sign-slack-request.js";
import { slackMessageError } from "./fakes/slack-payload-error.js";
import { seedPartners } from "./support/seed-partners.js";
import { SIGNING_SECRET } from "./support/start-slack.js";
import { NOW, startSlackWithServices } from "./support/start-slack-services.js";

let api: FakeSlackApi;
let slack: Awaited<ReturnType<typeof startSlackWithServices>>;

let socket: FakeSlackSocket | undefined;

afterEach(async () => {
  await slack?.close();
  await socket?.close();
  socket = undefined;
  await api?.close();
});

async function slash(command: string, text: string, user: string): Promise<Response> {
  const body = new URLSearchParams({ team_id: "T1", channel_id: "C1", user_id: user, command, text, api_app_id: "A1", response_url: `${api.baseUrl}/response/cmd`, trigger_id: "t1" }).toString();
  return fetch(slack.eventsUrl, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", ...signSlackRequest(SIGNING_SECRET, body, Math.floor(Date.now() / 1000)) }, body });
}

const seedReport = () => seedPartners(slack.services, (i) => `slack:UP${String(i).padStart(5, "0")}`, 120, NOW);

describe("Slack long replies in Socket Mode, the ack checked by the fake link as Slack would", () => {
  beforeEach(async () => {
    api = await new FakeSlackApi().start();
    socket = new FakeSlackSocket(api);
    slack = await startSlackWithServices(api, "xapp-test");
  });

  it("GIVEN 120 partners' hours THEN the /hours report envelope is acked with one message within the limits, every partner in it", async () => {
    const partners = await seedReport();
    const payload = { team_id: "T1", channel_id: "C1", user_id: "UADMIN", command: "/hours", text: "report", api_app_id: "A1", response_url: `${api.baseUrl}/response/s`, trigger_id: "t" };
    const ack = (await socket!.send({ envelope_id: "env-report", type: "slash_commands", accepts_response_payload: true, payload })) as { blocks: unknown[] };

    expect(api.refusals).toEqual([]);
    const shown = JSON.stringify(ack.blocks);
    for (const key of partners) expect(shown).toContain(key.slice("slack:".length));
  });
});

describe("Slack long replies, real Bolt against a fake that refuses what Slack refuses (invalid_blocks, msg_too_long)", () => {
  beforeEach(async () => {
    api = await new FakeSlackApi().start();
    slack = await startSlackWithServices(api);
  });

  it("GIVEN 120 partners' hours THEN /hours report is one acked message within Slack's limits, every partner in it", async () => {
    const partners = await seedReport();

    const ack = (await (await slash("/hours", "report", "UADMIN")).json()) as Record<string, unknown>;

    // The ack is the message Slack shows; the fake's checks are Slack's.
    expect(slackMessageError(ack)).toBeUndefined();
    expect(api.refusals).toEqual([]);
    expect(ack.response_type).toBe("ephemeral");
    const shown = JSON.stringify(ack.blocks);
    expect(shown).toContain("Hours report: 120 partners");
    for (const key of partners) expect(shown).toContain(key.slice("slack:".length));
  });

  it("GIVEN a channel post past 50 blocks' worth (2000 lines) THEN it is uploaded whole as a text file, nothing refused", async () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `line ${String(i).padStart(4, "0")} ${"x".repeat(100)}`);
    await slack.adapter.deliver({ to: { kind: "channel", channelKey: "slack:CNETWORK" }, reply: buildMessageReply({ title: "Network digest", sections: [{ title: "All", lines }], ephemeral: false }) });

    const completed = await api.requests.next("/api/files.completeUploadExternal");
    expect(completed.body.channel_id).toBe("CNETWORK");
    const uploaded = String((api.requests.to(/^\/upload\//)[0]!.body.body as { text: string }).text);
    expect(uploaded.match(/line \d{4}/g)).toHaveLength(2000);
    expect(api.requests.to("/api/chat.postMessage")).toHaveLength(0);
    expect(api.refusals).toEqual([]);
  });

  it("GIVEN a message past Slack's limits THEN the fake refuses it as Slack does", async () => {
    const post = (body: Record<string, string>) =>
      fetch(`${api.apiUrl}chat.postMessage`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(body).toString() });
    const blocks = JSON.stringify(Array.from({ length: 51 }, () => ({ type: "section", text: { type: "mrkdwn", text: "x" } })));
    expect(await (await post({ channel: "C1", text: "x", blocks })).json()).toEqual({ ok: false, error: "invalid_blocks" });
    expect(await (await post({ channel: "C1", text: "x".repeat(40_001) })).json()).toEqual({ ok: false, error: "msg_too_long" });
  });
});
