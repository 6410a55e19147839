import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { KnowledgeEntry } from "../core/knowledge/knowledge-entry.js";
import type { KnowledgeFile } from "../knowledge-files/load-knowledge-entries.js";
import type { KnowledgeIndexData } from "./knowledge-index-data.js";

export interface KnowledgeSnapshot {
  entries: KnowledgeEntry[];
  data: KnowledgeIndexData;
}

// The running code (src/ under tsx, dist/ when built): a change to parsing, synonyms or scoring changes the key.
const CODE_ROOT = fileURLToPath(new URL("..", import.meta.url));

/** A key that changes whenever any knowledge file or any of Porchlight's own code changes. */
export function snapshotKey(files: KnowledgeFile[]): string {
  const hash = createHash("sha256");
  for (const { file, text } of files) hash.update(`${file}\0${text}\0`);
  for (const file of readdirSync(CODE_ROOT, { recursive: true, encoding: "utf8" }).sort()) {
    if (/\.(ts|js)$/.test(file)) hash.update(`${file}\0`).update(readFileSync(join(CODE_ROOT, file)));
  }
  return hash.digest("hex").slice(0, 32);
}

/** The snapshot stored under this key, or undefined when there is none (or it cannot be read). */
export function readSnapshot(directory: string, key: string): KnowledgeSnapshot | undefined {
  try {
    return JSON.parse(readFileSync(join(directory, `knowledge-${key}.json`), "utf8")) as KnowledgeSnapshot;
  } catch {
    return undefined;
  }
}

/** Stores a snapshot atomically (write then rename), so a crash never leaves half a file to load. */
export function writeSnapshot(directory: string, key: string, snapshot: KnowledgeSnapshot): void {
  const path = join(directory, `knowledge-${key}.json`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.${process.pid}.tmp`, JSON.stringify(snapshot));
  renameSync(`${path}.${process.pid}.tmp`, path);
}
