import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { KnowledgeEntry } from "../core/knowledge/knowledge-entry.js";
import type { StateRegistry } from "../core/states/state-registry.js";
import { KnowledgeFileError, parseKnowledgeFile } from "./parse-knowledge-file.js";

export interface KnowledgeFile {
  /** Path relative to the knowledge folder. */
  file: string;
  text: string;
}

/** Every entry file under `root` (README.md excluded), in a stable order. */
export function readKnowledgeFiles(root: string): KnowledgeFile[] {
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".md") && !f.endsWith("README.md"))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(root, file), "utf8") }));
}

/** Parses and validates the files; any bad file, duplicate id, dangling `related` or unregistered state or document fails the whole load. */
export function parseKnowledgeEntries(files: KnowledgeFile[], states: StateRegistry, root = "knowledge"): KnowledgeEntry[] {
  const entries = files.map(({ file, text }) => parseKnowledgeFile(file, text));
  checkRegistered(entries, states);
  const byId = new Map<string, KnowledgeEntry>();
  for (const entry of entries) {
    const clash = byId.get(entry.id);
    if (clash) throw new KnowledgeFileError(entry.file, `field 'id': '${entry.id}' is already used by ${clash.file}`);
    byId.set(entry.id, entry);
  }
  for (const entry of entries) {
    for (const id of entry.related) {
      if (!byId.has(id)) throw new KnowledgeFileError(entry.file, `field 'related': no entry has the id '${id}'`);
    }
  }
  if (entries.length === 0) throw new KnowledgeFileError(root, "no knowledge entries found");
  return entries;
}

export function loadKnowledgeEntries(root: string, states: StateRegistry): KnowledgeEntry[] {
  return parseKnowledgeEntries(readKnowledgeFiles(root), states, root);
}

/** Every entry's jurisdiction and source must be in the registry (states.json): that is how a new state is added. */
export function checkRegistered(entries: readonly KnowledgeEntry[], states: StateRegistry): void {
  for (const entry of entries) {
    if (!states.jurisdictions.includes(entry.jurisdiction)) {
      throw new KnowledgeFileError(entry.file, `field 'jurisdiction': '${entry.jurisdiction}' is not one of ${states.jurisdictions.join(", ")} (add a state to states.json)`);
    }
    if (!states.documentIds.includes(entry.source)) {
      throw new KnowledgeFileError(entry.file, `field 'source': '${entry.source}' is not a document in states.json (${states.documentIds.join(", ")})`);
    }
  }
}
