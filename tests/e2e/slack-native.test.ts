import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { types } from "@slack/bolt";
import { FakeSlackApi } from "./fakes/fake-slack-api.js";
import { FakeSlackSocket } from "./fakes/fake-slack-socket.js";
import { signSlackRequest } from "./fakes/sign-slack-request.js";
import { SIGNING_SECRET } from "./support/start-slack.js";
import { startSlackWithServices } from "./support/start-slack-services.js";

let api: FakeSlackApi;
let slack: Awaited<ReturnType<typeof startSlackWithServices>>;
const FORM = "application/x-www-form-urlencoded";
const SETTLED = "Can I advise a parent on their child's medication?";
const UNKNOWN = "what colour is the moon on tuesdays";

beforeEach(async () => {
  api = await new FakeSlackApi().start();
  slack = await startSlackWithServices(api);
  // These people met the bot before: the first-message welcome (tests/integration/welcome) would add a direct message.
  for (const user of ["U1", "U2", "USUP"]) await slack.services.stores.welcomed.claimWelcome(`slack:${user}`, new Date());
});
afterEach(async () => {
  await slack?.close();
  await api?.close();
});

async function post(body: string, contentType: string): Promise<Response> {
  return fetch(slack.eventsUrl, { method: "POST", headers: { "content-type": contentType, ...signSlackRequest(SIGNING_SECRET, body, Math.floor(Date.now() / 1000)) }, body });
}
const slash = (command: string, text: string, user = "U1", trigger = `trig-${Math.random()}`) =>
  post(
    new URLSearchParams({ team_id: "T1", channel_id: "C1", user_id: user, command, text, api_app_id: "A1", response_url: `${api.baseUrl}/response/cmd`, trigger_id: trigger }).toString(),
    FORM,
  );
const interactive = (payload: Record<string, unknown>) => post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), FORM);
const press = (value: string, user = "U1", where: "message" | "home" = "message") =>
  interactive({
    type: "block_actions",
    team: { id: "T1" },
    user: { id: user },
    api_app_id: "A1",
    trigger_id: `press-${Math.random()}`,
    ...(where === "home" ? { view: { id: "VHOME", type: "home" } } : { channel: { id: "C1" }, response_url: `${api.baseUrl}/response/press` }),
    actions: [{ type: "button", action_id: "porchlight.run.0", block_id: "b1", value, action_ts: "1" }],
  });
const submit = (view: types.ModalView, viewId: string, values: Record<string, Record<string, unknown>>, user = "U1") =>
  interactive({
    type: "view_submission",
    team: { id: "T1" },
    user: { id: user },
    api_app_id: "A1",
    trigger_id: "submit-1",
    view: { ...view, id: viewId, state: { values } },
  });
const blocksText = (request: { body: Record<string, unknown> }) => JSON.stringify(request.body);
const buttonValues = (blocks: types.KnownBlock[]) => blocks.flatMap((b) => (b.type === "actions" ? b.elements.map((e) => (e as types.Button).value) : []));
const entryCount = () => (slack.services.stores as unknown as { db: { prepare(sql: string): { get(): { n: number } } } }).db.prepare("SELECT COUNT(*) AS n FROM hour_entries WHERE deleted_at IS NULL").get().n;

