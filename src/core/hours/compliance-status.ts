import type { PartnerProgress } from "./partner-progress.js";

/**
 * A coordinator's one-word view of a partner: `behind` (supervision below ratio), `needs-setup` (no track, or a renewal
 * rule without a certification date), `awaiting-confirmation`, `all-met`, or `in-progress` (working toward it, nothing wrong).
 */
export type ComplianceStatus = "behind" | "needs-setup" | "awaiting-confirmation" | "all-met" | "in-progress";

export function complianceStatus(progress: PartnerProgress): ComplianceStatus {
  const statuses = progress.requirements.map((r) => r.status);
  if (statuses.includes("below-ratio")) return "behind";
  if (!progress.track || statuses.includes("needs-date")) return "needs-setup";
  if (statuses.includes("awaiting-confirmation")) return "awaiting-confirmation";
  return statuses.every((s) => s === "met") ? "all-met" : "in-progress";
}
