import type { RequirementProgress } from "./requirement-progress.js";

// Ten cells: each is a tenth of the requirement, coarse enough to read at a glance on a phone.
const CELLS = 10;
const FULL = "▰";
const EMPTY = "▱";

/** `▰▰▰▰▱▱▱▱▱▱`: how much of `required` is done, rounded down so a bar is full only when the requirement is. */
export function progressBar(done: number, required: number): string {
  const filled = required <= 0 ? CELLS : Math.min(CELLS, Math.floor((Math.max(0, done) / required) * CELLS));
  return FULL.repeat(filled) + EMPTY.repeat(CELLS - filled);
}

/** Whole hours with thousands separators (`1,000 h`), one decimal when not whole (`2.5 h`). */
export function formatHoursAmount(minutes: number): string {
  const hours = Math.round((minutes / 60) * 10) / 10;
  return `${hours.toLocaleString("en-US", { maximumFractionDigits: 1 })} h`;
}

/** `▰▰▰▰▱▱▱▱▱▱ 412 of 1,000 h`, in the requirement's own unit. */
export function requirementBar(p: RequirementProgress): string {
  const bar = progressBar(p.done, p.required);
  if (p.requirement.type === "supervision-ratio") return `${bar} ${formatHoursAmount(p.done)} supervision, ${formatHoursAmount(p.required)} needed for the work logged`;
  if (p.unit === "minutes") return `${bar} ${formatHoursAmount(p.done).replace(/ h$/, "")} of ${formatHoursAmount(p.required)}`;
  if (p.unit === "days") return `${bar} ${p.done.toLocaleString("en-US")} of ${p.required.toLocaleString("en-US")} days`;
  return `${bar} ${p.done} of ${p.required} courses`;
}
