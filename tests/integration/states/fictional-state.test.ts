import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseConfig } from "../../../src/config/config.js";
import { actorOf } from "../../../src/core/commands/actor.js";
import type { AnswerReply } from "../../../src/core/reply.js";
import { createServices } from "../../../src/services/create-services.js";

// A state that does not exist, added the way a network adds its own: files in a data folder, no code.
const CHECKOUT = fileURLToPath(new URL("../../../", import.meta.url));
const NOW = new Date("2026-11-24T17:00:00Z");

const ENTRY = `---
id: lk-no-pets-on-home-visits
title: Pets stay at home during home visits
kind: scope
verdict: not_allowed
jurisdiction: LK
source: lk-family-partner-handbook
section: "Home visits: what comes with you"
phrasings:
  - Can I bring my dog along on a home visit?
keywords: [dog, pet, animal, home visit]
---
No. A Lakeshore family partner does not bring a pet on a home visit.

## Instead
Leave the animal at home, or meet the family somewhere else.

## Why
Some children are afraid of or allergic to animals.
`;

const TRACK = {
  id: "lk-family-partner",
  name: "Lakeshore Family Partner",
  state: "LK",
  requirements: [
    { id: "work-120", type: "hours", label: "120 hours of family partner work", kinds: ["work"], minimumHours: 120, source: "lk-family-partner-handbook", section: "Certification: hours" },
  ],
};

let root: string;

/** The checkout's states.json, knowledge/ and credentials/, plus Lakeshore's files. */
function dataFolderWithLakeshore(options: { registered: boolean }): string {
  const dir = mkdtempSync(join(tmpdir(), "porchlight-state-"));
  cpSync(join(CHECKOUT, "knowledge"), join(dir, "knowledge"), { recursive: true });
  cpSync(join(CHECKOUT, "credentials"), join(dir, "credentials"), { recursive: true });
  const registry = JSON.parse(readFileSync(join(CHECKOUT, "states.json"), "utf8"));
  if (options.registered) {
    registry.states.push({ code: "LK", name: "Lakeshore", mentions: ["lakeshore", "lk"] });
    registry.documents.push({ id: "lk-family-partner-handbook", jurisdiction: "LK", title: "Lakeshore Family Partner Handbook" });
    registry.tracks.push({ id: "lk-family-partner", state: "LK" });
  }
  writeFileSync(join(dir, "states.json"), JSON.stringify(registry));
  writeFileSync(join(dir, "knowledge", "lk-no-pets-on-home-visits.md"), ENTRY);
  writeFileSync(join(dir, "credentials", "lk-family-partner.json"), JSON.stringify(TRACK));
  return dir;
}

beforeEach(() => {
  root = "";
});
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("a new state from files only", () => {
  it("GIVEN Lakeshore in states.json with an entry and a rule set THEN a partner there asks, gets its rule, and logs hours toward its credential", async () => {
    root = dataFolderWithLakeshore({ registered: true });
    const services = createServices(parseConfig({ DATABASE_PATH: join(root, "porchlight.db"), NETWORK_TIME_ZONE: "America/Chicago" }), { dataRoot: root });
    const context = { actor: actorOf("console", "robin"), isAdmin: false, now: NOW };
    try {
      const profile = await services.dispatcher.dispatchLine("/profile state LK track lk-family-partner", context);
      expect(profile.reply.text).toContain("State: LK");
      expect(profile.reply.text).toContain("Lakeshore Family Partner (lk-family-partner)");
      // The states /profile offers come from the registry: Lakeshore is listed with no code change.
      expect((await services.dispatcher.dispatchLine("/profile tracks", context)).reply.text).toMatch(/Set your state with \/profile state <code>:\n\s+MT, CA, NC, LK/);

      const asked = (await services.dispatcher.dispatchLine("Can I bring my dog along on a home visit?", context)).reply as AnswerReply;
      expect(asked.verdict).toBe("not_allowed");
      expect(asked.text).toContain("Not allowed (Lakeshore)");
      expect(asked.citations[0]).toMatchObject({ document: "lk-family-partner-handbook", entryId: "lk-no-pets-on-home-visits" });

      const logged = await services.dispatcher.dispatchLine("/log-hours 3h work", { ...context, deliveryId: "lk-1" });
      expect(logged.reply.kind).toBe("message");
      const hours = await services.dispatcher.dispatchLine("/hours", context);
      expect(hours.reply.text).toContain("120 hours of family partner work");
      expect(hours.reply.text).toMatch(/120 hours of family partner work: .*3 of 120 h/);
    } finally {
      services.close();
    }
  });

  it("GIVEN Lakeshore's files but no line in states.json THEN loading names the entry, the field and where to add the state", () => {
    root = dataFolderWithLakeshore({ registered: false });
    const services = createServices(parseConfig({ DATABASE_PATH: join(root, "porchlight.db") }), { dataRoot: root });
    expect(() => services.knowledge).toThrow(/lk-no-pets-on-home-visits\.md: field 'jurisdiction': 'LK' is not one of MT, CA, NC, national, general \(add a state to states.json\)/);
    expect(() => services.credentials).toThrow(/lk-family-partner\.json: track 'lk-family-partner' is not in states.json's tracks/);
  });

  it("GIVEN NETWORK_STATE names a state the registry lacks THEN the services refuse it with the registry's states", () => {
    root = dataFolderWithLakeshore({ registered: true });
    const services = createServices(parseConfig({ DATABASE_PATH: join(root, "porchlight.db"), NETWORK_STATE: "ZZ" }), { dataRoot: root });
    expect(() => services.states).toThrow(/NETWORK_STATE \(is "ZZ"\): not a state in states\.json; use one of MT, CA, NC, LK/);
  });
});