describe("Slack feels native: Home tab, modals, answer buttons (real Bolt over HTTP)", () => {
  it("GIVEN app_home_opened THEN the dashboard is published; GIVEN /log-hours THEN it is published again with the new hours", async () => {
    await slash("/profile", "track mt-candidate");
    // No one has opened the tab yet: nothing is published for the profile change.
    expect(api.requests.to("/api/views.publish")).toHaveLength(0);
    const opened = await post(
      JSON.stringify({ type: "event_callback", team_id: "T1", api_app_id: "A1", event_id: "Ev1", event_time: 1, event: { type: "app_home_opened", user: "U1", channel: "D1", tab: "home" } }),
      "application/json",
    );
    expect(opened.status).toBe(200);
    const first = await api.requests.next("/api/views.publish", 1);
    expect(first.body.user_id).toBe("U1");
    const view = JSON.parse(String(first.body.view)) as { type: string; blocks: types.KnownBlock[] };
    expect(view.type).toBe("home");
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(blocksText(first)).toContain("▱▱▱▱▱▱▱▱▱▱ 0 of 40 h");
    expect(buttonValues(view.blocks)).toEqual(expect.arrayContaining(["/log-hours", "/profile", "/hours export"]));

    await slash("/log-hours", "2h work");
    const again = await api.requests.next("/api/views.publish", 2);
    expect(blocksText(again)).toContain("#1 2026-11-24 2h Work");
  });

  it("GIVEN a bare /log-hours THEN a modal opens with the trigger id; a field error shows on its field; the submission stores once", async () => {
    const ack = await slash("/log-hours", "", "U1", "trig-modal");
    expect(await ack.text()).toBe("");
    const opened = await api.requests.next("/api/views.open");
    expect(opened.body.trigger_id).toBe("trig-modal");
    const modal = JSON.parse(String(opened.body.view)) as types.ModalView;
    expect(modal.blocks.map((b) => b.block_id)).toEqual(["hours", "kind", "date", "supervisor", "note"]);

    const bad = await submit(modal, "VMODAL1", { hours: { hours: { value: "2x" } }, kind: { kind: { selected_option: { value: "work" } } } });
    const errors = (await bad.json()) as { response_action: string; errors: Record<string, string> };
    expect(errors.response_action).toBe("errors");
    expect(Object.keys(errors.errors)).toEqual(["hours"]);
    expect(errors.errors.hours).toContain('I can\'t read "2x" as a duration');
    expect(entryCount()).toBe(0);

    const good = { hours: { hours: { value: "90m" } }, kind: { kind: { selected_option: { value: "work" } } }, note: { note: { value: "home visit" } } };
    expect((await submit(modal, "VMODAL1", good)).status).toBe(200);
    expect((await submit(modal, "VMODAL1", good)).status).toBe(200);
    const shown = await api.requests.next("/api/chat.postEphemeral");
    expect(shown.body).toMatchObject({ channel: "C1", user: "U1" });
    expect(String(shown.body.text)).toContain("Logged #1");
    expect(entryCount()).toBe(1);
  });

  it("GIVEN an answer THEN Share posts it in the channel, Helpful is recorded; GIVEN an I don't know THEN Ask the coordinators posts to QUESTIONS_CHANNEL", async () => {
    const answered = (await (await slash("/ask", SETTLED)).json()) as { blocks: types.KnownBlock[] };
    const [share, helpful] = buttonValues(answered.blocks);
    expect(share).toMatch(/^\/kb share \S+ not_allowed$/);
    await press(share!);
    const shared = await api.requests.next("/response/press");
    expect(shared.body).toMatchObject({ response_type: "in_channel" });
    expect(JSON.stringify(shared.body)).not.toContain("medication?");
    await press(helpful!);
    const thanked = await api.requests.next("/response/press", 2);
    expect(String(thanked.body.text)).toContain("you rated");

    const unknown = (await (await slash("/ask", UNKNOWN)).json()) as { blocks: types.KnownBlock[] };
    const [askCoordinators] = buttonValues(unknown.blocks);
    expect(api.requests.to("/api/chat.postMessage")).toHaveLength(0);
    await press(askCoordinators!);
    const posted = await api.requests.next("/api/chat.postMessage");
    expect(posted.body.channel).toBe("CQUESTIONS");
    expect(String(posted.body.text)).toContain(UNKNOWN);
  });

  it("GIVEN a supervisor on the Home tab THEN Confirm all confirms every pending entry, answered in a DM, and the tab is published again", async () => {
    await slash("/log-hours", "1h supervision with <@USUP|sam>", "U1");
    await slash("/log-hours", "2h supervision with <@USUP|sam>", "U2");
    await press("/hours confirm all", "USUP", "home");
    const republished = await api.requests.next("/api/views.publish", 1);
    expect(republished.body.user_id).toBe("USUP");
    expect(blocksText(republished)).not.toContain("Waiting for your confirmation");
    const posts = api.requests.to("/api/chat.postMessage");
    expect(posts.find((p) => p.body.channel === "DUSUP" && String(p.body.text).includes("Confirmed 2 supervision entries"))).toBeDefined();
    expect(await slack.services.hours.entries.pendingFor("slack:USUP")).toEqual([]);
  });
});

describe("Slack feels native in Socket Mode (real Bolt over a fake WebSocket link)", () => {
  let socketApi: FakeSlackApi;
  let socket: FakeSlackSocket;
  let socketSlack: Awaited<ReturnType<typeof startSlackWithServices>>;
  beforeEach(async () => {
    socketApi = await new FakeSlackApi().start();
    socket = new FakeSlackSocket(socketApi);
    socketSlack = await startSlackWithServices(socketApi, "xapp-test");
  });
  afterEach(async () => {
    await socketSlack?.close();
    await socket?.close();
    await socketApi?.close();
  });

  it("GIVEN app_home_opened THEN the Home tab is published; GIVEN a bare /log-hours THEN a modal, whose submission stores once and refreshes the tab", async () => {
    await socket.send({ envelope_id: "e1", type: "events_api", payload: { type: "event_callback", team_id: "T1", api_app_id: "A1", event_id: "Ev1", event: { type: "app_home_opened", user: "U1", channel: "D1", tab: "home" } } });
    const home = await socketApi.requests.next("/api/views.publish");
    expect(JSON.parse(String(home.body.view))).toMatchObject({ type: "home" });

    const slashPayload = { team_id: "T1", channel_id: "C1", user_id: "U1", command: "/log-hours", text: "", api_app_id: "A1", response_url: `${socketApi.baseUrl}/response/1`, trigger_id: "trig-socket" };
    await socket.send({ envelope_id: "e2", type: "slash_commands", accepts_response_payload: true, payload: slashPayload });
    const opened = await socketApi.requests.next("/api/views.open");
    expect(opened.body.trigger_id).toBe("trig-socket");
    const modal = JSON.parse(String(opened.body.view)) as types.ModalView;
    const values = { hours: { hours: { value: "2h" } }, kind: { kind: { selected_option: { value: "ceu" } } } };
    const submission = { type: "view_submission", team: { id: "T1" }, user: { id: "U1" }, api_app_id: "A1", trigger_id: "t", view: { ...modal, id: "VS1", state: { values } } };
    await socket.send({ envelope_id: "e3", type: "interactive", accepts_response_payload: true, payload: submission });
    await socket.send({ envelope_id: "e4", type: "interactive", accepts_response_payload: true, payload: submission });
    const refreshed = await socketApi.requests.next("/api/views.publish", 2);
    expect(String(refreshed.body.view)).toContain("2h CEU");
    expect((await socketSlack.services.hours.entries.list("slack:U1")).map((e) => [e.kind, e.minutes])).toEqual([["ceu", 120]]);
  });
});
