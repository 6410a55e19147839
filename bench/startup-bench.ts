import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { percentile } from "./percentile.js";

const RUNS = 7;
const BUILT_MAIN = fileURLToPath(new URL("../dist/main.js", import.meta.url));
// As `npm start` runs the bot.
const START_FLAGS = ["--max-semi-space-size=32"];

/** Process start to ready for the built bot on the console adapter, as `npm start` runs it: its own clock and ours. */
export async function runStartupBench(): Promise<string[]> {
  const databaseDirectory = mkdtempSync(join(tmpdir(), "porchlight-bench-start-"));
  const own: number[] = [];
  const wall: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const { readyMs, wallMs } = await startOnce(join(databaseDirectory, "porchlight.db"));
    own.push(readyMs);
    wall.push(wallMs);
  }
  return [
    `start: process start to ready (console, ${RUNS} runs, first run builds the snapshot): first ${own[0]} ms, median ${percentile(own.slice(1), 0.5)} ms (target < 500 ms); spawn to ready line, median ${percentile(wall.slice(1), 0.5).toFixed(0)} ms`,
  ];
}

function startOnce(databasePath: string): Promise<{ readyMs: number; wallMs: number }> {
  const spawned = performance.now();
  const child = spawn(process.execPath, [...START_FLAGS, BUILT_MAIN, "--json"], {
    env: { ...process.env, DATABASE_PATH: databasePath, SLACK_BOT_TOKEN: "", DISCORD_TOKEN: "", LOG_LEVEL: "info" },
    stdio: ["pipe", "ignore", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let log = "";
    child.stderr.on("data", (chunk: Buffer) => {
      log += chunk.toString();
      const ready = /"event":"ready".*?"readyMs":(\d+)/.exec(log);
      if (!ready) return;
      const wallMs = performance.now() - spawned;
      child.kill();
      resolve({ readyMs: Number(ready[1]), wallMs });
    });
    child.on("exit", (code) => reject(new Error(`the bot exited (${code}) before it was ready:\n${log}`)));
  });
}
