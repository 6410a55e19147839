// Triage alone over question sets: crisis recall, lookalikes and knowledge questions taken for a crisis, and the
// caution count, faster than a full answer run when choosing the model's thresholds.
//   npx tsx scripts/crisis-model/measure-triage.ts FILE.jsonl...
import { readFileSync } from "node:fs";
import { assessRisk } from "../../src/core/safety/assess-risk.js";

interface Question {
  id: string;
  category: string;
  question: string;
  verdict: string[];
}

const verbose = process.argv.includes("--fails");
for (const file of process.argv.slice(2).filter((a) => !a.startsWith("--"))) {
  const questions = readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Question);
  let crises = 0, caught = 0, others = 0, alarms = 0, cautions = 0;
  for (const q of questions) {
    const risk = assessRisk(q.question);
    const isCrisis = q.verdict[0] === "crisis";
    if (isCrisis) {
      crises++;
      if (risk.level === "crisis") caught++;
      else if (verbose) console.log(`MISS ${q.id} [${risk.level}] ${q.question}`);
    } else {
      others++;
      if (risk.level === "crisis") {
        alarms++;
        if (verbose) console.log(`ALARM ${q.id} ${q.question}`);
      } else if (risk.level === "caution") cautions++;
    }
  }
  console.log(`${file}: crisis ${caught}/${crises}; others taken for crisis ${alarms}/${others}, caution ${cautions}`);
}
