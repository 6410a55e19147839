// The domain model's training examples, one message a line: questions written from the five source documents the
// way partners ask them (examples/in-domain*.txt), against what else partners type at work (examples/off-topic*.txt).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { STOP_WORDS } from "../../src/core/knowledge/stop-words.js";

const DIRECTORY = fileURLToPath(new URL("./examples/", import.meta.url));

export interface DomainExamples {
  inDomain: string[];
  offTopic: string[];
  /**
   * What a model trained on them was trained from: the files and the function words the model leaves out. The
   * generated table records it, and a test recomputes it, so a table left stale by an edited example says so.
   */
  fingerprint: string;
}

export function readDomainExamples(): DomainExamples {
  const files = readdirSync(DIRECTORY).filter((f) => f.endsWith(".txt")).sort();
  const texts = new Map(files.map((f) => [f, readFileSync(`${DIRECTORY}${f}`, "utf8")]));
  const linesOf = (prefix: string) =>
    files.filter((f) => f.startsWith(prefix)).flatMap((f) => texts.get(f)!.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#")));
  const hash = createHash("sha256");
  for (const [file, text] of texts) hash.update(file).update("\0").update(text).update("\0");
  hash.update([...STOP_WORDS].sort().join(" "));
  return { inDomain: linesOf("in-domain"), offTopic: linesOf("off-topic"), fingerprint: hash.digest("hex").slice(0, 16) };
}
