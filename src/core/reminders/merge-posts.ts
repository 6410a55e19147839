import type { PlannedPost } from "./planned-post.js";

/** The order every post list is shown and claimed in: by time, then by reminder. */
export function comparePosts(a: PlannedPost, b: PlannedPost): number {
  return a.scheduledAt.getTime() - b.scheduledAt.getTime() || a.reminderKey.localeCompare(b.reminderKey);
}

/**
 * Merges time-ordered streams into one, pulling from each only as far as asked: the first forty posts
 * of a hundred reminders cost forty steps, not every post of every reminder.
 */
export function* mergePosts(streams: Iterable<PlannedPost>[]): Generator<PlannedPost> {
  const iterators = streams.map((s) => s[Symbol.iterator]());
  const heads = iterators.map((it) => it.next());
  for (;;) {
    let pick = -1;
    for (let i = 0; i < heads.length; i++) {
      const head = heads[i]!;
      if (!head.done && (pick < 0 || comparePosts(head.value, (heads[pick] as IteratorYieldResult<PlannedPost>).value) < 0)) pick = i;
    }
    if (pick < 0) return;
    yield (heads[pick] as IteratorYieldResult<PlannedPost>).value;
    heads[pick] = iterators[pick]!.next();
  }
}
