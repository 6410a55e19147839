import { describeUser } from "../channels/describe-user.js";
import { buildMessageReply } from "../commands/build-message-reply.js";
import { addDays } from "../hours/calendar-date.js";
import { computePartnerProgress } from "../hours/compute-partner-progress.js";
import { describeEntry } from "../hours/describe-entry.js";
import { describeTotals } from "../hours/describe-totals.js";
import type { HoursServices } from "../hours/hours-services.js";
import type { PartnerProgress } from "../hours/partner-progress.js";
import type { MessageReply, ReplyAction, ReplySection } from "../reply.js";
import { complianceSection } from "./compliance-section.js";
import { ceuLine, ratioLine, requirementLine } from "./home-lines.js";

// The last entries shown with Edit and Delete: enough to fix a slip, few enough for a phone.
const LAST_ENTRIES = 5;
// Entries older than this are not "last" on a dashboard; /hours export has them all.
const LAST_ENTRIES_DAYS = 92;
// Confirm buttons shown one by one; "Confirm all" covers the rest.
const CONFIRM_BUTTONS = 5;

export interface HomeViewer {
  userKey: string;
  isAdmin: boolean;
}

/**
 * A partner's dashboard: progress on each requirement as a bar, the supervision ratio, the CEU deadline, the last entries
 * with Edit/Delete, and buttons to log, set the profile and export. A supervisor also gets what waits for them; an admin
 * the network's compliance. The Slack Home tab and `/hours` show this same value.
 */
export async function buildHomeView(services: HoursServices, viewer: HomeViewer, now: Date): Promise<MessageReply> {
  const progress = await computePartnerProgress(services, viewer.userKey, now);
  const [recent, pending] = await Promise.all([
    services.entries.list(viewer.userKey, { from: addDays(progress.today, -LAST_ENTRIES_DAYS) }),
    services.entries.pendingFor(viewer.userKey),
  ]);
  const sections: ReplySection[] = [...progressSections(progress), { title: "All-time totals", lines: describeTotals(progress.allTime) }];
  const last = [...recent].sort((a, b) => b.id - a.id).slice(0, LAST_ENTRIES);
  sections.push({
    title: "Last entries",
    lines: last.length ? last.map(describeEntry) : ["Nothing logged in the last three months."],
    actions: last.flatMap((e): ReplyAction[] => [
      { label: `Edit #${e.id}`, command: `/hours edit ${e.id}` },
      { label: `Delete #${e.id}`, command: `/hours delete ${e.id}`, style: "danger" },
    ]),
  });
  if (pending.length > 0) {
    sections.push({
      title: `Waiting for your confirmation (${pending.length})`,
      lines: pending.map((e) => `${describeUser(e.userKey)}: ${describeEntry(e)}`),
      actions: [
        ...pending.slice(0, CONFIRM_BUTTONS).map((e): ReplyAction => ({ label: `Confirm #${e.id}`, command: `/hours confirm ${e.id}`, style: "primary" })),
        ...(pending.length > 1 ? [{ label: "Confirm all", command: "/hours confirm all", style: "primary" as const }] : []),
      ],
    });
  }
  if (viewer.isAdmin) sections.push(await complianceSection(services, now));
  return buildMessageReply({
    title: "Your hours and progress",
    sections,
    actions: [
      { label: "Log hours", command: "/log-hours", style: "primary" },
      { label: "Set profile", command: "/profile" },
      { label: "Export CSV", command: "/hours export" },
    ],
  });
}

function progressSections(progress: PartnerProgress): ReplySection[] {
  if (!progress.track) return [{ title: "Credential", lines: ["No credential track set yet: press Set profile, or /profile track mt-candidate (see /profile tracks)."] }];
  const sections: ReplySection[] = [{ title: progress.track.name, lines: progress.requirements.map(requirementLine) }];
  if (progress.supervisionRatio) sections.push({ title: "Supervision ratio", lines: [ratioLine(progress.supervisionRatio)] });
  if (progress.ceu) sections.push({ title: "CEU deadline", lines: [ceuLine(progress.ceu)] });
  return sections;
}
