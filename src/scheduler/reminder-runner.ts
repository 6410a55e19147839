import type { Delivery } from "../core/commands/command-outcome.js";
import type { Logger } from "../core/logger.js";
import type { Messenger } from "../core/messenger.js";
import { formatInZone } from "../core/reminders/format-instant.js";
import { ON_TIME_MS, planDue } from "../core/reminders/plan-due.js";
import type { PlannedPost } from "../core/reminders/planned-post.js";
import { type LedgerEntry, occurrenceId, type ReminderLedger } from "../core/reminders/reminder-ledger.js";
import type { ReminderPlanner } from "../core/reminders/reminder-planner.js";
import { deliverWithRetry, type RetryPolicy } from "./deliver-with-retry.js";

export interface ReminderRunnerDeps {
  planner: ReminderPlanner;
  ledger: ReminderLedger;
  messenger: Messenger;
  /** userKeys told when a post fails for good or old occurrences are skipped. */
  admins: string[];
  graceMs: number;
  retry: RetryPolicy;
  now: () => Date;
  logger: Logger;
  /** This replica's name on its claims (see SchedulerLeadership.id); one process on its own may leave it out. */
  claimant?: string;
  /**
   * How old another replica's unfinished claim must be before this one takes it over: 0 when leadership is exclusive
   * (whoever held it has lost its lock, so it is gone); otherwise longer than any pass with all its retries takes.
   */
  abandonedClaimAfterMs?: number;
}

export interface RunSummary {
  posted: number;
  late: number;
  failed: number;
  skipped: number;
  /** Occurrences another tick or process claimed first. */
  lostClaims: number;
  /** Claims left without an outcome by a replica that stopped mid-post, and posted by this one inside the grace window. */
  retried: number;
  /** Such claims found too late (or for a reminder since removed): reported to admins, never posted. */
  interrupted: number;
}

/** Longer than any pass with all its retries takes, so only a claim whose process died is older. */
export const INTERRUPTED_CLAIM_MS = 15 * 60_000;

export interface ReminderRunner {
  /** Decides everything due up to now: posts what is inside the grace window, records what is older. */
  runDue(): Promise<RunSummary>;
}

