import { ownEntry } from "../own-entry.js";
/** What an hour was spent on. `ethics` is an ethics CEU: it counts as CEU and as ethics. */
export const HOUR_KINDS = ["work", "supervision", "ceu", "ethics", "training"] as const;
export type HourKind = (typeof HOUR_KINDS)[number];

export const SUPERVISION_FORMATS = ["individual", "group"] as const;
export type SupervisionFormat = (typeof SUPERVISION_FORMATS)[number];

// Forgiving spellings people type in chat; each maps to one stored kind.
const KIND_ALIASES: Record<string, HourKind> = {
  work: "work",
  worked: "work",
  working: "work",
  supervision: "supervision",
  supervised: "supervision",
  sup: "supervision",
  ceu: "ceu",
  ceus: "ceu",
  ce: "ceu",
  ethics: "ethics",
  ethic: "ethics",
  training: "training",
  trainings: "training",
  course: "training",
};

/** The kind a word names, or undefined. */
export function kindFromWord(word: string): HourKind | undefined {
  return ownEntry(KIND_ALIASES, word.toLowerCase());
}

/** Minutes of a kind that count toward CEU totals: an ethics CEU is a CEU. */
export function countsAsCeu(kind: HourKind): boolean {
  return kind === "ceu" || kind === "ethics";
}
