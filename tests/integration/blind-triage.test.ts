import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { assessRisk } from "../../src/core/safety/assess-risk.js";

/**
 * Crisis triage on messages written blind (tests/fixtures/blind-triage/README.md) and never trained on: a floor for
 * recall and a ceiling for false alarms per folder, at the figures measured when they were written (on 749924f).
 * Raised as triage improves, never lowered to let a change pass.
 */
const FOLDERS = [
  // Folders 1 and 2 are in the crisis memory's training messages (crisis-memory.ts) since 126 and 134: floors only.
  { name: "1", minCrises: 132, maxAlarms: 12 },
  // Folder 2 studied for missing kinds after it was measured at 129 (so no longer a measure): 134 after.
  { name: "2", minCrises: 142, maxAlarms: 9 },
  // Folder 3 unseen: 116 when written, 117 after folder 2's kinds, 121 with the crisis memory, 123 when the memory confirms a weaker sign.
  { name: "3", minCrises: 123, maxAlarms: 12 },
  // Folder 4 unseen: 117 when written, 119 after the round's rules for folder 2's and sets P and Q's kinds, 125 with the crisis memory.
  { name: "4", minCrises: 125, maxAlarms: 6 },
  { name: "5", minCrises: 0, maxAlarms: 6 },
  { name: "6", minCrises: 0, maxAlarms: 11 },
];

const DIRECTORY = fileURLToPath(new URL("../fixtures/blind-triage/", import.meta.url));
const lines = (path: string) => readFileSync(path, "utf8").split("\n").map((l) => l.trim()).filter(Boolean);

describe("crisis triage on blind messages it was never tuned on", () => {
  it.each(FOLDERS)("GIVEN folder $name THEN at least $minCrises crises get crisis guidance and at most $maxAlarms harmless messages do", ({ name, minCrises, maxAlarms }) => {
    const folder = `${DIRECTORY}${name}/`;
    const files = readdirSync(folder).filter((f) => f.endsWith(".txt"));
    const crises = files.filter((f) => f.startsWith("crisis-")).flatMap((f) => lines(`${folder}${f}`));
    const harmless = lines(`${folder}benign.txt`);
    expect(crises.length + harmless.length).toBeGreaterThan(0);
    const caught = crises.filter((m) => assessRisk(m).level === "crisis").length;
    const alarms = harmless.filter((m) => assessRisk(m).level === "crisis").length;
    // Counts only: the messages are not printed, so a failure does not turn the set into one tuned on.
    expect({ caught: caught >= minCrises, alarms: alarms <= maxAlarms }, `caught ${caught} (floor ${minCrises}), alarms ${alarms} (ceiling ${maxAlarms})`).toEqual({ caught: true, alarms: true });
  });
});
