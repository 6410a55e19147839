import type { Citation, Verdict } from "../reply.js";
import type { KnowledgeEntry } from "./knowledge-entry.js";

const VERDICT_LABEL: Record<Verdict, string> = {
  allowed: "Allowed",
  not_allowed: "Not allowed",
  depends: "It depends",
  info: "",
  crisis: "Safety first",
  unknown: "I don't know",
};

export function citationOf(entry: KnowledgeEntry): Citation {
  return { document: entry.source, section: entry.section, title: entry.title, entryId: entry.id };
}

/** The answer a partner reads: verdict, the rule, what to do instead, why, the source, and other states' differences. */
/** `stateName` is the registry's: "Montana" for MT, undefined for national and general. */
export function composeAnswer(
  verdict: Verdict,
  primary: KnowledgeEntry,
  elsewhere: KnowledgeEntry[],
  stateName: (code: string) => string | undefined,
  { also, caveat }: { also?: KnowledgeEntry; caveat?: string } = {},
): string {
  const where = stateName(primary.jurisdiction);
  const label = VERDICT_LABEL[verdict];
  const lines: string[] = [];
  // A rule's opening "No." is its verdict: the label already says it, and a fact question did not ask it.
  const rule = primary.verdict ? primary.rule.replace(/^(No|Yes|It depends)\.\s+/, "") : primary.rule;
  lines.push(label ? `${label}${where ? ` (${where})` : ""}: ${rule}` : `${where ? `${where}: ` : ""}${rule}`);
  if (caveat) lines.push(caveat);
  if (also) lines.push(`Also: ${also.rule}`);
  if (primary.instead) lines.push(`What you can do: ${primary.instead}`);
  if (primary.why) lines.push(`Why: ${primary.why}`);
  lines.push(`Source: ${primary.source}, ${primary.section}.`);
  if (also) lines.push(`Also from: ${also.source}, ${also.section}.`);
  for (const other of elsewhere) {
    lines.push(`${stateName(other.jurisdiction)} differs: ${firstSentences(other.rule)} (Source: ${other.source}, ${other.section}.)`);
  }
  return lines.join("\n\n");
}

/** The opening of a rule, enough to show how another state differs without repeating its whole entry. */
function firstSentences(text: string, max = 280): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const end = cut.lastIndexOf(". ");
  return end > 80 ? cut.slice(0, end + 1) : `${cut.trimEnd()}...`;
}
