// Writes the question memory from the labelled examples: `npm run knowledge:memory`, then commit the generated file.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadKnowledgeBase } from "../../src/search/load-knowledge-base.js";
import { readRememberedQuestions } from "./label-examples.js";
import { questionMemorySource } from "./question-memory-source.js";

const OUTPUT = fileURLToPath(new URL("../../src/core/knowledge/generated/question-memory-data.ts", import.meta.url));

const knowledge = loadKnowledgeBase();
const remembered = readRememberedQuestions();
const gone = remembered.filter((q) => !knowledge.get(q.entryId));
if (gone.length > 0) throw new Error(`examples answered by entries that no longer exist (relabel them or rename the ids): ${gone.map((q) => `${q.id} -> ${q.entryId}`).join(", ")}`);
writeFileSync(OUTPUT, questionMemorySource(remembered, knowledge.states));
console.log(`${remembered.length} questions remembered, answered by ${new Set(remembered.map((q) => q.entryId)).size} entries`);
