import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { credentialRuleSetSchema, type CredentialRuleSet } from "../core/hours/credential-rule-set.js";

/** A rule set file that cannot be used: names the file and the field so a network can fix it without reading code. */
export class CredentialFileError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = "CredentialFileError";
  }
}

/** Loads and validates every `*.json` rule set in `root`; the file name (without .json) must equal the set's id. */
export function loadCredentialRuleSets(root: string): CredentialRuleSet[] {
  const files = readdirSync(root).filter((f) => f.endsWith(".json")).sort();
  if (files.length === 0) throw new CredentialFileError(root, "no credential rule sets (*.json) found");
  return files.map((file) => parseRuleSetFile(file, readFileSync(join(root, file), "utf8")));
}

export function parseRuleSetFile(file: string, text: string): CredentialRuleSet {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new CredentialFileError(file, `not valid JSON (${(err as Error).message})`);
  }
  const parsed = credentialRuleSetSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `field '${i.path.join(".") || "(rule set)"}': ${i.message}`);
    throw new CredentialFileError(file, problems.join("; "));
  }
  const expectedId = file.replace(/\.json$/, "");
  if (parsed.data.id !== expectedId) throw new CredentialFileError(file, `field 'id': '${parsed.data.id}' must match the file name '${expectedId}'`);
  return parsed.data;
}
