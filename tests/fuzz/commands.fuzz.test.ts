import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { createFuzzServices } from "./fuzz-services.js";
import { hostileArguments } from "./hostile-text.js";

// Issue 8: whole commands, dispatched as every platform dispatches them, on a real SQLite file. Each
// hostile line gets a reply (a message or a user error with a code); none is a fault, none is logged as one.
const RUNS_PER_COMMAND = 1_000;
const fuzz = createFuzzServices();
afterAll(() => fuzz.close());

describe("every command under fuzzing", () => {
  for (const name of [...fuzz.commandNames, "(no slash)", "(unknown)"]) {
    it(`GIVEN ${RUNS_PER_COMMAND.toLocaleString("en-US")} hostile argument lines to ${name} THEN each is answered, never with a fault`, async () => {
      const prefix = name === "(no slash)" ? "" : name === "(unknown)" ? "/zz-" : `/${name} `;
      await fc.assert(
        fc.asyncProperty(hostileArguments, fc.constantFrom("ada", "pat"), async (args, user) => {
          const { reply } = await fuzz.say(`${prefix}${args}`, user);
          if (reply.kind === "error") expect(reply.code).not.toBe("internal");
          // A form (a modal to fill in) carries fields instead of text; every other reply says something.
          if (reply.kind !== "form") expect(reply.text.length).toBeGreaterThan(0);
        }),
        { numRuns: RUNS_PER_COMMAND },
      );
      expect(fuzz.logged.filter((l) => l.event === "command.failed")).toEqual([]);
    }, 120_000);
  }
});
