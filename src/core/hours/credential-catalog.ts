import type { CredentialRuleSet } from "./credential-rule-set.js";

/** The credential rule sets a network knows, by id. */
export interface CredentialCatalog {
  get(id: string): CredentialRuleSet | undefined;
  list(): CredentialRuleSet[];
}

export function createCredentialCatalog(sets: CredentialRuleSet[]): CredentialCatalog {
  const byId = new Map(sets.map((s) => [s.id, s]));
  return { get: (id) => byId.get(id), list: () => [...byId.values()] };
}
