// Prints the rules' level beside the model's probability for each question of the given sets, to choose thresholds.
//   npx tsx scripts/crisis-model/model-probabilities.ts FILE.jsonl...
// Tab-separated: set, category ("crisis" for a crisis message), rules' level, model's probability (-1 where the model
// does not apply: a question about a topic, harm told as the past, a rules crisis), model's kind, id.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { readSignals } from "../../src/core/safety/assess-risk.js";

for (const file of process.argv.slice(2)) {
  for (const line of readFileSync(file, "utf8").split("\n").filter((l) => l.trim())) {
    const q = JSON.parse(line) as { id: string; question: string; verdict: string[]; category: string };
    const { ruled, model } = readSignals(q.question);
    const category = q.verdict[0] === "crisis" ? "crisis" : q.category;
    console.log([basename(file), category, ruled.level, (model?.probability ?? -1).toFixed(3), model?.kind ?? "-", q.id].join("\t"));
  }
}
