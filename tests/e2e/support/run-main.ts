import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";

export interface RunningMain {
  child: ChildProcess;
  /** Every JSON log line main wrote to stderr so far. */
  logs: Record<string, unknown>[];
  /** Resolves with the first log line of this event (already seen or still to come). */
  waitForLog(event: string): Promise<Record<string, unknown>>;
  /** The exit code, once the process ends by itself. */
  exited(): Promise<number | null>;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/** Runs the real `src/main.ts` (through tsx) with exactly these settings, nothing from the test's own environment. */
export function runMain(env: Record<string, string>): RunningMain {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: Record<string, unknown>[] = [];
  const waiters: { event: string; resolve: (l: Record<string, unknown>) => void }[] = [];
  createInterface({ input: child.stderr! }).on("line", (line) => {
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(line);
    } catch {
      parsed = { event: "non-json", line };
    }
    logs.push(parsed);
    for (const w of waiters.filter((w) => w.event === parsed.event)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(parsed);
    }
  });
  const exit = once(child, "exit").then(([code]) => code as number | null);
  return {
    child,
    logs,
    waitForLog(event) {
      const seen = logs.find((l) => l.event === event);
      return seen ? Promise.resolve(seen) : new Promise((resolve) => waiters.push({ event, resolve }));
    },
    exited: () => exit,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      return exit;
    },
  };
}
