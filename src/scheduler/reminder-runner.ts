import type { Delivery } from "../core/commands/command-outcome.js";
import type { Logger } from "../core/logger.js";
import type { Messenger } from "../core/messenger.js";
import { formatInZone } from "../core/reminders/format-instant.js";
import { planDue } from "../core/reminders/plan-due.js";
import type { PlannedPost } from "../core/reminders/planned-post.js";
import type { ReminderLedger } from "../core/reminders/reminder-ledger.js";
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
}

export interface RunSummary {
  posted: number;
  late: number;
  failed: number;
  skipped: number;
  /** Occurrences another tick or process claimed first. */
  lostClaims: number;
  /** Claims left without an outcome by a process that stopped mid-post. */
  interrupted: number;
}

/** Longer than any pass with all its retries takes, so only a claim whose process died is older. */
const INTERRUPTED_CLAIM_MS = 15 * 60_000;

export interface ReminderRunner {
  /** Decides everything due up to now: posts what is inside the grace window, records what is older. */
  runDue(): Promise<RunSummary>;
}

export function createReminderRunner(deps: ReminderRunnerDeps): ReminderRunner {
  const { ledger, logger } = deps;

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
    if (!(await ledger.claim(reminderKey, scheduledAt, deps.now(), late))) {
      summary.lostClaims++;
      return;
    }
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

  return {
    async runDue() {
      const now = deps.now();
      const from = (await ledger.checkpoint()) ?? new Date(now.getTime() - deps.graceMs);
      const until = new Date(now.getTime() + 1);
      const plan = planDue(await deps.planner.posts(from, until, { personal: true, now }), await ledger.decidedSince(from), now, deps.graceMs);
      const summary: RunSummary = { posted: 0, late: 0, failed: 0, skipped: 0, lostClaims: 0, interrupted: 0 };
      const interrupted = await ledger.closeInterruptedClaims(new Date(now.getTime() - INTERRUPTED_CLAIM_MS), now);
      summary.interrupted = interrupted.length;
      if (interrupted.length > 0) {
        logger.warn("reminders.interrupted", { count: interrupted.length });
        const which = interrupted.map((e) => `${e.reminderKey} due ${e.scheduledAt.toISOString()}`).join("; ");
        await tellAdmins(`Porchlight stopped while posting, so these may or may not have gone out (they will not be sent again): ${which}. Please check the channel.`);
      }
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
