import { fileURLToPath } from "node:url";

/** The knowledge/ folder of this checkout, wherever the process was started from. */
export function knowledgeDirectory(): string {
  return fileURLToPath(new URL("../../knowledge/", import.meta.url));
}

/** Where start-up snapshots of the knowledge base are kept: the conventional cache folder of this install. */
export function knowledgeSnapshotDirectory(): string {
  return fileURLToPath(new URL("../../node_modules/.cache/porchlight/", import.meta.url));
}
