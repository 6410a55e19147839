import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { credentialRuleSetSchema, type CredentialRuleSet } from "../core/hours/credential-rule-set.js";
import type { StateRegistry } from "../core/states/state-registry.js";

/** A rule set file that cannot be used: names the file and the field so a network can fix it without reading code. */
export class CredentialFileError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = "CredentialFileError";
  }
}

/**
 * Loads and validates every `*.json` rule set in `root`; the file name (without .json) must equal the set's id, and
 * the registry (states.json) must list that track, with the same state, and every document its rules cite.
 */
export function loadCredentialRuleSets(root: string, states: StateRegistry): CredentialRuleSet[] {
  const files = readdirSync(root).filter((f) => f.endsWith(".json")).sort();
  if (files.length === 0) throw new CredentialFileError(root, "no credential rule sets (*.json) found");
  const sets = files.map((file) => checkRegistered(file, parseRuleSetFile(file, readFileSync(join(root, file), "utf8")), states));
  const missing = states.trackIds.filter((id) => !sets.some((s) => s.id === id));
  if (missing.length > 0) throw new CredentialFileError(root, `states.json lists track(s) ${missing.join(", ")} with no rule set file (${missing[0]}.json)`);
  return sets;
}

function checkRegistered(file: string, set: CredentialRuleSet, states: StateRegistry): CredentialRuleSet {
  const registered = states.trackState(set.id);
  if (registered === undefined) throw new CredentialFileError(file, `track '${set.id}' is not in states.json's tracks: add { "id": "${set.id}", "state": "${set.state}" }`);
  if (registered !== set.state) throw new CredentialFileError(file, `field 'state': '${set.state}' differs from states.json, which gives '${registered}'`);
  set.requirements.forEach((rule, i) => {
    if (!states.documentIds.includes(rule.source)) {
      throw new CredentialFileError(file, `field 'requirements.${i}.source': '${rule.source}' is not a document in states.json (${states.documentIds.join(", ")})`);
    }
  });
  return set;
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
