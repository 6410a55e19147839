import { describeUser } from "../../channels/describe-user.js";
import { complianceStatus } from "../../hours/compliance-status.js";
import { computePartnerProgress } from "../../hours/compute-partner-progress.js";
import { csvTable } from "../../hours/csv-table.js";
import { HOUR_KINDS } from "../../hours/hour-kind.js";
import { formatMinutes, minutesAsDecimalHours } from "../../hours/minutes.js";
import type { PartnerProgress } from "../../hours/partner-progress.js";
import type { HoursServices } from "../../hours/hours-services.js";
import { buildMessageReply } from "../build-message-reply.js";
import { UserError } from "../user-error.js";
import type { HoursSubcommand } from "./hours-subcommand.js";

/** `/hours report [csv]`: network coordinators see every partner's totals and compliance; `csv` returns it as a file. */
export const hoursReport: HoursSubcommand = async (words, context, services) => {
  if (!context.isAdmin) throw new UserError("hours.admin-only", "/hours report is for network coordinators (ADMINS). Your own hours are in /hours.");
  const asCsv = words[0]?.toLowerCase() === "csv";
  if (words.length > (asCsv ? 1 : 0)) throw new UserError("hours.invalid-arguments", "Use /hours report, or /hours report csv for a file.");
  const everyone = await partnerProgress(services, context.now);
  if (asCsv) {
    const header = ["partner", "track", "status", ...HOUR_KINDS.map((k) => `${k}_hours`), "pending_supervision_hours", "requirements_met", "requirements_total"];
    const rows = everyone.map((p) => [
      p.userKey, p.track?.id, complianceStatus(p), ...HOUR_KINDS.map((k) => minutesAsDecimalHours(p.allTime[k])),
      minutesAsDecimalHours(p.allTime.pendingSupervision), p.requirements.filter((r) => r.status === "met").length, p.requirements.length,
    ]);
    const today = everyone[0]?.today ?? context.now.toISOString().slice(0, 10);
    return { reply: { kind: "file", ephemeral: true, fileName: `hours-report-${today}.csv`, mimeType: "text/csv", content: csvTable(header, rows), text: `Hours report for ${everyone.length} partners, as CSV.` } };
  }
  return {
    reply: buildMessageReply({
      title: `Hours report: ${everyone.length} partners`,
      sections: [{ title: "Partners", lines: everyone.length ? everyone.map(reportLine) : ["No partner has logged hours yet."] }],
      actions: [{ label: "Download CSV", command: "/hours report csv" }],
    }),
  };
};

async function partnerProgress(services: HoursServices, now: Date): Promise<PartnerProgress[]> {
  const [withEntries, profiles] = await Promise.all([services.entries.partners(), services.profiles.list()]);
  const keys = [...new Set([...withEntries, ...profiles.filter((p) => p.credentialTrack).map((p) => p.userKey)])].sort();
  return Promise.all(keys.map((key) => computePartnerProgress(services, key, now)));
}

function reportLine(p: PartnerProgress): string {
  const t = p.allTime;
  const met = p.requirements.filter((r) => r.status === "met").length;
  const track = p.track ? `${p.track.id}, ${met} of ${p.requirements.length} met` : "no track";
  return `${describeUser(p.userKey)} (${track}): ${complianceStatus(p)}; work ${formatMinutes(t.work)}, supervision ${formatMinutes(t.supervision)}, CEU ${formatMinutes(t.ceu + t.ethics)}, training ${formatMinutes(t.training)}`;
}
