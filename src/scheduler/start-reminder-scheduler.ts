import cron from "node-cron";
import type { Logger } from "../core/logger.js";
import { nodeCronLogger } from "./node-cron-logger.js";
import { soleLeadership, type SchedulerLeadership } from "../core/reminders/scheduler-leadership.js";
import type { ReminderRunner, RunSummary } from "./reminder-runner.js";

export interface ReminderSchedulerOptions {
  runner: ReminderRunner;
  logger: Logger;
  /** Only the leader runs passes; the others ask again at every tick and take over when the leader is gone. */
  leadership?: SchedulerLeadership;
  /** Every minute; tests pass a six-field (seconds) expression to tick faster. */
  expression?: string;
  /** Called after every pass, catch-up included: lets a test wait for ticks instead of sleeping. */
  onPass?: (summary: RunSummary) => void;
}

export interface ReminderScheduler {
  /** The catch-up pass run at start, for whatever was missed while Porchlight was down. */
  caughtUp: Promise<RunSummary | undefined>;
  /** A pass now, outside the minute's tick (or the one already running): a new meeting's post need not wait. */
  runNow(): Promise<RunSummary | undefined>;
  stop(): Promise<void>;
}

/**
 * node-cron only says "a minute has passed"; what is due, and whether it was already posted, is the
 * runner's (and the ledger's) to decide, so a missed or doubled tick changes nothing.
 */
export function startReminderScheduler(options: ReminderSchedulerOptions): ReminderScheduler {
  const { runner, logger } = options;
  const leadership = options.leadership ?? soleLeadership("scheduler:local");
  let running: Promise<RunSummary | undefined> | undefined;

  function pass(): Promise<RunSummary | undefined> {
    // A pass with slow retries can outlast a minute; the next tick waits its turn rather than overlapping.
    if (running) return running;
    running = leadership
      .acquire()
      .then((leading) => (leading ? runner.runDue() : undefined))
      .then((summary) => {
        if (summary) options.onPass?.(summary);
        return summary;
      })
      .catch((err: unknown) => {
        logger.error("reminders.pass-failed", { error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
        return undefined;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  }

  const caughtUp = pass();
  const task = cron.schedule(options.expression ?? "* * * * *", () => void pass(), {
    name: "porchlight-reminders",
    noOverlap: true,
    logger: nodeCronLogger(logger),
  });
  return {
    caughtUp,
    runNow: pass,
    async stop() {
      await task.destroy();
      await running;
      await leadership.release();
    },
  };
}
