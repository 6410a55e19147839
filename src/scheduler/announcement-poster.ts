import type { AnnouncementPoster, ChannelOutcome } from "../core/announcements/announcement-poster.js";
import { announcementLedgerKey, type Announcement } from "../core/announcements/announcement.js";
import type { Logger } from "../core/logger.js";
import type { Messenger } from "../core/messenger.js";
import type { Reply } from "../core/reply.js";
import type { ReminderLedger } from "../core/reminders/reminder-ledger.js";
import { deliverWithRetry, type RetryPolicy } from "./deliver-with-retry.js";
import { tellUsers } from "./tell-users.js";

export interface AnnouncementPosterDeps {
  ledger: ReminderLedger;
  messenger: Messenger;
  retry: RetryPolicy;
  /** Told, with the announcer, when a channel fails for good. */
  admins: string[];
  now: () => Date;
  logger: Logger;
  /**
   * How long the command waits for the posts before replying. Slack wants its answer within 3 s, so a slow channel
   * goes on retrying after the reply instead of holding it.
   */
  answerWithinMs: number;
}

export interface RunningAnnouncementPoster extends AnnouncementPoster {
  /** Resolves when every post still retrying in the background has finished: awaited before the database closes. */
  settled(): Promise<void>;
}

/**
 * Claims each channel in the ledger before posting, as the scheduler does, so a redelivered /announce or a second
 * process never posts twice; failures are retried with the reminders' policy and reported to the admins.
 */
export function createAnnouncementPoster(deps: AnnouncementPosterDeps): RunningAnnouncementPoster {
  const inFlight = new Set<Promise<unknown>>();

  async function postOne(announcement: Announcement, channelKey: string, reply: Reply): Promise<ChannelOutcome> {
    const key = announcementLedgerKey(announcement.id, channelKey);
    if (!(await deps.ledger.claim(key, announcement.createdAt, deps.now(), false))) {
      const [entry] = await deps.ledger.entries(key);
      if (entry?.status === "posted") return { channelKey, status: "posted" };
      if (entry?.status === "failed") return { channelKey, status: "failed", reason: entry.errorCode ?? "unknown" };
      return { channelKey, status: "unknown" };
    }
    const delivered = deliverWithRetry(deps.messenger, { to: { kind: "channel", channelKey }, reply }, deps.retry).then(async (result) => {
      await deps.ledger.finish(key, announcement.createdAt, { status: result.ok ? "posted" : "failed", attempts: result.attempts, at: deps.now(), ...(result.ok ? {} : { errorCode: result.errorCode }) });
      if (result.ok) {
        deps.logger.info("announce.posted", { announcement: announcement.id, to: channelKey, attempts: result.attempts });
        return { channelKey, status: "posted" } as const;
      }
      deps.logger.error("announce.post-failed", { announcement: announcement.id, to: channelKey, attempts: result.attempts, error: result.errorCode });
      await tellUsers(
        deps.messenger,
        [...deps.admins, announcement.createdBy],
        `Announcement #${announcement.id} could not be posted to ${channelKey}: it failed after ${result.attempts} ${result.attempts === 1 ? "try" : "tries"} (last error: ${result.errorCode}) and will not be retried. Check the bot's access to that channel, then announce it there again.`,
        deps.logger,
      );
      return { channelKey, status: "failed", reason: result.errorCode } as const;
    }).catch((err: unknown): ChannelOutcome => {
      // The ledger could not be written (the database closed under us): the claim stays open and is reported as interrupted.
      deps.logger.error("announce.record-failed", { announcement: announcement.id, to: channelKey, error: err instanceof Error ? err.message : String(err) });
      return { channelKey, status: "unknown" };
    });
    inFlight.add(delivered);
    void delivered.finally(() => inFlight.delete(delivered));
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<ChannelOutcome>((resolve) => {
      timer = setTimeout(() => resolve({ channelKey, status: "retrying" }), deps.answerWithinMs);
    });
    try {
      return await Promise.race([delivered, waited]);
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    post: (announcement, reply) => Promise.all(announcement.channelKeys.map((key) => postOne(announcement, key, reply))),
    async settled() {
      await Promise.allSettled([...inFlight]);
    },
  };
}
