import { fileURLToPath } from "node:url";

/** The knowledge/ folder of this checkout, wherever the process was started from. */
export function knowledgeDirectory(): string {
  return fileURLToPath(new URL("../../knowledge/", import.meta.url));
}
