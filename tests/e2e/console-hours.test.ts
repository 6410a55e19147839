import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "porchlight-console-hours-"));
const env = { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_PATH: join(dir, "porchlight.db"), NETWORK_TIME_ZONE: "America/Denver", ADMINS: "console:dana" };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface JsonReply {
  kind: string;
  text: string;
  code?: string;
  to?: string;
  savedTo?: string;
  actions?: { label: string; command: string }[];
}

/** Runs the real console adapter (`tsx src/main.ts --json --user NAME`) over a script, one JSON reply per line. */
function consoleSession(user: string, lines: string[]): Promise<JsonReply[]> {
  return new Promise((resolve, reject) => {
    const child = execFile("node_modules/.bin/tsx", ["src/main.ts", "--json", "--user", user], { env, cwd: process.cwd() }, (err, stdout) => {
      if (err) reject(err);
      else resolve(stdout.trim().split("\n").map((l) => JSON.parse(l) as JsonReply));
    });
    child.stdin!.end(lines.map((l) => `${l}\n`).join(""));
  });
}

describe("console adapter, hours end to end", () => {
  it("GIVEN logging, bad lines, a restart and a supervisor THEN totals survive and every error is specific", async () => {
    const first = await consoleSession("maria", [
      "/profile track mt-candidate supervisor @sam",
      "/log-hours 10h work yesterday home visits",
      "/log-hours 1h30m work",
      "/log-hours 30m supervision",
      "/log-hours 8 training Motivational Interviewing",
      "/log-hours",
      "/log-hours 0 work",
      "/log-hours -1 work",
      "/log-hours 25 work",
      "/log-hours 2 work 2999-01-01",
      "/log-hours 2 naps",
      "/log-hours 2 work 2026-02-30",
      "/log-hours 2x work",
      "/log-hours 14h30m work yesterday",
      "/hours all",
    ]);
    // The supervision entry also produces a direct message to the supervisor: one extra line, addressed.
    const ask = first.find((r) => r.to === "console:sam")!;
    expect(ask.actions).toEqual([{ label: "Confirm", command: "/hours confirm 3", style: "primary" }]);
    const replies = first.filter((r) => r.to === undefined);
    // A bare /log-hours is a form on Slack and Discord; the console shows its syntax instead.
    expect(replies[5]).toMatchObject({ kind: "form", form: { id: "log-hours" } });
    expect(replies.slice(5, 14).map((r) => r.code ?? r.kind)).toEqual([
      "form", "hours.zero-duration", "hours.negative-duration", "hours.over-24-hours",
      "hours.future-date", "hours.unknown-kind", "hours.invalid-date", "hours.invalid-duration", "hours.day-over-24-hours",
    ]);
    for (const r of replies.slice(5, 14)) expect(r.text).toMatch(/e\.g\. \/|\/hours edit/);
    const totals = replies[14]!.text;
    expect(totals).toContain("Work: 11h 30m");
    expect(totals).toContain("Supervision: 30m (30m pending confirmation)");
    expect(totals).toContain("Training: 8h");
    expect(totals).toContain("log 5m more supervision to be back in ratio");

    const supervisor = await consoleSession("sam", ["/hours pending", "/hours confirm 3"]);
    expect(supervisor[1]!.text).toContain("Confirmed #3");
    expect(supervisor[2]).toMatchObject({ to: "console:maria" });

    const [again, exported] = await consoleSession("maria", ["/hours all", "/hours export"]);
    expect(again!.text).toBe(totals.replace("Supervision: 30m (30m pending confirmation)", "Supervision: 30m").replace(", 30m pending confirmation", ""));
    expect(exported!.kind).toBe("file");
    expect(readFileSync(exported!.savedTo!, "utf8").split("\r\n").filter(Boolean)).toHaveLength(5);

    const [report] = await consoleSession("dana", ["/hours report"]);
    expect(report!.text).toContain("@maria (mt-candidate, 0 of 2 met): behind; work 11h 30m, supervision 30m");
    // Five real processes, each loading the knowledge base: a busy shared machine needs more than the default.
  }, 90_000);
});
