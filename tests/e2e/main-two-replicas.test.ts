import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../support/postgres-test-database.js";
import { FakeSlackApi } from "./fakes/fake-slack-api.js";
import { signSlackRequest } from "./fakes/sign-slack-request.js";
import { runMain, type RunningMain } from "./support/run-main.js";

const SECRET = "replicas-signing-secret";
const ADMIN = "UADMIN";
const CHANNEL = "CNETWORK";
// A reminder is due at a minute's start; the leader's first post is rate-limited this long, so it is killed mid-retry.
const RETRY_AFTER_S = 45;

interface Replica {
  main: RunningMain;
  port: number;
}

let api: FakeSlackApi;
let database: { url: string; drop(): Promise<void> };
let replicas: Replica[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  api = await new FakeSlackApi().start();
}, 60_000);

afterAll(async () => {
  await Promise.all(replicas.map((r) => r.main.stop()));
  await api?.close();
  await database?.drop();
});

const settings = () => ({
  SLACK_BOT_TOKEN: "xoxb-replicas",
  SLACK_SIGNING_SECRET: SECRET,
  SLACK_API_URL: api.apiUrl,
  SLACK_PORT: "0",
  SLACK_HOST: "127.0.0.1",
  DATABASE_URL: database.url,
  DATABASE_POOL_SIZE: "8",
  NETWORK_TIME_ZONE: "UTC",
  ADMINS: `slack:${ADMIN}`,
});

async function startReplica(): Promise<Replica> {
  const main = runMain(settings());
  const started = await Promise.race([main.waitForLog("slack.started"), main.exited().then((code) => Promise.reject(new Error(`a replica exited with ${code}: ${JSON.stringify(main.logs)}`)))]);
  await main.waitForLog("ready");
  return { main, port: started.port as number };
}

interface SlashReply {
  status: number;
  text: string;
}

/** One slash command to one replica, signed as Slack signs it; `retry` adds the headers of Slack's redelivery. */
async function slash(replica: Replica, user: string, command: string, text: string, triggerId: string, retry = false): Promise<SlashReply> {
  const body = new URLSearchParams({ team_id: "T1", channel_id: "C1", user_id: user, command, text, api_app_id: "A1", response_url: `${api.baseUrl}/response/${triggerId}`, trigger_id: triggerId }).toString();
  const response = await fetch(`http://127.0.0.1:${replica.port}/slack/events`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      ...signSlackRequest(SECRET, body, Math.floor(Date.now() / 1000)),
      ...(retry ? { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" } : {}),
    },
    body,
  }).catch(() => undefined);
  // A connection the replica closed (Bolt does after answering a late ack) is, to Slack, one more failed delivery.
  if (!response) return { status: 0, text: "" };
  return { status: response.status, text: response.status === 200 ? ((await response.json()) as { text: string }).text : await response.text() };
}

// Slack redelivers a late ack up to three times, backing off (at once, then after 1 and 5 minutes; shortened here).
const REDELIVERY_DELAYS_MS = [0, 2_000, 8_000];

/**
 * As Slack delivers a slash command: an ack later than 3 s (Bolt then answers 404 or drops the connection) is
 * redelivered with the same trigger id and X-Slack-Retry-Num, alternating replicas as a load balancer may.
 */
async function deliver(first: Replica, other: Replica, user: string, command: string, text: string, triggerId: string, redelivery = false): Promise<SlashReply & { retries: number }> {
  for (let retries = 0; ; retries++) {
    const reply = await slash(retries % 2 === 0 ? first : other, user, command, text, triggerId, redelivery || retries > 0);
    if (reply.status === 200 || retries === REDELIVERY_DELAYS_MS.length) return { ...reply, retries };
    await new Promise((resolve) => setTimeout(resolve, REDELIVERY_DELAYS_MS[retries]));
  }
}

