// Writes the crisis memory from blind training messages: `npm run safety:memory`, then commit the generated file.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { crisisMemorySource, readCrisisExamples } from "./crisis-memory-source.js";

const OUTPUT = fileURLToPath(new URL("../../src/core/safety/generated/crisis-memory-data.ts", import.meta.url));
const examples = readCrisisExamples();
writeFileSync(OUTPUT, crisisMemorySource(examples));
console.log(`${examples.length} messages remembered, ${examples.filter((e) => e.kind).length} of them crises`);
