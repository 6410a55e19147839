import { describe, expect, it } from "vitest";
import { actorOf } from "../../../src/core/commands/actor.js";
import { createHelpCommand } from "../../../src/core/commands/help-command.js";
import { UserError } from "../../../src/core/commands/user-error.js";
import { loadCommandSpecs } from "../../../src/command-files/load-command-specs.js";

const specs = loadCommandSpecs();
const help = createHelpCommand(specs);
const context = { actor: actorOf("console", "dana"), isAdmin: false, now: new Date("2026-11-25T12:00:00Z") };

describe("/help", () => {
  it("GIVEN /help THEN every command from commands/*.json is listed", async () => {
    const { reply } = await help.run("", context);
    for (const spec of specs) expect(reply.text).toContain(`/${spec.name}`);
  });

  it("GIVEN /help <command> THEN its usage, options and every example", async () => {
    for (const spec of specs) {
      const { reply } = await help.run(`/${spec.name}`, context);
      expect(reply.text).toContain(spec.usage);
      for (const example of spec.examples) expect(reply.text).toContain(example);
    }
  });

  it("GIVEN /help of an unknown command THEN an error naming the known ones", async () => {
    await expect(async () => help.run("lgo-hours", context)).rejects.toThrow(UserError);
    await expect(async () => help.run("lgo-hours", context)).rejects.toThrow(/log-hours/);
  });
});
