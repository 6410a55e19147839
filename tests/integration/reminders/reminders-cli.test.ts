import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { createReminderPlanner } from "../../../src/core/reminders/reminder-planner.js";
import { runRemindersCli } from "../../../src/cli/run-reminders-cli.js";
import { createSqliteChannelReminderRepository } from "../../../src/storage/sqlite-channel-reminder-repository.js";
import { createSqliteReminderOptIns } from "../../../src/storage/sqlite-reminder-opt-ins.js";
import { addChannelReminder, tempDatabase } from "./reminder-test-kit.js";

const QUARTERLY = "quarterly on the 2nd Tuesday of January, April, July and October at 10:00 in America/New_York";
let database: ReturnType<typeof tempDatabase>;
afterEach(() => database?.cleanup());

describe("npm run reminders -- preview", () => {
  it("GIVEN the quarterly 2nd-Tuesday reminder THEN --json over 2027 lists exactly the four meetings at 10:00 New York time", async () => {
    database = tempDatabase();
    const db = database.open();
    await addChannelReminder(db, QUARTERLY, "Quarterly family partner meeting", "2026-11-01T00:00:00Z");
    const planner = createReminderPlanner({ reminders: createSqliteChannelReminderRepository(db), optIns: createSqliteReminderOptIns(db), networkZone: "America/New_York" });
    const lines: string[] = [];
    const code = await runRemindersCli(["preview", "--from", "2027-01-01", "--to", "2027-12-31", "--json"], {
      planner,
      networkZone: "America/New_York",
      now: new Date("2026-11-25T12:00:00Z"),
      write: (line) => lines.push(line),
    });
    expect(code).toBe(0);
    expect(lines.map((l) => JSON.parse(l))).toEqual(
      [
        ["2027-01-12T15:00:00.000Z", "2027-01-12T10:00", "Tue 12 Jan 2027 10:00 EST"],
        ["2027-04-13T14:00:00.000Z", "2027-04-13T10:00", "Tue 13 Apr 2027 10:00 EDT"],
        ["2027-07-13T14:00:00.000Z", "2027-07-13T10:00", "Tue 13 Jul 2027 10:00 EDT"],
        ["2027-10-12T14:00:00.000Z", "2027-10-12T10:00", "Tue 12 Oct 2027 10:00 EDT"],
      ].map(([utc, local, localText]) => ({ utc, local, localText, zone: "America/New_York", reminder: "channel:1", to: "console:#network", text: "Quarterly family partner meeting" })),
    );
  });

  it("GIVEN the real npm script against a database file THEN it prints the same four posts and posts nothing", async () => {
    database = tempDatabase();
    const db = database.open();
    await addChannelReminder(db, QUARTERLY, "Quarterly family partner meeting", "2026-11-01T00:00:00Z");
    db.close();
    const { stdout } = await promisify(execFile)("npx", ["tsx", "src/cli/reminders.ts", "preview", "--from", "2027-01-01", "--to", "2027-12-31"], {
      env: { ...process.env, DATABASE_PATH: database.path, NETWORK_TIME_ZONE: "America/New_York", ADMINS: "" },
    });
    const lines = stdout.trim().split("\n");
    expect(lines).toEqual([
      "Tue 12 Jan 2027 10:00 EST (2027-01-12 15:00 UTC) channel:1 -> #network: Quarterly family partner meeting",
      "Tue 13 Apr 2027 10:00 EDT (2027-04-13 14:00 UTC) channel:1 -> #network: Quarterly family partner meeting",
      "Tue 13 Jul 2027 10:00 EDT (2027-07-13 14:00 UTC) channel:1 -> #network: Quarterly family partner meeting",
      "Tue 12 Oct 2027 10:00 EDT (2027-10-12 14:00 UTC) channel:1 -> #network: Quarterly family partner meeting",
      "4 post(s) from 2027-01-01T05:00:00.000Z to 2028-01-01T05:00:00.000Z; nothing was posted.",
    ]);
  });

  it("GIVEN a bad date THEN exit code 2 and a message with a correct example", async () => {
    database = tempDatabase();
    const db = database.open();
    const planner = createReminderPlanner({ reminders: createSqliteChannelReminderRepository(db), optIns: createSqliteReminderOptIns(db), networkZone: "America/New_York" });
    const lines: string[] = [];
    const code = await runRemindersCli(["preview", "--from", "01/01/2027"], { planner, networkZone: "America/New_York", now: new Date(), write: (l) => lines.push(l) });
    expect(code).toBe(2);
    expect(lines[0]).toMatch(/"01\/01\/2027" is not a date.*2027-01-01/);
  });
});
