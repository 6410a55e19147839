import { complianceStatus, type ComplianceStatus } from "../hours/compliance-status.js";
import { computePartnerProgress } from "../hours/compute-partner-progress.js";
import type { HoursServices } from "../hours/hours-services.js";
import type { ReplySection } from "../reply.js";

const STATUS_ORDER: ComplianceStatus[] = ["behind", "needs-setup", "awaiting-confirmation", "in-progress", "all-met"];
const STATUS_LABEL: Record<ComplianceStatus, string> = {
  behind: "behind on supervision",
  "needs-setup": "need a track or certification date",
  "awaiting-confirmation": "waiting on a supervisor",
  "in-progress": "in progress",
  "all-met": "all requirements met",
};

/** An admin's one-glance view of the network: how many partners stand where, the ones behind named first. */
export async function complianceSection(services: HoursServices, now: Date): Promise<ReplySection> {
  const [withEntries, profiles] = await Promise.all([services.entries.partners(), services.profiles.list()]);
  const keys = [...new Set([...withEntries, ...profiles.filter((p) => p.credentialTrack).map((p) => p.userKey)])].sort();
  const everyone = await Promise.all(keys.map((key) => computePartnerProgress(services, key, now)));
  const byStatus = new Map<ComplianceStatus, string[]>();
  for (const p of everyone) byStatus.set(complianceStatus(p), [...(byStatus.get(complianceStatus(p)) ?? []), p.userKey]);
  const counts = STATUS_ORDER.filter((s) => byStatus.has(s)).map((s) => `${byStatus.get(s)!.length} ${STATUS_LABEL[s]}`);
  const behind = byStatus.get("behind") ?? [];
  return {
    title: `Network compliance (${everyone.length} partners)`,
    lines: everyone.length === 0 ? ["No partner has logged hours yet."] : [counts.join(", "), ...(behind.length ? [`Behind: ${behind.join(", ")}`] : [])],
    actions: [{ label: "Full report", command: "/hours report" }],
  };
}
