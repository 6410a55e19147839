import type { HourEntry } from "../../core/hours/hour-entry.js";
import type { HoursChange, HoursChangeAction } from "../../core/hours/hours-change.js";
import type { AddResult, ChangeStamp, DateRange, HoursRepository } from "../../core/hours/hours-repository.js";
import { confirmedEntry, deletedEntry, isActiveEntry } from "../../core/hours/entry-status-changes.js";
import { planEntryEdit } from "../../core/hours/plan-entry-edit.js";
import { planNewEntry } from "../../core/hours/plan-new-entry.js";
import { sumEntries } from "../../core/hours/totals-change.js";

const byDateThenId = (a: HourEntry, b: HourEntry) => a.date.localeCompare(b.date) || a.id - b.id;
const inRange = (e: HourEntry, r: DateRange = {}) => (r.from === undefined || e.date >= r.from) && (r.to === undefined || e.date <= r.to);
const copy = <T>(value: T): T => structuredClone(value);

/**
 * Hour entries in memory, for the core's unit tests and as the contract suite's reference. Each method reads and
 * writes without awaiting in between, so on one event loop it is as atomic as a transaction. Nothing survives the process.
 */
export function createMemoryHoursRepository(): HoursRepository {
  const entries = new Map<number, HourEntry>();
  const deliveries = new Map<string, number>();
  const changes: HoursChange[] = [];
  let nextId = 1;

  const active = (filter: (e: HourEntry) => boolean) => [...entries.values()].filter((e) => isActiveEntry(e) && filter(e)).sort(byDateThenId);
  const dayMinutes = (userKey: string, date: string, exceptId: number) =>
    active((e) => e.userKey === userKey && e.date === date && e.id !== exceptId).reduce((n, e) => n + e.minutes, 0);
  const allTime = (userKey: string) => sumEntries([...entries.values()].filter((e) => e.userKey === userKey));
  const mustGet = (id: number) => {
    const entry = entries.get(id);
    if (!entry) throw new Error(`hour entry ${id} does not exist`);
    return entry;
  };
  const change = (before: HourEntry, after: HourEntry, stamp: ChangeStamp, action: HoursChangeAction) => {
    entries.set(after.id, after);
    changes.push({ entryId: after.id, changedBy: stamp.by, changedAt: stamp.at.toISOString(), action, before: copy(before), after: copy(after) });
    return after;
  };
  const duplicateOf = (deliveryKey: string | undefined): AddResult | undefined => {
    const id = deliveryKey === undefined ? undefined : deliveries.get(deliveryKey);
    if (id === undefined) return undefined;
    const entry = mustGet(id);
    return { status: "duplicate", entry: copy(entry), allTime: allTime(entry.userKey) };
  };

  return {
    async add(entry, stamp, options) {
      const seen = duplicateOf(options.deliveryKey);
      if (seen) return seen;
      const plan = planNewEntry(entry, stamp, dayMinutes(entry.userKey, entry.date, -1), options.maxDayMinutes);
      if (plan.status === "day-full") return plan;
      const stored: HourEntry = { id: nextId++, ...plan.entry };
      entries.set(stored.id, stored);
      if (options.deliveryKey !== undefined) deliveries.set(options.deliveryKey, stored.id);
      changes.push({ entryId: stored.id, changedBy: stamp.by, changedAt: stamp.at.toISOString(), action: "create", after: copy(stored) });
      return { status: "stored", entry: copy(stored), allTime: allTime(stored.userKey) };
    },
    async get(id) {
      const entry = entries.get(id);
      return entry && copy(entry);
    },
    async update(id, edits, stamp, options) {
      const before = mustGet(id);
      const plan = planEntryEdit(before, edits, dayMinutes(before.userKey, edits.date ?? before.date, id), options.maxDayMinutes);
      if (plan.status === "day-full") return plan;
      return { status: "updated", before: copy(before), after: copy(change(before, plan.after, stamp, "edit")) };
    },
    async remove(id, stamp, action) {
      const before = mustGet(id);
      change(before, deletedEntry(before, stamp), stamp, action);
      return copy(before);
    },
    async confirm(id, stamp) {
      const before = mustGet(id);
      return copy(change(before, confirmedEntry(before, stamp), stamp, "confirm"));
    },
    async latest(userKey) {
      const mine = active((e) => e.userKey === userKey).sort((a, b) => b.id - a.id);
      return mine[0] && copy(mine[0]);
    },
    async totals(userKey, range) {
      return sumEntries(active((e) => e.userKey === userKey && inRange(e, range)));
    },
    async trainingNotes(userKey) {
      return active((e) => e.userKey === userKey && e.kind === "training" && e.note !== undefined).map((e) => e.note!);
    },
    async firstDate(userKey, kind) {
      return active((e) => e.userKey === userKey && e.kind === kind)[0]?.date;
    },
    async list(userKey, range) {
      return active((e) => e.userKey === userKey && inRange(e, range)).map(copy);
    },
    async pendingFor(supervisorKey) {
      return active((e) => e.supervisorKey === supervisorKey && e.confirmation === "pending").map(copy);
    },
    async partners() {
      return [...new Set([...entries.values()].map((e) => e.userKey))].sort();
    },
    async superviseesOf(supervisorKey) {
      return [...new Set(active((e) => e.supervisorKey === supervisorKey).map((e) => e.userKey))].sort();
    },
    async history(entryId) {
      return changes.filter((c) => c.entryId === entryId).map(copy);
    },
  };
}
