// Writes the leave model from the labelled training questions: `npm run knowledge:leave-model`, then commit the
// generated file. Run it after `npm run knowledge:memory` whenever the examples change.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadKnowledgeBase } from "../../src/search/load-knowledge-base.js";
import { readRememberedQuestions } from "../question-memory/label-examples.js";
import { leaveModelSource } from "./leave-model-source.js";

const OUTPUT = fileURLToPath(new URL("../../src/core/knowledge/generated/leave-model-data.ts", import.meta.url));

const knowledge = loadKnowledgeBase();
const questions = readRememberedQuestions();
writeFileSync(OUTPUT, leaveModelSource(questions, knowledge));
console.log(`leave model trained on ${questions.length} questions`);
