import { loadKnowledgeEntries } from "../knowledge-files/load-knowledge-entries.js";
import { loadStateRegistry } from "../registry-files/load-state-registry.js";
import { knowledgeDirectory } from "../knowledge-files/knowledge-directory.js";

// Validates the whole knowledge base and prints what it holds, per document and kind.
try {
  const entries = loadKnowledgeEntries(knowledgeDirectory(), loadStateRegistry());
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(`${e.source} ${e.kind}`, (counts.get(`${e.source} ${e.kind}`) ?? 0) + 1);
  for (const [key, n] of [...counts].sort()) console.log(`${String(n).padStart(4)}  ${key}`);
  console.log(`${entries.length} entries, all valid`);
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
