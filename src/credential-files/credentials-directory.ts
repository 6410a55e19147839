import { fileURLToPath } from "node:url";

/** The credentials/ folder of this checkout, wherever the process was started from. */
export function credentialsDirectory(): string {
  return fileURLToPath(new URL("../../credentials/", import.meta.url));
}
