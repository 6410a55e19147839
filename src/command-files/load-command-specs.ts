import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { commandSpecSchema, type CommandSpec } from "../core/commands/command-spec.js";

/** A command spec file that does not validate: says which file and which field. */
export class CommandSpecError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = "CommandSpecError";
  }
}

/** The commands/ folder of this checkout, wherever the process was started from. */
export function commandsDirectory(): string {
  return fileURLToPath(new URL("../../commands/", import.meta.url));
}

/** Loads and validates every `*.json` spec under `root`, sorted by name; each file is named after its command, so names are unique. */
export function loadCommandSpecs(root: string = commandsDirectory()): CommandSpec[] {
  const files = readdirSync(root).filter((f) => f.endsWith(".json")).sort();
  const specs = files.map((file) => parseSpecFile(file, readFileSync(join(root, file), "utf8")));
  for (const [index, spec] of specs.entries()) {
    const file = files[index]!;
    if (file !== `${spec.name}.json`) throw new CommandSpecError(file, `name '${spec.name}' must match the file name`);
  }
  if (specs.length === 0) throw new CommandSpecError(root, "no command specs found");
  return specs;
}

export function parseSpecFile(file: string, text: string): CommandSpec {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new CommandSpecError(file, `not valid JSON (${(err as Error).message})`);
  }
  const parsed = commandSpecSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new CommandSpecError(
    file,
    parsed.error.issues.map((i) => `field '${i.path.join(".") || "(root)"}': ${i.message}`).join("; "),
  );
}
