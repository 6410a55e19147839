import { runAdaptersBench } from "./adapters-bench.js";
import { runHostileInputBench } from "./hostile-input-bench.js";
import { runHoursBench } from "./hours-bench.js";
import { runKnowledgeBench } from "./knowledge-bench.js";
import { runMeetingsBench } from "./meetings-bench.js";
import { runMemoryBench } from "./memory-bench.js";
import { runPostgresHoursBench } from "./postgres-hours-bench.js";
import { runRemindersBench } from "./reminders-bench.js";
import { runStartupBench } from "./startup-bench.js";

// Prints each area's figures with their targets. Run with `npm run bench` (it builds dist/ first).
const benches: [string, () => Promise<string[]>][] = [
  ["knowledge", runKnowledgeBench],
  ["start-up", runStartupBench],
  ["memory", runMemoryBench],
  ["hours", runHoursBench],
  ["hours on PostgreSQL", runPostgresHoursBench],
  ["reminders", runRemindersBench],
  ["meetings", runMeetingsBench],
  ["adapters", runAdaptersBench],
  ["hostile input", runHostileInputBench],
];

console.log(`Porchlight bench on Node ${process.version}, ${new Date().toISOString()}`);
for (const [name, run] of benches) {
  for (const line of await run()) console.log(line);
  if (name === "knowledge") global.gc?.();
}