const loggedId = (reply: SlashReply) => Number(/^Logged #(\d+) /.exec(reply.text)?.[1] ?? NaN);

async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

const channelPosts = () => api.requests.to("/api/chat.postMessage").filter((r) => r.body.channel === CHANNEL);

// The two tests share the replicas: the second kills the leader of the pair the first started and loaded.
describe("two bot processes on one PostgreSQL database (Slack HTTP mode against the fake Web API)", () => {
  it(
    "GIVEN 200 concurrent /log-hours over both replicas, retries landing on the other, and 30 hours for one day THEN each acknowledged entry is stored once and the day stops at 24 h",
    async () => {
      replicas = await Promise.all([startReplica(), startReplica()]);
      const [a, b] = replicas as [Replica, Replica];
      // Everyone here met the bot before: the first-message welcome DMs would add load and posts these tests do not count.
      const people = ["UWARM", "UFULL", ADMIN, ...Array.from({ length: 40 }, (_, i) => `U${i}`)].map((u) => `slack:${u}`);
      await query("INSERT INTO welcomed_users (user_key, welcomed_at) SELECT unnest($1::text[]), now() ON CONFLICT DO NOTHING", [people]);
      // A first command each, so the 3 s ack deadline is not spent reading the knowledge base and rules at first use.
      for (const r of replicas) expect((await slash(r, "UWARM", "/hours", "", `trig-warm-${r.port}`)).status).toBe(200);

      const logs = Array.from({ length: 200 }, (_, i) => ({ replica: i % 2 === 0 ? a : b, other: i % 2 === 0 ? b : a, user: `U${i % 40}`, trigger: `trig-log-${i}` }));
      // Every tenth one is also redelivered at the same moment to the other replica, as Slack does after a late ack.
      const firsts = logs.map((l, i) => deliver(l.replica, l.other, l.user, "/log-hours", `${(i % 4) + 1}h work yesterday visit ${i}`, l.trigger));
      const retries = logs.filter((_, i) => i % 10 === 0).map((l) => {
        const i = logs.indexOf(l);
        return deliver(l.other, l.replica, l.user, "/log-hours", `${(i % 4) + 1}h work yesterday visit ${i}`, l.trigger, true).then((reply) => ({ i, reply }));
      });
      // One partner logs 30 one-hour entries for one day, half on each replica: the day limit must hold across them.
      const full = Array.from({ length: 30 }, (_, i) => deliver(i % 2 === 0 ? a : b, i % 2 === 0 ? b : a, "UFULL", "/log-hours", "1h work yesterday", `trig-full-${i}`));
      const [firstReplies, retryReplies, fullReplies] = await Promise.all([Promise.all(firsts), Promise.all(retries), Promise.all(full)]);

      expect(firstReplies.map((r) => r.status)).toEqual(firstReplies.map(() => 200));
      expect(fullReplies.map((r) => r.status)).toEqual(fullReplies.map(() => 200));
      console.log(`redeliveries after a late ack (Slack's 3 s deadline): ${[...firstReplies, ...fullReplies].reduce((n, r) => n + r.retries, 0)} for 230 commands`);
      const acknowledged = firstReplies.map(loggedId);
      expect(acknowledged.filter(Number.isInteger)).toHaveLength(200);
      expect(new Set(acknowledged).size).toBe(200);
      for (const { i, reply } of retryReplies) expect(loggedId(reply)).toBe(acknowledged[i]);

      const stored = fullReplies.filter((r) => /^Logged #/.test(r.text));
      expect(stored).toHaveLength(24);
      expect(fullReplies.filter((r) => /would pass 24 hours in one day/.test(r.text))).toHaveLength(6);

      const rows = await query<{ id: number; delivery_key: string; user_key: string; minutes: number }>("SELECT id, delivery_key, user_key, minutes FROM hour_entries ORDER BY id");
      expect(rows).toHaveLength(224);
      const byKey = new Map(rows.map((r) => [r.delivery_key, r]));
      expect(byKey.size).toBe(224);
      logs.forEach((l, i) => expect(byKey.get(`slack:${l.trigger}`)).toMatchObject({ id: acknowledged[i], user_key: `slack:${l.user}`, minutes: ((i % 4) + 1) * 60 }));
      const totals = await query<{ minutes: number }>("SELECT minutes FROM hour_kind_totals WHERE user_key = 'slack:UFULL' AND kind = 'work'");
      expect(totals).toEqual([{ minutes: 1440 }]);
    },
    120_000,
  );

  it(
    "GIVEN the leader killed with SIGKILL while a due reminder's post is being retried THEN the other replica takes over and the reminder is posted exactly once",
    async () => {
      const [a, b] = replicas as [Replica, Replica];
      const leaderLog = await Promise.race([a, b].map((r) => r.main.waitForLog("scheduler.leader").then((log) => ({ r, log }))));
      const leader = leaderLog.r;
      const follower = leader === a ? b : a;
      expect(follower.main.logs.some((l) => l.event === "scheduler.leader")).toBe(false);

      // Due at the start of a minute at least 20 s away: the reminder must exist before the tick that is due to post it.
      const due = new Date(Math.ceil((Date.now() + 20_000) / 60_000) * 60_000);
      const [date, time] = [due.toISOString().slice(0, 10), due.toISOString().slice(11, 16)];
      const added = await deliver(follower, leader, ADMIN, "/reminders", `add <#${CHANNEL}|network> on ${date} at ${time} Replica check-in`, "trig-reminder");
      expect(added.text).toMatch(/^(Added|Already added) reminder #1 for/);

      const before = channelPosts().length;
      api.failNext("/api/chat.postMessage", { status: 429, headers: { "retry-after": String(RETRY_AFTER_S) }, body: { ok: false, error: "ratelimited" } });
      await api.requests.next("/api/chat.postMessage", api.requests.to("/api/chat.postMessage").length + 1);
      expect(channelPosts().length).toBe(before + 1);
      const [claimed] = await query<{ status: string; claimed_by: string }>("SELECT status, claimed_by FROM reminder_ledger WHERE reminder_key LIKE 'channel:%'");
      expect(claimed).toEqual({ status: "claimed", claimed_by: leaderLog.log.replica });

      leader.main.child.kill("SIGKILL");
      expect(await leader.main.exited()).toBe(null);
      replicas = [follower];

      // The server ends the dead leader's session, its lock with it; the follower's next tick (the next minute) leads.
      const takeover = await follower.main.waitForLog("scheduler.leader");
      const posted = await follower.main.waitForLog("reminders.posted");
      expect(posted).toMatchObject({ scheduledAt: due.toISOString() });

      const posts = channelPosts().slice(before);
      // The dead leader's try that Slack refused, then the follower's post: the text reached the channel once.
      expect(posts.map((p) => String(p.body.text))).toEqual([expect.stringContaining("Replica check-in"), expect.stringContaining("Replica check-in")]);
      const ledger = await query<{ status: string; claimed_by: string; scheduled_at: Date }>("SELECT status, claimed_by, scheduled_at FROM reminder_ledger WHERE reminder_key LIKE 'channel:%'");
      expect(ledger).toHaveLength(1);
      expect(ledger[0]).toMatchObject({ status: "posted", scheduled_at: due });
      // Taken over from the dead leader's claim; decided now, so no later tick can post it again.
      expect(ledger[0]!.claimed_by).toBe(takeover.replica);
      expect(takeover.replica).not.toBe(claimed!.claimed_by);
    },
    150_000,
  );
});
