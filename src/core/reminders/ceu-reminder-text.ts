import type { PartnerStatus } from "./partner-status.js";
import { countHours, formatHours } from "./format-hours.js";

type Ceu = NonNullable<PartnerStatus["ceu"]>;

/** "12 of 20 CEU hours, 1 of 2 ethics hours, 30 days left", and what is still missing. */
export function ceuReminderText(ceu: Ceu, daysLeft: number): string {
  const progress =
    `${formatHours(ceu.doneMinutes)} of ${formatHours(ceu.requiredMinutes)} CEU hours` +
    (ceu.ethicsRequiredMinutes > 0 ? `, ${formatHours(ceu.ethicsDoneMinutes)} of ${formatHours(ceu.ethicsRequiredMinutes)} ethics hours` : "") +
    `, ${daysLeft} days left`;
  const missing = Math.max(0, ceu.requiredMinutes - ceu.doneMinutes);
  const missingEthics = Math.max(0, ceu.ethicsRequiredMinutes - ceu.ethicsDoneMinutes);
  const next =
    missing === 0 && missingEthics === 0
      ? "Your CEU hours are complete: remember to submit your renewal."
      : `Still to go: ${countHours(missing, "CEU")}${missingEthics > 0 ? ` (including ${countHours(missingEthics, "ethics")})` : ""}. Log them with /hours.`;
  return `CEU reminder: your renewal is due ${ceu.renewalDate}. ${progress}. ${next}`;
}
