import type { KnowledgeBase } from "../core/knowledge/knowledge-base.js";
import { knowledgeDirectory } from "../knowledge-files/knowledge-directory.js";
import { loadKnowledgeEntries } from "../knowledge-files/load-knowledge-entries.js";
import { createMiniSearchKnowledgeBase } from "./minisearch-knowledge-base.js";

/** Reads, validates and indexes knowledge/ (or another folder). Throws naming the bad file and field. */
export function loadKnowledgeBase(root = knowledgeDirectory()): KnowledgeBase {
  return createMiniSearchKnowledgeBase(loadKnowledgeEntries(root));
}
