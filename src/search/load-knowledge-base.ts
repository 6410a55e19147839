import type { KnowledgeBase } from "../core/knowledge/knowledge-base.js";
import { knowledgeDirectory } from "../knowledge-files/knowledge-directory.js";
import { parseKnowledgeEntries, readKnowledgeFiles } from "../knowledge-files/load-knowledge-entries.js";
import { buildKnowledgeIndexData } from "./knowledge-index-data.js";
import { readSnapshot, snapshotKey, writeSnapshot } from "./knowledge-snapshot.js";
import { createMiniSearchKnowledgeBase } from "./minisearch-knowledge-base.js";

export interface LoadKnowledgeOptions {
  root?: string;
  /**
   * Where to keep a snapshot of the validated entries and their index, keyed by the files' and the code's
   * content: parsing YAML and indexing are most of start-up, and only need doing when something changed.
   */
  snapshotDirectory?: string;
}

/** Reads, validates and indexes knowledge/ (or another folder). Throws naming the bad file and field. */
export function loadKnowledgeBase({ root = knowledgeDirectory(), snapshotDirectory }: LoadKnowledgeOptions = {}): KnowledgeBase {
  const files = readKnowledgeFiles(root);
  if (!snapshotDirectory) return createMiniSearchKnowledgeBase(parseKnowledgeEntries(files, root));
  const key = snapshotKey(files);
  const stored = readSnapshot(snapshotDirectory, key);
  if (stored) return createMiniSearchKnowledgeBase(stored.entries, stored.data);
  const entries = parseKnowledgeEntries(files, root);
  const data = buildKnowledgeIndexData(entries);
  try {
    writeSnapshot(snapshotDirectory, key, { entries, data });
  } catch {
    // A read-only install still works; it just parses at every start.
  }
  return createMiniSearchKnowledgeBase(entries, data);
}
