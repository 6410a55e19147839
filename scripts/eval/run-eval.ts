import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { credentialsDirectory } from "../../src/credential-files/credentials-directory.js";
import { findUnsourcedSections } from "../../src/credential-files/find-unsourced-sections.js";
import { loadCredentialRuleSets } from "../../src/credential-files/load-credential-rule-sets.js";
import { readQuestionSet, scoreQuestionSet } from "../../src/eval/score-question-set.js";
import { loadKnowledgeBase } from "../../src/search/load-knowledge-base.js";
import { loadStateRegistry } from "../../src/registry-files/load-state-registry.js";

// Checks that need the shared evaluation folder (the development question set, its scorer and the seed
// documents), which lives outside the repository: `npm test` stays whole on a bare clone, CI runs this after it.
const USAGE = `Usage: npm run eval [-- --shared DIR]
  DIR holds eval/dev-questions.jsonl, eval/score.mjs and seeds/<document>.txt.
  Default: $PORCHLIGHT_SHARED, else ../shared beside this checkout.`;

/** The development set's regression floor: 44 of its 45 questions. */
const DEV_SET_FLOOR = 44;

const root = fileURLToPath(new URL("../../", import.meta.url));
const { values } = parseArgs({ options: { shared: { type: "string" }, help: { type: "boolean" } } });
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const shared = resolve(values.shared ?? process.env.PORCHLIGHT_SHARED ?? join(root, "..", "shared"));
const devSet = join(shared, "eval", "dev-questions.jsonl");
const scorer = join(shared, "eval", "score.mjs");
const ruleSets = loadCredentialRuleSets(credentialsDirectory(), loadStateRegistry());
const seedFile = (source: string) => join(shared, "seeds", `${source}.txt`);

const missing = [devSet, scorer, ...new Set(ruleSets.flatMap((s) => s.requirements.map((r) => seedFile(r.source))))].filter((f) => !existsSync(f));
if (missing.length > 0) {
  console.error(`npm run eval needs the shared evaluation folder, and these files are missing:\n  ${missing.join("\n  ")}`);
  console.error(`Put the folder beside the clone as ../shared, pass --shared DIR, or set PORCHLIGHT_SHARED.\n${USAGE}`);
  process.exit(2);
}

const failed: string[] = [];

const dev = scoreQuestionSet(readQuestionSet(devSet), loadKnowledgeBase());
console.log(`development set (in process): ${dev.passed}/${dev.total} passed, floor ${DEV_SET_FLOOR}`);
for (const f of dev.failures) console.log(`  failed: ${f}`);
if (dev.passed < DEV_SET_FLOOR) failed.push(`development set ${dev.passed}/${dev.total} is below ${DEV_SET_FLOOR}`);

// The shared scorer drives `npm run ask -- --json --batch`, so it also checks the CLI contract it reads.
const minRatio = Math.floor((DEV_SET_FLOOR / dev.total) * 1000) / 1000;
const scored = spawnSync(process.execPath, [scorer, "--cwd", root, "--min", String(minRatio)], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
const scoreLine = scored.stdout.trim().split("\n").pop() ?? "";
console.log(`score.mjs: ${scoreLine}`);
if (scored.status !== 0) failed.push(`score.mjs exited ${scored.status}: ${scoreLine}`);

const unsourced = findUnsourcedSections(ruleSets, (source) => readFileSync(seedFile(source), "utf8"));
console.log(`credential rules: ${ruleSets.reduce((n, s) => n + s.requirements.length, 0)} cited sections checked against the seed documents, ${unsourced.length} not found`);
for (const u of unsourced) console.log(`  not in its document: ${u}`);
if (unsourced.length > 0) failed.push(`${unsourced.length} credential rule sections are not in their documents`);

if (failed.length > 0) {
  console.error(`eval failed:\n  ${failed.join("\n  ")}`);
  process.exit(1);
}
console.log("eval passed");
