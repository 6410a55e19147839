import type { KnowledgeBase } from "../core/knowledge/knowledge-base.js";
import type { StateRegistry } from "../core/states/state-registry.js";
import { knowledgeDirectory } from "../knowledge-files/knowledge-directory.js";
import { checkRegistered, parseKnowledgeEntries, readKnowledgeFiles } from "../knowledge-files/load-knowledge-entries.js";
import { loadStateRegistry } from "../registry-files/load-state-registry.js";
import { buildKnowledgeIndexData } from "./knowledge-index-data.js";
import { readSnapshot, snapshotKey, writeSnapshot } from "./knowledge-snapshot.js";
import { createMiniSearchKnowledgeBase } from "./minisearch-knowledge-base.js";

export interface LoadKnowledgeOptions {
  root?: string;
  /** The registry entries must cite (states.json); this checkout's by default. */
  states?: StateRegistry;
  /**
   * Where to keep a snapshot of the validated entries and their index, keyed by the files' and the code's
   * content: parsing YAML and indexing are most of start-up, and only need doing when something changed.
   */
  snapshotDirectory?: string;
}

/** Reads, validates and indexes knowledge/ (or another folder). Throws naming the bad file and field. */
export function loadKnowledgeBase({ root = knowledgeDirectory(), states = loadStateRegistry(), snapshotDirectory }: LoadKnowledgeOptions = {}): KnowledgeBase {
  const files = readKnowledgeFiles(root);
  if (!snapshotDirectory) return createMiniSearchKnowledgeBase(parseKnowledgeEntries(files, states, root), states);
  const key = snapshotKey(files);
  const stored = readSnapshot(snapshotDirectory, key);
  if (stored) {
    // The snapshot is keyed by the entry files; the registry may have changed since, so its check runs again.
    checkRegistered(stored.entries, states);
    return createMiniSearchKnowledgeBase(stored.entries, states, stored.data);
  }
  const entries = parseKnowledgeEntries(files, states, root);
  const data = buildKnowledgeIndexData(entries);
  try {
    writeSnapshot(snapshotDirectory, key, { entries, data });
  } catch {
    // A read-only install still works; it just parses at every start.
  }
  return createMiniSearchKnowledgeBase(entries, states, data);
}
