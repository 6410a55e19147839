import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { answerQuestion } from "../core/knowledge/answer-question.js";
import { JURISDICTIONS, type Jurisdiction } from "../core/knowledge/knowledge-entry.js";
import type { AnswerReply } from "../core/reply.js";
import { parseConfig } from "../config/config.js";
import { KnowledgeFileError } from "../knowledge-files/parse-knowledge-file.js";
import { createServices } from "../services/create-services.js";

const USAGE = `Usage:
  npm run ask -- [--state MT|CA|NC] [--json] "Can I advise a parent on medication?"
  npm run ask -- --json --batch questions.jsonl     (one {"id","question","state"?} per line)`;

const stateSchema = z.enum(JURISDICTIONS);
const batchLine = z.object({ id: z.union([z.string(), z.number()]).optional(), question: z.string().min(1), state: stateSchema.optional() });

function main(): void {
  const { values, positionals } = parseArgs({
    options: { state: { type: "string" }, json: { type: "boolean", default: false }, batch: { type: "string" }, help: { type: "boolean" } },
    allowPositionals: true,
  });
  if (values.help) return void console.log(USAGE);
  const state = values.state ? parseState(values.state.toUpperCase()) : undefined;
  const knowledge = loadOrExplain();
  const print = (reply: AnswerReply, id?: string | number) =>
    console.log(values.json ? JSON.stringify(id === undefined ? reply : { id, ...reply }) : `${reply.answer}\n`);

  if (values.batch) {
    const lines = readFileSync(values.batch, "utf8").split("\n").filter((l) => l.trim());
    lines.forEach((line, i) => {
      const parsed = batchLine.safeParse(JSON.parse(line));
      if (!parsed.success) fail(`${values.batch} line ${i + 1}: expected {"id", "question", "state"?}: ${parsed.error.issues[0]?.message}`);
      print(answerQuestion(parsed.data.question, knowledge, { state: parsed.data.state ?? state }), parsed.data.id);
    });
    return;
  }
  const question = positionals.join(" ").trim();
  if (!question) fail(`Give a question.\n${USAGE}`);
  print(answerQuestion(question, knowledge, { state }));
}

function loadOrExplain() {
  try {
    // No configuration is read: the CLI answers from the knowledge files alone, and never opens the database.
    return createServices(parseConfig({}), { knowledgeSnapshot: true }).knowledge;
  } catch (err) {
    if (err instanceof KnowledgeFileError) fail(`The knowledge base did not load: ${err.message}`);
    throw err;
  }
}

function parseState(raw: string): Jurisdiction {
  const parsed = stateSchema.safeParse(raw);
  if (!parsed.success) fail(`--state must be one of MT, CA, NC (got ${JSON.stringify(raw)}).`);
  return parsed.data;
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

main();
