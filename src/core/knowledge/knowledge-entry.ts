import { z } from "zod";
import { CONDITION } from "./entry-conditions.js";

/** What an entry is about; scope and ethics entries carry a verdict. */
export const ENTRY_KINDS = ["scope", "ethics", "requirement", "definition", "process", "safety"] as const;
export const RULE_VERDICTS = ["allowed", "not_allowed", "depends"] as const;

export type EntryKind = (typeof ENTRY_KINDS)[number];
export type RuleVerdict = (typeof RULE_VERDICTS)[number];
/** A state code from the registry (states.json), `national` or `general`; checked against the registry at load. */
export type Jurisdiction = string;


const nonEmpty = z.string().trim().min(1);

export const knowledgeFrontMatterSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lowercase words joined by hyphens"),
    title: nonEmpty,
    kind: z.enum(ENTRY_KINDS),
    verdict: z.enum(RULE_VERDICTS).optional(),
    /** A registered state, national or general; and a registered document (states.json), checked when entries load. */
    jurisdiction: nonEmpty,
    source: nonEmpty,
    section: nonEmpty,
    /** Groups entries on the same question across states, so an answer can say where another state differs. */
    topic: z.string().regex(/^[a-z0-9-]+$/).optional(),
    phrasings: z.array(nonEmpty).min(1),
    keywords: z.array(nonEmpty).default([]),
    related: z.array(nonEmpty).default([]),
    /** Facts a story may tell that change the verdict, first match wins: `{ if: "years-since >= 2", verdict: depends }`. */
    when: z
      .array(z.strictObject({ if: z.string().regex(CONDITION, 'use "significant-value", "cultural", "no-diploma", "no-need-to-know", "no-lived-experience", "decided-by-another", "age < N", "years-since >= N" or "experience-years < N"'), verdict: z.enum(RULE_VERDICTS) }))
      .default([]),
  })
  .superRefine((entry, ctx) => {
    const needsVerdict = entry.kind === "scope" || entry.kind === "ethics";
    if (needsVerdict && !entry.verdict) {
      ctx.addIssue({ code: "custom", path: ["verdict"], message: `a ${entry.kind} entry needs a verdict (allowed, not_allowed or depends)` });
    }
    if (!needsVerdict && entry.verdict) {
      ctx.addIssue({ code: "custom", path: ["verdict"], message: `only scope and ethics entries carry a verdict; a ${entry.kind} entry answers as info` });
    }
  });

export type KnowledgeFrontMatter = z.infer<typeof knowledgeFrontMatterSchema>;

/** A loaded entry: front matter plus the body split into its three parts. */
export interface KnowledgeEntry extends KnowledgeFrontMatter {
  /** The rule or fact itself, in plain words. */
  rule: string;
  /** What to do instead (for limits) or next (for facts); may be empty. */
  instead: string;
  /** Why the rule exists; may be empty. */
  why: string;
  /** Path relative to the knowledge folder, for error messages. */
  file: string;
}
