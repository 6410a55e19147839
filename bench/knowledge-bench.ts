import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { answerQuestion } from "../src/core/knowledge/answer-question.js";
import { knowledgeDirectory } from "../src/knowledge-files/knowledge-directory.js";
import { parseKnowledgeEntries, readKnowledgeFiles } from "../src/knowledge-files/load-knowledge-entries.js";
import { buildKnowledgeIndexData } from "../src/search/knowledge-index-data.js";
import { loadStateRegistry } from "../src/registry-files/load-state-registry.js";
import { createMiniSearchKnowledgeBase } from "../src/search/minisearch-knowledge-base.js";
import { percentile } from "./percentile.js";

const QUESTIONS = 10_000;
const HELD_OUT = fileURLToPath(new URL("../tests/fixtures/held-out-questions.jsonl", import.meta.url));

/** Index build time, and per-question latency over 10,000 questions: every entry's phrasings and the held-out set, cycled. */
export async function runKnowledgeBench(): Promise<string[]> {
  const t0 = performance.now();
  const files = readKnowledgeFiles(knowledgeDirectory());
  const states = loadStateRegistry();
  const entries = parseKnowledgeEntries(files, states);
  const t1 = performance.now();
  const data = buildKnowledgeIndexData(entries);
  const knowledge = createMiniSearchKnowledgeBase(entries, states, data);
  const t2 = performance.now();

  const pool = [
    ...entries.flatMap((e) => e.phrasings),
    ...readFileSync(HELD_OUT, "utf8").split("\n").filter((l) => l.trim()).map((l) => (JSON.parse(l) as { question: string }).question),
  ];
  // Warm-up: one pass over the pool, so the figures are the steady state a running bot is in, not JIT compilation.
  for (const q of pool) answerQuestion(q, knowledge);
  const latencies: number[] = [];
  for (let i = 0; i < QUESTIONS; i++) {
    const question = pool[i % pool.length]!;
    const start = performance.now();
    answerQuestion(question, knowledge, { state: states.codes[i % states.codes.length] });
    latencies.push(performance.now() - start);
  }
  return [
    `knowledge: ${entries.length} entries; parse and validate ${(t1 - t0).toFixed(0)} ms, index build ${(t2 - t1).toFixed(0)} ms`,
    `ask: ${QUESTIONS} questions (${pool.length} distinct); p50 ${percentile(latencies, 0.5).toFixed(3)} ms, p99 ${percentile(latencies, 0.99).toFixed(3)} ms, max ${Math.max(...latencies).toFixed(2)} ms (target p99 < 1 ms)`,
  ];
}