export function createReminderRunner(deps: ReminderRunnerDeps): ReminderRunner {
  const { ledger, logger } = deps;
  const claimant = deps.claimant ?? "scheduler:local";
  const abandonedClaimAfterMs = deps.abandonedClaimAfterMs ?? INTERRUPTED_CLAIM_MS;

  async function tellAdmins(text: string): Promise<void> {
    for (const userKey of deps.admins) {
      try {
        await deps.messenger.deliver({ to: { kind: "user", userKey }, reply: { kind: "message", text, ephemeral: true } });
      } catch (err) {
        logger.error("reminders.admin-report-failed", { admin: userKey, error: (err as Error)?.name });
      }
    }
  }

  async function post(planned: PlannedPost, late: boolean, summary: RunSummary): Promise<void> {
    const { reminderKey, scheduledAt } = planned;
    if (!(await ledger.claim(reminderKey, scheduledAt, deps.now(), late, claimant))) {
      summary.lostClaims++;
      return;
    }
    await deliverClaimed(planned, late, summary);
  }

  async function deliverClaimed(planned: PlannedPost, late: boolean, summary: RunSummary): Promise<void> {
    const { reminderKey, scheduledAt } = planned;
    const result = await deliverWithRetry(deps.messenger, late ? markedLate(planned) : planned.delivery, deps.retry);
    await ledger.finish(reminderKey, scheduledAt, { status: result.ok ? "posted" : "failed", attempts: result.attempts, at: deps.now(), ...(result.ok ? {} : { errorCode: result.errorCode }) });
    const fields = { reminder: reminderKey, scheduledAt: scheduledAt.toISOString(), attempts: result.attempts, late };
    if (result.ok) {
      summary.posted++;
      if (late) summary.late++;
      logger.info("reminders.posted", fields);
      return;
    }
    summary.failed++;
    logger.error("reminders.post-failed", { ...fields, error: result.errorCode });
    await tellAdmins(
      `A reminder could not be posted: ${reminderKey} to ${targetOf(planned.delivery)}, due ${formatInZone(scheduledAt, planned.zone)}. ` +
        `It failed after ${result.attempts} ${result.attempts === 1 ? "try" : "tries"} (last error: ${result.errorCode}) and will not be retried. Check the bot's access to that channel.`,
    );
  }

  // A replica that stopped between claim and outcome left its claims open: post them now if still inside the grace
  // window (at most one post can be doubled: one that went out in the instant before its replica died), else report.
  async function finishAbandonedClaims(now: Date, summary: RunSummary): Promise<void> {
    const orphans = await ledger.takeOverUnfinished(claimant, new Date(now.getTime() - abandonedClaimAfterMs), now);
    if (orphans.length === 0) return;
    const planned = await deps.planner.posts(orphans[0]!.scheduledAt, new Date(orphans.at(-1)!.scheduledAt.getTime() + 1), { personal: true, now });
    const reported: LedgerEntry[] = [];
    for (const orphan of orphans) {
      const overdue = now.getTime() - orphan.scheduledAt.getTime();
      const post = planned.find((p) => occurrenceId(p.reminderKey, p.scheduledAt) === occurrenceId(orphan.reminderKey, orphan.scheduledAt));
      if (post && overdue <= Math.max(deps.graceMs, ON_TIME_MS)) {
        summary.retried++;
        await deliverClaimed(post, overdue > ON_TIME_MS, summary);
        continue;
      }
      await ledger.finish(orphan.reminderKey, orphan.scheduledAt, { status: "failed", attempts: orphan.attempts, errorCode: "interrupted", at: now });
      reported.push(orphan);
    }
    summary.interrupted = reported.length;
    if (reported.length === 0) return;
    logger.warn("reminders.interrupted", { count: reported.length });
    const which = reported.map((e) => `${e.reminderKey} due ${e.scheduledAt.toISOString()}`).join("; ");
    await tellAdmins(`Porchlight stopped while posting, and it is now too late to post these (they will not be sent again): ${which}. Please check the channel.`);
  }

  return {
    async runDue() {
      const now = deps.now();
      const from = (await ledger.checkpoint()) ?? new Date(now.getTime() - deps.graceMs);
      const until = new Date(now.getTime() + 1);
      const plan = planDue(await deps.planner.posts(from, until, { personal: true, now }), await ledger.decidedSince(from), now, deps.graceMs);
      const summary: RunSummary = { posted: 0, late: 0, failed: 0, skipped: 0, lostClaims: 0, retried: 0, interrupted: 0 };
      await finishAbandonedClaims(now, summary);
      for (const old of plan.skip) {
        if (await ledger.recordSkipped(old.reminderKey, old.scheduledAt, now)) summary.skipped++;
      }
      if (summary.skipped > 0) {
        logger.warn("reminders.skipped", { count: summary.skipped });
        await tellAdmins(`${summary.skipped} reminder post(s) were skipped: they were due more than ${deps.graceMs / 3_600_000} hours ago, while Porchlight was not running.`);
      }
      for (const { post: planned, late } of plan.post) await post(planned, late, summary);
      await ledger.advanceCheckpoint(now);
      return summary;
    },
  };
}

function markedLate(planned: PlannedPost): Delivery {
  const note = `(Late: this was due ${formatInZone(planned.scheduledAt, planned.zone)}.)`;
  return { ...planned.delivery, reply: { ...planned.delivery.reply, text: `${planned.delivery.reply.text}\n${note}` } };
}

function targetOf(delivery: Delivery): string {
  return delivery.to.kind === "user" ? delivery.to.userKey : delivery.to.channelKey;
}
