import { HOUR_KINDS, type HourKind } from "./hour-kind.js";

/** Minutes per kind over some range; `pendingSupervision` is the part of `supervision` not yet confirmed. */
export type KindTotals = Record<HourKind, number> & { pendingSupervision: number };

export function emptyKindTotals(): KindTotals {
  const totals = { pendingSupervision: 0 } as KindTotals;
  for (const kind of HOUR_KINDS) totals[kind] = 0;
  return totals;
}
