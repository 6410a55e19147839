import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { answerQuestion } from "../core/knowledge/answer-question.js";
import type { Jurisdiction } from "../core/knowledge/knowledge-entry.js";
import type { AnswerReply } from "../core/reply.js";
import { parseConfig } from "../config/config.js";
import { KnowledgeFileError } from "../knowledge-files/parse-knowledge-file.js";
import { createServices } from "../services/create-services.js";
import { parseBatchLine } from "./parse-batch-line.js";

const USAGE = `Usage:
  npm run ask -- [--state <a code from states.json, e.g. MT>] [--json] "Can I advise a parent on medication?"
  npm run ask -- --json --batch questions.jsonl     (one {"id","question","state"?} per line)`;


function main(): void {
  const { values, positionals } = parseArgs({
    options: { state: { type: "string" }, json: { type: "boolean", default: false }, batch: { type: "string" }, help: { type: "boolean" } },
    allowPositionals: true,
  });
  if (values.help) return void console.log(USAGE);
  const knowledge = loadOrExplain();
  const jurisdictionOf = (raw: string) => parseState(raw.toUpperCase(), knowledge.states.jurisdictions);
  const state = values.state ? jurisdictionOf(values.state) : undefined;
  const print = (reply: AnswerReply, id?: string | number) =>
    console.log(values.json ? JSON.stringify(id === undefined ? reply : { id, ...reply }) : `${reply.answer}\n`);

  if (values.batch) {
    // Line numbers count every line of the file, blank ones too, so an error points where an editor does.
    readFileSync(values.batch, "utf8").split("\n").forEach((line, i) => {
      if (!line.trim()) return;
      const parsed = parseBatchLine(line, i + 1, knowledge.states.jurisdictions);
      if (!parsed.ok) {
        // An error object in the answer's place keeps every other line's answer in order.
        console.error(`${values.batch} ${parsed.error}`);
        if (values.json) console.log(JSON.stringify({ ...(parsed.id !== undefined ? { id: parsed.id } : {}), error: parsed.error }));
        return;
      }
      const lineState = parsed.state === undefined ? state : jurisdictionOf(parsed.state);
      print(answerQuestion(parsed.question, knowledge, { state: lineState }), parsed.id);
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

function parseState(raw: string, jurisdictions: readonly string[]): Jurisdiction {
  // "NATIONAL" and "GENERAL" are written in lower case in the registry's jurisdictions.
  const found = jurisdictions.find((j) => j.toUpperCase() === raw);
  if (!found) fail(`--state must be one of ${jurisdictions.join(", ")} (got ${JSON.stringify(raw)}).`);
  return found;
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

main();
