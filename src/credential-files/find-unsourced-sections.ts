import type { CredentialRuleSet } from "../core/hours/credential-rule-set.js";

/**
 * Every rule cites a section of a source document; returns "set/rule: heading" for each heading that the
 * document's text does not contain. Sections are written "Heading: Subheading (item)".
 */
export function findUnsourcedSections(sets: CredentialRuleSet[], readSource: (source: string) => string): string[] {
  const missing: string[] = [];
  for (const set of sets) {
    for (const rule of set.requirements) {
      const text = readSource(rule.source).replace(/\s+/g, " ");
      const headings = rule.section.replace(/(\s*\([^)]*\))+\s*$/, "").split(": ");
      for (const heading of headings) if (!text.includes(heading)) missing.push(`${set.id}/${rule.id}: ${heading}`);
    }
  }
  return missing;
}
