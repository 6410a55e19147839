import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadCommandSpecs } from "../../../src/command-files/load-command-specs.js";
import { parseConfig } from "../../../src/config/config.js";
import { actorOf } from "../../../src/core/commands/actor.js";
import type { Reply } from "../../../src/core/reply.js";
import { createServices } from "../../../src/services/create-services.js";
import { inPlatformSyntax } from "../../support/platform-syntax.js";

const root = mkdtempSync(join(tmpdir(), "porchlight-examples-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const NOW = new Date("2026-11-24T17:00:00Z");

/**
 * Each example on a fresh database holding what the examples name: Dana (an admin, supervised by Sam) with twelve
 * entries, the twelfth a supervision hour, and three reminders. Sam runs the supervisor's examples.
 */
async function runExample(example: string, index: number): Promise<Reply> {
  const settings = { DATABASE_PATH: join(root, `${index}.db`), NETWORK_TIME_ZONE: "America/Denver", ADMINS: "console:dana", CHANNELS: "#network=console:#network;#ceu=console:#ceu" };
  const services = createServices(parseConfig(settings), { now: () => NOW });
  const run = async (user: string, line: string) =>
    (await inPlatformSyntax("console", line, (read) => services.dispatcher.dispatchLine(read, { actor: actorOf("console", user), isAdmin: user === "dana", now: NOW, channel: "#network" }))).reply;
  try {
    const setup = ["/profile state MT track mt-candidate supervisor @sam", ...Array.from({ length: 11 }, (_, i) => `/log-hours 1 work 2026-11-${String(i + 1).padStart(2, "0")}`),
      "/log-hours 1 supervision 2026-11-12 with @sam", "/reminders add #network every Monday at 9:00 One", "/reminders add #network every Tuesday at 9:00 Two", "/reminders add #network every Friday at 9:00 Three",
      "/meeting add #network every Monday at 9:00 One", "/meeting add #network every Tuesday at 9:00 Two", "/meeting add #network quarterly on the 2nd Tuesday at 10:00 Three"];
    for (const line of setup) expect((await run("dana", line)).kind, line).not.toBe("error");
    return await run(example.startsWith("/hours confirm") || example.startsWith("/hours pending") ? "sam" : "dana", example);
  } finally {
    await services.announcements.settled?.();
    services.close();
  }
}

const examples = loadCommandSpecs().flatMap((spec) => spec.examples);

describe("every example in commands/*.json works", () => {
  it.each(examples.map((e, i) => [e, i] as const))("GIVEN %s THEN neither an error nor 'I don't know'", async (example, index) => {
    const reply = await runExample(example, index);
    expect(reply.kind, `${example}: ${reply.text}`).not.toBe("error");
    if (reply.kind === "answer") expect(reply.verdict, `${example}: ${reply.text}`).not.toBe("unknown");
  });
});
