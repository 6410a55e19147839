import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { actorOf } from "../src/core/commands/actor.js";
import { addDays } from "../src/core/hours/calendar-date.js";
import { HOUR_KINDS } from "../src/core/hours/hour-kind.js";
import { parseConfig } from "../src/config/config.js";
import { createServices } from "../src/services/create-services.js";
import type { HoursServices } from "../src/core/hours/hours-services.js";

const NOW = new Date("2026-11-24T17:00:00Z");
const LOG_COMMANDS = 20_000;
const SUMMARY_ENTRIES = 5_000;
const SUMMARY_RUNS = 2_000;
// Concurrent commands for the group-commit figure (a busy network: many partners logging at once).
const IN_FLIGHT = 64;

/** `/log-hours` throughput and `/hours` latency through the real core into a real SQLite file, at both sync levels. */
export async function runHoursBench(): Promise<string[]> {
  const lines: string[] = [];
  for (const synchronous of ["FULL", "NORMAL"] as const) {
    const dir = mkdtempSync(join(tmpdir(), "porchlight-hours-bench-"));
    try {
      const { services, dispatcher } = build(join(dir, "bench.db"), synchronous);
      const label = synchronous === "FULL" ? "synchronous=FULL (default)" : "synchronous=NORMAL";
      for (const [inFlight, offset] of [[1, 0], [IN_FLIGHT, LOG_COMMANDS]] as const) {
        const perSecond = await logThroughput(dispatcher, inFlight, offset);
        const verdict = perSecond >= 20_000 ? "MET" : "MISSED";
        lines.push(`hours /log-hours, ${label}, ${inFlight} in flight: ${Math.round(perSecond).toLocaleString("en-US")} commands/s (target >= 20,000/s) ${verdict}`);
      }
      const { p50, p99 } = await summaryLatency(services, dispatcher);
      lines.push(`hours /hours summary, 5,000 entries, ${label}: p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms (target p99 < 5 ms) ${p99 < 5 ? "MET" : "MISSED"}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return lines;
}

function build(path: string, synchronous: "FULL" | "NORMAL") {
  const { hours, dispatcher } = createServices(parseConfig({ DATABASE_PATH: path, SQLITE_SYNCHRONOUS: synchronous, NETWORK_TIME_ZONE: "America/Denver" }));
  return { services: hours, dispatcher };
}

export type Dispatcher = ReturnType<typeof build>["dispatcher"];

/**
 * Each command is a full /log-hours: parse, dedupe key, day check, insert + audit in one transaction, totals in the reply.
 * `inFlight` commands run at once, as many people typing at the same moment would; concurrent ones share a commit.
 */
export async function logThroughput(dispatcher: Dispatcher, inFlight: number, offset: number): Promise<number> {
  // One at a time under FULL is ~2 ms a command: fewer commands give the same rate in less time.
  const commands = inFlight === 1 ? LOG_COMMANDS / 4 : LOG_COMMANDS;
  let next = 0;
  async function worker(): Promise<void> {
    while (next < commands) {
      const i = offset + next++;
      const actor = actorOf("slack", `U${i % 500}`);
      const date = addDays("2026-11-24", -((i / 500) | 0) % 365);
      const { reply } = await dispatcher.dispatch("log-hours", `15m work ${date} bench`, { actor, isAdmin: false, now: NOW, deliveryId: `d${i}` });
      if (reply.kind === "error") throw new Error(`bench command refused: ${reply.code}`);
    }
  }
  const start = performance.now();
  await Promise.all(Array.from({ length: inFlight }, worker));
  return commands / ((performance.now() - start) / 1000);
}

async function summaryLatency(services: HoursServices, dispatcher: Dispatcher): Promise<{ p50: number; p99: number }> {
  const actor = actorOf("slack", "UBENCH");
  await services.profiles.save({ userKey: actor.key, credentialTrack: "mt-cfpss", supervisorKey: "slack:USUP" }, NOW);
  for (let i = 0; i < SUMMARY_ENTRIES; i++) {
    const kind = HOUR_KINDS[i % HOUR_KINDS.length]!;
    const entry = { userKey: actor.key, kind, minutes: 30, date: addDays("2026-11-24", -(i % 1000)), note: `course ${i % 7}` };
    await services.entries.add(kind === "supervision" ? { ...entry, supervisorKey: "slack:USUP" } : entry, { by: actor.key, at: NOW }, { maxDayMinutes: 1440 });
  }
  const timings: number[] = [];
  for (let i = 0; i < SUMMARY_RUNS; i++) {
    const t = performance.now();
    const { reply } = await dispatcher.dispatch("hours", "", { actor, isAdmin: false, now: NOW });
    timings.push(performance.now() - t);
    if (reply.kind === "error") throw new Error(`bench summary refused: ${reply.code}`);
  }
  timings.sort((a, b) => a - b);
  return { p50: timings[Math.floor(timings.length * 0.5)]!, p99: timings[Math.floor(timings.length * 0.99)]! };
}
