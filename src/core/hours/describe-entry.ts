import { describeUser } from "../channels/describe-user.js";
import { kindLabel } from "./describe-totals.js";
import type { HourEntry } from "./hour-entry.js";
import { formatMinutes } from "./minutes.js";

/** `#12 2026-11-20 1h 30m Supervision (group, with console:sam, pending): note`. */
export function describeEntry(entry: HourEntry): string {
  const details = [
    entry.supervisionFormat,
    entry.supervisorKey ? `with ${describeUser(entry.supervisorKey)}` : undefined,
    entry.confirmation === "pending" ? "pending confirmation" : entry.confirmation === "confirmed" ? `confirmed by ${entry.confirmedBy ? describeUser(entry.confirmedBy) : "someone"}` : undefined,
  ].filter(Boolean);
  const extra = details.length ? ` (${details.join(", ")})` : "";
  return `#${entry.id} ${entry.date} ${formatMinutes(entry.minutes)} ${kindLabel(entry.kind)}${extra}${entry.note ? `: ${entry.note}` : ""}`;
}
