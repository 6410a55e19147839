import fc from "fast-check";
import { createFuzzServices } from "../tests/fuzz/fuzz-services.js";
import { hostileArguments } from "../tests/fuzz/hostile-text.js";

const SLOWEST_TARGET_MS = 250;
const LIST_TARGET_MS = 50;
const LINES_PER_COMMAND = 1_000;
const LIST_RUNS = 50;
// The reproductions of issue 8 that once froze the bot, replayed alongside the generated corpus.
const KNOWN_HEAVY = [
  "/reminders preview 0001-01-01 9999-12-31",
  "/reminders preview 2027-01-01 2029-12-31",
  "/reminders list",
  "/Zelda-Quintanilla-406-555-0142 is this logged?",
  "/log-hours 24.0001 work",
];
const SCHEDULES = [
  'cron "* * * * *"',
  'cron "*/5 * * * *"',
  "every Monday at 9:00",
  "every weekday at 8:30",
  "monthly on the 1st at 9:00",
  "quarterly on the 2nd Tuesday of January, April, July and October at 10:00",
  'cron "0 9,17 * * 1-5"',
  "monthly on the last Friday at 12:00",
  'cron "0 0 30 2 *"', // never fires: list looks ahead five years and finds nothing
  "on 2027-06-01 at 10:00",
];

/** The slowest command over the fuzz corpus, and /reminders list with 100 reminders, per-minute crons among them. */
export async function runHostileInputBench(): Promise<string[]> {
  const fuzz = createFuzzServices();
  try {
    for (let i = 0; i < 100; i++) await fuzz.say(`/reminders add #network ${SCHEDULES[i % SCHEDULES.length]} Reminder ${i}`);
    const lines = KNOWN_HEAVY.slice();
    for (const name of [...fuzz.commandNames, ""]) {
      const prefix = name ? `/${name} ` : "";
      lines.push(...fc.sample(hostileArguments, { numRuns: LINES_PER_COMMAND, seed: 8 }).map((args) => `${prefix}${args}`));
    }
    await fuzz.say("warm up the knowledge base and the lemmatiser");
    let slowest = { ms: 0, command: "" };
    const times: number[] = [];
    for (const line of lines) {
      const start = performance.now();
      await fuzz.say(line, times.length % 2 === 0 ? "ada" : "pat");
      const ms = performance.now() - start;
      times.push(ms);
      if (ms > slowest.ms) slowest = { ms, command: /^\/(\S+)/.exec(line)?.[1]?.slice(0, 20) ?? "(question)" };
    }
    times.sort((a, b) => a - b);
    const listTimes: number[] = [];
    for (let run = 0; run < LIST_RUNS; run++) {
      const start = performance.now();
      await fuzz.say("/reminders list", "pat");
      listTimes.push(performance.now() - start);
    }
    listTimes.sort((a, b) => a - b);
    const verdict = (ms: number, target: number) => (ms < target ? "ok" : "OVER TARGET");
    const worstList = listTimes[listTimes.length - 1]!;
    return [
      `hostile input: ${lines.length.toLocaleString("en-US")} fuzzed lines over ${fuzz.commandNames.length} commands and plain questions, issue 8's reproductions included`,
      `hostile input:   slowest command ${slowest.ms.toFixed(1)} ms (${slowest.command}), p99 ${times[Math.floor(times.length * 0.99)]!.toFixed(1)} ms (target < ${SLOWEST_TARGET_MS} ms: ${verdict(slowest.ms, SLOWEST_TARGET_MS)})`,
      `hostile input:   /reminders list with 100 reminders (20 per-minute or 5-minute crons) median ${listTimes[LIST_RUNS >> 1]!.toFixed(1)} ms, worst ${worstList.toFixed(1)} ms (target < ${LIST_TARGET_MS} ms: ${verdict(worstList, LIST_TARGET_MS)})`,
    ];
  } finally {
    await fuzz.close();
  }
}
