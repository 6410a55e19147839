import { occurrenceId } from "./reminder-ledger.js";
import type { PlannedPost } from "./planned-post.js";

export interface DuePlan {
  /** Due and undecided, oldest first; `late` when past the on-time slack but inside the grace window. */
  post: { post: PlannedPost; late: boolean }[];
  /** Undecided but older than the grace window: recorded, never posted. */
  skip: PlannedPost[];
}

/** A tick runs each minute, so a post within two minutes of its time is on time. */
export const ON_TIME_MS = 2 * 60_000;

/** Decides, from the clock alone, what to post now and what is too old to post. */
export function planDue(posts: PlannedPost[], decided: Set<string>, now: Date, graceMs: number): DuePlan {
  const plan: DuePlan = { post: [], skip: [] };
  const due = posts
    .filter((p) => p.scheduledAt.getTime() <= now.getTime() && !decided.has(occurrenceId(p.reminderKey, p.scheduledAt)))
    .sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime());
  for (const post of due) {
    const overdue = now.getTime() - post.scheduledAt.getTime();
    if (overdue > Math.max(graceMs, ON_TIME_MS)) plan.skip.push(post);
    else plan.post.push({ post, late: overdue > ON_TIME_MS });
  }
  return plan;
}
