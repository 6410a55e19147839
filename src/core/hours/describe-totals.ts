import { HOUR_KINDS, type HourKind } from "./hour-kind.js";
import type { KindTotals } from "./kind-totals.js";
import { formatMinutes } from "./minutes.js";

const KIND_LABELS: Record<HourKind, string> = {
  work: "Work",
  supervision: "Supervision",
  ceu: "CEU",
  ethics: "Ethics CEU",
  training: "Training",
};

export function kindLabel(kind: HourKind): string {
  return KIND_LABELS[kind];
}

/** One line per kind, with pending supervision called out. */
export function describeTotals(totals: KindTotals): string[] {
  return HOUR_KINDS.map((kind) => {
    const pending = kind === "supervision" && totals.pendingSupervision > 0 ? ` (${formatMinutes(totals.pendingSupervision)} pending confirmation)` : "";
    return `${KIND_LABELS[kind]}: ${formatMinutes(totals[kind])}${pending}`;
  });
}
