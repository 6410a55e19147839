// The crisis model's training examples: crisis-<kind>.txt (one message a line, the file naming the crisis kind),
// benign.txt, and every knowledge entry's title, phrasings and rule as more harmless text about the work.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CRISIS_KINDS, type CrisisKind } from "../../src/core/safety/crisis-rules.js";
import { loadKnowledgeBase } from "../../src/search/load-knowledge-base.js";

export interface Example {
  text: string;
  /** The crisis kind it shows, or null for a harmless message. */
  kind: CrisisKind | null;
}

const DIRECTORY = fileURLToPath(new URL("./examples/", import.meta.url));

function lines(path: string): string[] {
  return readFileSync(path, "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
}

function kindOf(file: string): CrisisKind {
  const kind = file.slice("crisis-".length, -".txt".length).replace("-", "_");
  if (!(CRISIS_KINDS as readonly string[]).includes(kind)) throw new Error(`${file}: name it crisis-<kind>.txt, kind one of ${CRISIS_KINDS.join(", ")}`);
  return kind as CrisisKind;
}

/** One folder of examples: its crisis-<kind>.txt files, then its benign.txt (the crisis memory reads several). */
export function readExampleFolder(directory = DIRECTORY): Example[] {
  const files = readdirSync(directory).filter((f) => f.endsWith(".txt")).sort();
  const crisis = files.filter((f) => f.startsWith("crisis-")).flatMap((f) => lines(`${directory}${f}`).map((text) => ({ text, kind: kindOf(f) })));
  const benign = files.includes("benign.txt") ? lines(`${directory}benign.txt`).map((text) => ({ text, kind: null })) : [];
  return [...crisis, ...benign];
}

export function readExamples(): Example[] {
  const knowledge = loadKnowledgeBase().entries().flatMap((e) => [e.title, ...e.phrasings, e.rule]).map((text) => ({ text, kind: null }));
  return [...readExampleFolder(DIRECTORY), ...knowledge];
}
