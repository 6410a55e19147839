import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CommandSpecError, loadCommandSpecs, parseSpecFile } from "../../../src/command-files/load-command-specs.js";
import { joinCommandOptions } from "../../../src/core/commands/join-command-options.js";

const specs = loadCommandSpecs();
const logHours = specs.find((s) => s.name === "log-hours")!;

describe("command specs", () => {
  it("GIVEN commands/ THEN the nine commands load, each with examples that start with its own name", () => {
    expect(specs.map((s) => s.name)).toEqual(["announce", "ask", "help", "hours", "kb", "log-hours", "meeting", "profile", "reminders"]);
    expect(logHours.options.map((o) => `${o.name}${o.required ? "" : "?"}`)).toEqual(["hours?", "kind?", "date?", "note?"]);
    expect(logHours.options[1]!.choices).toEqual(["work", "supervision", "ceu", "ethics", "training"]);
  });

  it("GIVEN typed options in any order THEN they join in spec order, skipping empty ones", () => {
    expect(joinCommandOptions(logHours, { note: "home visit", kind: "work", hours: "1.5", date: "yesterday" })).toBe("1.5 work yesterday home visit");
    expect(joinCommandOptions(logHours, { hours: " 2h ", kind: "ceu", date: "", note: undefined })).toBe("2h ceu");
    expect(joinCommandOptions(specs.find((s) => s.name === "hours")!, {})).toBe("");
  });

  it("GIVEN a description over Discord's 100 characters THEN the error names the file and field", () => {
    const spec = { name: "x", description: "d".repeat(101), usage: "/x", examples: ["/x"], options: [] };
    expect(() => parseSpecFile("x.json", JSON.stringify(spec))).toThrow("x.json: field 'description': Too big");
  });

  it("GIVEN a required option after an optional one THEN it is refused (Discord would refuse it)", () => {
    const option = (name: string, required: boolean) => ({ name, description: "d", type: "string", required });
    const spec = { name: "x", description: "d", usage: "/x", examples: ["/x"], options: [option("a", false), option("b", true)] };
    expect(() => parseSpecFile("x.json", JSON.stringify(spec))).toThrow("list required options before optional ones");
  });

  it("GIVEN an example for another command, bad JSON or a file named unlike its command THEN each is refused clearly", () => {
    const spec = { name: "x", description: "d", usage: "/x", examples: ["/y 1"], options: [] };
    expect(() => parseSpecFile("x.json", JSON.stringify(spec))).toThrow("'/y 1' does not start with /x");
    expect(() => parseSpecFile("x.json", "{")).toThrow(CommandSpecError);
    const dir = mkdtempSync(join(tmpdir(), "specs-"));
    writeFileSync(join(dir, "other.json"), JSON.stringify({ ...spec, examples: ["/x"] }));
    expect(() => loadCommandSpecs(dir)).toThrow("other.json: name 'x' must match the file name");
  });
});
