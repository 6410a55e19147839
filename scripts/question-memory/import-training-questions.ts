// Labels a folder of freshly written training questions and adds them to the examples:
// `npx tsx scripts/question-memory/import-training-questions.ts FOLDER`, then `npm run knowledge:memory`.
// Each question names its source, a key fact and the document's sentence that settles it (see label-examples.ts);
// what is kept is the question, its verdicts and the entry that answers it, not the document's sentence.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { loadKnowledgeBase } from "../../src/search/load-knowledge-base.js";
import { EXAMPLES_DIRECTORY, labelQuestions, type TrainingQuestion } from "./label-examples.js";

const folder = process.argv[2];
if (!folder) throw new Error("usage: import-training-questions.ts FOLDER (of .jsonl files with question, category, verdict, sources, mustInclude, passage)");
const knowledge = loadKnowledgeBase();
for (const file of readdirSync(folder).filter((f) => f.endsWith(".jsonl")).sort()) {
  const questions = readFileSync(join(folder, file), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as TrainingQuestion);
  const { labelled, unlabelled } = labelQuestions(questions, knowledge);
  const kept = labelled.map(({ id, category, state, question, verdict, entryId }) => JSON.stringify({ id, category, ...(state ? { state } : {}), question, verdict, entryId }));
  writeFileSync(join(EXAMPLES_DIRECTORY, basename(file)), kept.join("\n") + "\n");
  console.log(`${file}: ${labelled.length} labelled, ${unlabelled.length} left out (no entry of their source has their key fact)`);
}
