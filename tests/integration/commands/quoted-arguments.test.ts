import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../../src/config/config.js";
import { actorOf } from "../../../src/core/commands/actor.js";
import type { Delivery } from "../../../src/core/commands/command-outcome.js";
import type { Reply } from "../../../src/core/reply.js";
import { createServices, type Services } from "../../../src/services/create-services.js";
import { inPlatformSyntax } from "../../support/platform-syntax.js";

// Issue 11: quoting is what people do to keep words together; every command that takes free text honours it.
const root = mkdtempSync(join(tmpdir(), "porchlight-quotes-"));
const NOW = new Date("2026-11-24T17:00:00Z");
let services: Services;
const posted: Delivery[] = [];

beforeAll(() => {
  const settings = { DATABASE_PATH: join(root, "quotes.db"), NETWORK_TIME_ZONE: "America/Denver", ADMINS: "console:dana", CHANNELS: "#network=console:#network" };
  services = createServices(parseConfig(settings), { now: () => NOW });
  services.registerMessenger("console", { deliver: async (delivery) => void posted.push(delivery) });
});

afterAll(async () => {
  await services.announcements.settled?.();
  services.close();
  rmSync(root, { recursive: true, force: true });
});

// Lines as typed at the console, read by its adapter's syntax (#network, @sam) as the console does.
const run = async (line: string): Promise<Reply> =>
  (await inPlatformSyntax("console", line, (read) => services.dispatcher.dispatchLine(read, { actor: actorOf("console", "dana"), isAdmin: true, now: NOW, channel: "#network" }))).reply;

async function expectUnclosedQuote(line: string): Promise<void> {
  const reply = await run(line);
  expect(reply.kind, line).toBe("error");
  expect(reply.kind === "error" && reply.code, line).toBe("arguments.unbalanced-quote");
  expect(reply.text).toContain("Put a quote at both ends of the words that belong together");
}

describe("quoted arguments, command by command", () => {
  it("GIVEN /reminders add with the issue's quoted quarterly schedule THEN it is stored with its months and the message alone", async () => {
    const reply = await run('/reminders add #network "quarterly on the 2nd Tuesday of January, April, July and October at 10:00" Meeting');
    expect(reply.kind, reply.text).toBe("message");
    const stored = (await services.stores.reminders.list()).at(-1)!;
    expect(stored.message).toBe("Meeting");
    expect(stored.schedule).toMatchObject({ kind: "monthly-weekday", nth: 2, weekday: 2, months: [1, 4, 7, 10] });
    expect(reply.text).toContain("Tue 12 Jan 2027 10:00 MST");
  });

  it("GIVEN /reminders add with curly quotes around schedule and message THEN both lose their quotes", async () => {
    await run("/reminders add #network “every Monday at 9:00” “Team call”");
    expect((await services.stores.reminders.list()).at(-1)).toMatchObject({ message: "Team call", schedule: { kind: "weekly" } });
  });

  it("GIVEN /reminders add with a quote never closed THEN it says how to quote, and nothing is stored", async () => {
    const before = (await services.stores.reminders.list()).length;
    await expectUnclosedQuote('/reminders add #network "every Monday at 9:00 Team call');
    expect(await services.stores.reminders.list()).toHaveLength(before);
  });

  it("GIVEN /meeting add with a quoted schedule, a quoted title holding 'at' and a quoted place THEN each is read whole", async () => {
    const reply = await run('/meeting add #network "every Wednesday at 18:00" "Picnic at the lake" at ‘Riverside Park’');
    expect(reply.kind, reply.text).toBe("message");
    expect((await services.stores.meetings.list()).at(-1)).toMatchObject({ title: "Picnic at the lake", place: "Riverside Park" });
  });

  it("GIVEN /meeting add with text after a quoted title that is not 'at' a place THEN it says how to write it", async () => {
    const reply = await run('/meeting add #network "every Thursday at 18:00" "Picnic" tomorrow');
    expect(reply.kind === "error" && reply.code).toBe("meetings.after-title");
  });

  it("GIVEN /announce with the whole message in quotes THEN it is posted without them; quotes inside a message stay", async () => {
    await run('/announce #network "Training on Friday at 10:00"');
    await run('/announce #network Read the "Family Guide" before Friday');
    expect(posted.slice(-2).map((d) => d.reply.text)).toEqual(["Training on Friday at 10:00", 'Read the "Family Guide" before Friday']);
    await expectUnclosedQuote('/announce #network "Training on Friday');
  });

  it("GIVEN /log-hours with a quoted course or note THEN the note is the words without the quotes, and a note's inner quotes stay", async () => {
    await run('/log-hours 8 training "Motivational Interviewing"');
    await run('/log-hours 1 work yesterday read the "Family Guide"');
    const entries = await services.stores.entries.list("console:dana");
    expect(entries.map((e) => e.note)).toEqual(expect.arrayContaining(["Motivational Interviewing", 'read the "Family Guide"']));
    await expectUnclosedQuote('/log-hours 1 work "home visit');
  });

  it("GIVEN /hours edit with a quoted note THEN the note is replaced by the quoted words", async () => {
    const entry = (await services.stores.entries.list("console:dana")).at(-1)!;
    const reply = await run(`/hours edit ${entry.id} note “Family Partner 101”`);
    expect(reply.kind, reply.text).not.toBe("error");
    expect((await services.stores.entries.list("console:dana")).find((e) => e.id === entry.id)?.note).toBe("Family Partner 101");
  });

  it("GIVEN /profile with quoted values THEN they are read as the values", async () => {
    const reply = await run("/profile state ‘MT’ track \"mt-candidate\"");
    expect(reply.kind, reply.text).not.toBe("error");
    expect(await services.stores.profiles.get("console:dana")).toMatchObject({ state: "MT", credentialTrack: "mt-candidate" });
    await expectUnclosedQuote('/profile track "mt-candidate');
  });

  it("GIVEN /ask with the whole question in straight or curly quotes THEN the answer is the unquoted question's", async () => {
    const plain = await run("/ask Can I accept a gift card from a family?");
    for (const quoted of ['/ask "Can I accept a gift card from a family?"', "/ask “Can I accept a gift card from a family?”"]) {
      const reply = await run(quoted);
      expect(reply.kind).toBe("answer");
      expect(reply.kind === "answer" && plain.kind === "answer" && [reply.verdict, reply.citations[0]?.entryId]).toEqual(
        plain.kind === "answer" && [plain.verdict, plain.citations[0]?.entryId],
      );
    }
  });

  it("GIVEN /meeting rsvp and /reminders preview with quoted values THEN they read as typed without quotes", async () => {
    const meeting = (await services.stores.meetings.list()).at(-1)!;
    expect((await run(`/meeting rsvp "${meeting.id}" ‘going’`)).kind).not.toBe("error");
    expect((await run('/reminders preview "2027-01-01" "2027-03-31"')).kind).not.toBe("error");
  });
});
