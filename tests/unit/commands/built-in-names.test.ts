import { afterAll, describe, expect, it } from "vitest";
import { createFuzzServices } from "../../fuzz/fuzz-services.js";

// A fuzz run found "/hours __proto__" answered with an internal fault: subcommands and kinds were looked up in plain
// objects, where a typed "__proto__" or "constructor" names an Object built-in. These are the names, always run.
const services = createFuzzServices();
afterAll(() => services.close());

describe("names of Object built-ins typed as arguments", () => {
  it.each(["/hours __proto__", "/hours constructor", "/kb __proto__", "/kb toString", "/log-hours 1 __proto__", "/log-hours 1 constructor", "__proto__ constructor", "/profile __proto__"])(
    "GIVEN %j THEN it is answered as an unknown word, never as a fault",
    async (line) => {
      const { reply } = await services.say(line);
      if (reply.kind === "error") expect(reply.code).not.toBe("internal");
      expect(services.logged.filter((l) => l.event === "command.failed")).toEqual([]);
    },
  );
});
