import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const BUILT_MAIN = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const START_FLAGS = ["--max-semi-space-size=32"];
// A crisis message and knowledge questions: triage reads every one, so the lemmatiser's model is resident.
const QUESTIONS = [
  "the kids have been by themselves since friday and there's nothing to eat",
  "Can I accept a gift from a family I support?",
  "How many CEUs do I need to keep my certification?",
];

/** Resident memory of the running bot (console) after it has answered, and how long its first answer took after ready. */
export async function runMemoryBench(): Promise<string[]> {
  if (!readFileSync("/proc/self/status", { encoding: "utf8", flag: "r" }).includes("VmRSS")) return ["memory: no /proc here, not measured"];
  const databasePath = join(mkdtempSync(join(tmpdir(), "porchlight-bench-memory-")), "porchlight.db");
  const child = spawn(process.execPath, [...START_FLAGS, BUILT_MAIN, "--json"], {
    env: { ...process.env, DATABASE_PATH: databasePath, SLACK_BOT_TOKEN: "", DISCORD_TOKEN: "", LOG_LEVEL: "info" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  const { firstAnswerMs, rssMb } = await new Promise<{ firstAnswerMs: number; rssMb: number }>((resolve, reject) => {
    let log = "";
    let readyAt = 0;
    let answers = 0;
    let firstAnswerMs = 0;
    child.stderr.on("data", (chunk: Buffer) => {
      log += chunk.toString();
      if (readyAt || !/"event":"ready"/.test(log)) return;
      readyAt = performance.now();
      child.stdin.write(QUESTIONS.map((q) => `${q}\n`).join(""));
    });
    child.stdout.on("data", (chunk: Buffer) => {
      answers += chunk.toString().split("\n").filter((l) => l.trim()).length;
      if (answers > 0 && !firstAnswerMs) firstAnswerMs = performance.now() - readyAt;
      if (answers < QUESTIONS.length) return;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
      child.kill();
      resolve({ firstAnswerMs, rssMb: Number(rss?.[1] ?? 0) / 1024 });
    });
    child.on("exit", (code) => reject(new Error(`the bot exited (${code}) before answering:\n${log}`)));
  });
  return [
    `memory: resident set of the running bot (console) after ${QUESTIONS.length} answers: ${rssMb.toFixed(0)} MB (target < 150 MB); first answer ${firstAnswerMs.toFixed(0)} ms after ready (includes reading the lemmatiser's model if the warm-up has not finished)`,
  ];
}
