import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { stateRegistrySchema } from "../core/states/state-registry-schema.js";
import { createStateRegistry, type StateRegistry } from "../core/states/state-registry.js";

/** A states.json that cannot be used: names the file and the field so a network can fix it without reading code. */
export class StateRegistryError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = "StateRegistryError";
  }
}

/** The states.json of this checkout, wherever the process was started from. */
export function stateRegistryFile(): string {
  return fileURLToPath(new URL("../../states.json", import.meta.url));
}

export function loadStateRegistry(file = stateRegistryFile()): StateRegistry {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new StateRegistryError(file, `cannot be read as JSON (${(err as Error).message})`);
  }
  const parsed = stateRegistrySchema.safeParse(raw);
  if (!parsed.success) {
    throw new StateRegistryError(file, parsed.error.issues.map((i) => `field '${i.path.join(".") || "(registry)"}': ${i.message}`).join("; "));
  }
  return createStateRegistry(parsed.data);
}
