import { createRequire } from "node:module";
import { knowledgeFrontMatterSchema, type KnowledgeEntry } from "../core/knowledge/knowledge-entry.js";

/** A knowledge file that cannot be used: names the file and the field so an author can fix it. */
export class KnowledgeFileError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = "KnowledgeFileError";
  }
}

// The YAML parser is loaded on the first file parsed, not at import: a start-up from a fresh knowledge snapshot
// (load-knowledge-base.ts) parses no file, and loading it was ~30 ms of that start-up (--cpu-prof).
let parseYaml: typeof import("yaml").parse | undefined;
const yamlParser = () => (parseYaml ??= (createRequire(import.meta.url)("yaml") as typeof import("yaml")).parse);

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/;
const BODY_SECTIONS = { instead: "instead", why: "why" } as const;

/** Parses one entry: YAML front matter validated by zod, then a body of rule text with optional `## Instead` and `## Why`. */
export function parseKnowledgeFile(file: string, text: string): KnowledgeEntry {
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new KnowledgeFileError(file, "must start with front matter between two '---' lines");
  let raw: unknown;
  try {
    raw = yamlParser()(match[1]!);
  } catch (err) {
    throw new KnowledgeFileError(file, `front matter is not valid YAML (${(err as Error).message.split("\n")[0]})`);
  }
  const parsed = knowledgeFrontMatterSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `field '${i.path.join(".") || "(front matter)"}': ${i.message}`);
    throw new KnowledgeFileError(file, problems.join("; "));
  }
  const body = splitBody(file, match[2]!);
  return { ...parsed.data, ...body, file };
}

function splitBody(file: string, body: string): Pick<KnowledgeEntry, "rule" | "instead" | "why"> {
  const parts = body.split(/^##[ \t]+(.+)$/m);
  const rule = parts[0]!.trim();
  if (!rule) throw new KnowledgeFileError(file, "the body must start with the rule or fact before any '##' heading");
  const sections: Record<keyof typeof BODY_SECTIONS, string> = { instead: "", why: "" };
  for (let i = 1; i < parts.length; i += 2) {
    const heading = parts[i]!.trim().toLowerCase();
    if (!(heading in BODY_SECTIONS)) {
      throw new KnowledgeFileError(file, `unknown body heading '## ${parts[i]!.trim()}' (use '## Instead' or '## Why')`);
    }
    sections[heading as keyof typeof BODY_SECTIONS] = parts[i + 1]!.trim();
  }
  return { rule, ...sections };
}
