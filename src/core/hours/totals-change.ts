import type { HourEntry } from "./hour-entry.js";
import type { HourKind } from "./hour-kind.js";
import { emptyKindTotals, type KindTotals } from "./kind-totals.js";
import { isActiveEntry } from "./entry-status-changes.js";

/** Minutes to add to one partner's kept totals for one kind (negative to take out). */
export interface TotalsDelta {
  userKey: string;
  kind: HourKind;
  minutes: number;
  pendingMinutes: number;
}

/** What a change does to the kept all-time totals: the old entry's share comes out, the new one's goes in. */
export function totalsChange(before: HourEntry | undefined, after: HourEntry | undefined): TotalsDelta[] {
  const deltas: TotalsDelta[] = [];
  if (before && isActiveEntry(before)) deltas.push(shareOf(before, -1));
  if (after && isActiveEntry(after)) deltas.push(shareOf(after, 1));
  return deltas;
}

const shareOf = (entry: HourEntry, sign: 1 | -1): TotalsDelta => ({
  userKey: entry.userKey,
  kind: entry.kind,
  minutes: sign * entry.minutes,
  pendingMinutes: entry.confirmation === "pending" ? sign * entry.minutes : 0,
});

/** Kept per-kind rows (or a store's per-kind sums) as the core's totals; `pendingSupervision` is pending across kinds. */
export function kindTotalsFrom(rows: Iterable<{ kind: HourKind; minutes: number; pendingMinutes: number }>): KindTotals {
  const totals = emptyKindTotals();
  for (const row of rows) {
    totals[row.kind] += row.minutes;
    totals.pendingSupervision += row.pendingMinutes;
  }
  return totals;
}

/** Totals summed from entries themselves: what a bounded range shows, and what kept totals must always equal. */
export function sumEntries(entries: Iterable<HourEntry>): KindTotals {
  return kindTotalsFrom([...entries].filter(isActiveEntry).map((e) => shareOf(e, 1)));
}

/** A store's sum of minutes for one kind and confirmation state, as a share of the totals. */
export const groupShare = (group: { kind: HourKind; confirmation: string | null | undefined; minutes: number }) => ({
  kind: group.kind,
  minutes: group.minutes,
  pendingMinutes: group.confirmation === "pending" ? group.minutes : 0,
});
