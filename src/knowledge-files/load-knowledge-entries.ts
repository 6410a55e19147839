import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { KnowledgeEntry } from "../core/knowledge/knowledge-entry.js";
import { KnowledgeFileError, parseKnowledgeFile } from "./parse-knowledge-file.js";

/** Loads every entry under `root` (README.md excluded); any bad file, duplicate id or dangling `related` fails the load. */
export function loadKnowledgeEntries(root: string): KnowledgeEntry[] {
  const files = readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".md") && !f.endsWith("README.md"))
    .sort();
  const entries = files.map((f) => parseKnowledgeFile(relative(root, join(root, f)), readFileSync(join(root, f), "utf8")));
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
