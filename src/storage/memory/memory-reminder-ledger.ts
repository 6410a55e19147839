import { type LedgerEntry, occurrenceId, type ReminderLedger } from "../../core/reminders/reminder-ledger.js";

interface Row extends LedgerEntry {
  decidedAt: Date;
}

const entryOf = ({ decidedAt: _d, ...entry }: Row): LedgerEntry => ({ ...entry, scheduledAt: new Date(entry.scheduledAt) });

/** The reminder ledger in memory: one row per occurrence id, so the first claim wins as with the SQL stores' UNIQUE key. */
export function createMemoryReminderLedger(): ReminderLedger {
  const rows = new Map<string, Row>();
  let decidedThrough: Date | undefined;
  const insert = (row: Row) => {
    const id = occurrenceId(row.reminderKey, row.scheduledAt);
    if (rows.has(id)) return false;
    rows.set(id, row);
    return true;
  };
  const ordered = () => [...rows.values()].sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime() || a.reminderKey.localeCompare(b.reminderKey));
  return {
    async claim(reminderKey, scheduledAt, claimedAt, late, by) {
      return insert({ reminderKey, scheduledAt: new Date(scheduledAt), status: "claimed", late, attempts: 0, decidedAt: claimedAt, ...(by ? { claimedBy: by } : {}) });
    },
    async finish(reminderKey, scheduledAt, outcome) {
      const row = rows.get(occurrenceId(reminderKey, scheduledAt));
      if (row?.status !== "claimed") return;
      row.status = outcome.status;
      row.attempts = outcome.attempts;
      if (outcome.errorCode !== undefined) row.errorCode = outcome.errorCode;
    },
    async recordSkipped(reminderKey, scheduledAt, at) {
      return insert({ reminderKey, scheduledAt: new Date(scheduledAt), status: "skipped", late: false, attempts: 0, decidedAt: at });
    },
    async decidedSince(from) {
      return new Set(ordered().filter((r) => r.scheduledAt >= from).map((r) => occurrenceId(r.reminderKey, r.scheduledAt)));
    },
    async checkpoint() {
      return decidedThrough && new Date(decidedThrough);
    },
    async advanceCheckpoint(to) {
      if (!decidedThrough || to > decidedThrough) decidedThrough = new Date(to);
    },
    async entries(reminderKey) {
      return ordered().filter((r) => reminderKey === undefined || r.reminderKey === reminderKey).map(entryOf);
    },
    async takeOverUnfinished(by, claimedBefore, at) {
      const taken = ordered().filter((r) => r.status === "claimed" && r.claimedBy !== undefined && r.claimedBy !== by && r.decidedAt < claimedBefore);
      for (const row of taken) Object.assign(row, { claimedBy: by, decidedAt: at });
      return taken.map(entryOf);
    },
  };
}
