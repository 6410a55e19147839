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

/** A signed slash command from the admin, as Slack posts it; resolves with the ack's JSON. */
async function slash(command: string, text: string): Promise<{ text: string; response_type?: string }> {
  const body = new URLSearchParams({ team_id: "T1", channel_id: "C1", user_id: "UADMIN", command, text, api_app_id: "A1", response_url: `${api.baseUrl}/response/cmd`, trigger_id: `trig-${Math.random()}` }).toString();
  const response = await fetch(slack.eventsUrl, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...signSlackRequest(SIGNING_SECRET, body, Math.floor(Date.now() / 1000)) },
    body,
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { text: string; response_type?: string };
}

describe("a quoted reminder through real Bolt (HTTP mode) against the fake Web API", () => {
  it("GIVEN the issue's /reminders add with the schedule in straight quotes THEN it is added and stored with the message alone", async () => {
    const ack = await slash("/reminders", 'add <#C024BE7LR|network> "quarterly on the 2nd Tuesday of January, April, July and October at 10:00" Meeting');
    expect(ack.text).toMatch(/^Added reminder #1 /);
    expect(ack.text).toContain("Tue 12 Jan 2027 10:00 MST");
    const [stored] = await slack.services.stores.reminders.list();
    expect(stored).toMatchObject({ channelKey: "slack:C024BE7LR", message: "Meeting", schedule: { kind: "monthly-weekday", months: [1, 4, 7, 10] } });
  });

  it("GIVEN curly quotes (what Slack's desktop app types) THEN the same; GIVEN an unclosed quote THEN the ack says how to quote and nothing is stored", async () => {
    expect((await slash("/reminders", "add <#C024BE7LR|network> “every Monday at 9:00” “Weekly check-in”")).text).toMatch(/^Added reminder/);
    const unclosed = await slash("/reminders", 'add <#C024BE7LR|network> "every Friday at 9:00 Log your hours');
    expect(unclosed.text).toContain("Put a quote at both ends of the words that belong together");
    expect((await slack.services.stores.reminders.list()).map((r) => r.message)).toEqual(["Weekly check-in"]);
  });
});
