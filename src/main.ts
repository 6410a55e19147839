import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { PLATFORM_REGISTRATIONS } from "./adapters/platform-registrations.js";
import { createChatAdapters } from "./chat-adapters.js";
import { loadCommandSpecs } from "./command-files/load-command-specs.js";
import { ConfigError, loadConfig } from "./config/config.js";
import { DatabaseFileError } from "./storage/database-file-error.js";
import { CredentialFileError } from "./credential-files/load-credential-rule-sets.js";
import { KnowledgeFileError } from "./knowledge-files/parse-knowledge-file.js";
import { chooseLogger } from "./logging/choose-logger.js";
import { defaultRetryPolicy } from "./scheduler/deliver-with-retry.js";
import { createReminderRunner } from "./scheduler/reminder-runner.js";
import { startReminderScheduler } from "./scheduler/start-reminder-scheduler.js";
import { createServices } from "./services/create-services.js";
import { openStores } from "./storage/open-stores.js";
import { PostgresStartError } from "./storage/postgres/postgres-start-error.js";
import { INTERRUPTED_CLAIM_MS } from "./scheduler/reminder-runner.js";
import { stopOnSignals } from "./stop-on-signals.js";
import { warmUpCrisisModel } from "./core/safety/crisis-model.js";
import { warmUpDomainModel } from "./core/knowledge/domain-model.js";
import { warmUpLemmatizer } from "./core/safety/lemmatize.js";

// Composition root: read config, build services, start the adapters. Nothing else wires dependencies.
async function start(): Promise<void> {
  const { values: flags } = parseArgs({
    options: {
      json: { type: "boolean", default: false },
      user: { type: "string", default: "me" },
    },
  });
  const config = loadConfig();
  // The console chat takes requests when no platform is configured; at a terminal its screen is the conversation.
  const consoleChat = !PLATFORM_REGISTRATIONS.some((registration) => registration.enabled(config));
  const interactive = Boolean(process.stdin.isTTY);
  const { logger, notice } = chooseLogger({
    level: config.LOG_LEVEL,
    consoleAtTerminal: consoleChat && interactive && Boolean(process.stderr.isTTY),
    databasePath: config.DATABASE_PATH,
  });
  if (notice) process.stderr.write(`${notice}\n`);
  // SQLite by default; PostgreSQL (connected and migrated here, so a bad DATABASE_URL stops start-up) when it is set.
  const stores = await openStores(config, logger);
  const services = createServices(config, { logger, knowledgeSnapshot: true, stores });
  // Loaded now, so a bad knowledge file stops start-up with its own message (rule sets load with the dispatcher).
  const entries = services.knowledge.entries().length;

  // Slack and/or Discord when their tokens are set; the console otherwise.
  const adapters = await createChatAdapters(config, services, {
    registrations: PLATFORM_REGISTRATIONS,
    specs: loadCommandSpecs(),
    console: {
      input: process.stdin,
      output: process.stdout,
      user: flags.user,
      json: flags.json,
      interactive,
      exportDirectory: resolve(config.DATABASE_PATH, "..", "exports"),
    },
  });
  // Reminder posts and admin reports go out through each platform's adapter; console keys are printed.
  const reminders = startReminderScheduler({
    runner: createReminderRunner({
      planner: services.planner,
      ledger: services.stores.ledger,
      messenger: adapters.messenger,
      admins: config.ADMINS,
      graceMs: config.REMINDER_GRACE_HOURS * 3_600_000,
      retry: defaultRetryPolicy,
      now: services.now,
      logger,
      claimant: stores.leadership.id,
      abandonedClaimAfterMs: stores.leadership.exclusive ? 0 : INTERRUPTED_CLAIM_MS,
    }),
    logger,
    leadership: stores.leadership,
  });
  services.onMeetingAdded(() => void reminders.runNow());
  // Stop taking commands first, then the scheduler and announcements still retrying, then close the database: nothing is cut off mid-write.
  const stop = async () => {
    await adapters.stop();
    await reminders.stop();
    await services.announcements.settled();
    await stores.close();
  };
  stopOnSignals(stop, logger);
  void adapters.start().then(
    () => {
      logger.info("ready", { adapters: adapters.names, entries, readyMs: Math.round(performance.now()) });
      // The lemmatiser's model takes ~350 ms of CPU to read and the crisis and domain models' tables ~30 ms each: read
      // them now, while the bot waits for its first message.
      setImmediate(() => {
        warmUpLemmatizer();
        warmUpCrisisModel();
        warmUpDomainModel();
      });
      if (adapters.names.includes("console")) void adapters.console.ended().then(stop);
    },
    async (err: unknown) => {
      logger.error("start.failed", { adapters: adapters.names, error: err instanceof Error ? err.message : String(err) });
      await stop();
      process.exitCode = 1;
    },
  );
}

start().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof KnowledgeFileError || err instanceof CredentialFileError || err instanceof DatabaseFileError || err instanceof PostgresStartError) {
    console.error(err.message);
  } else {
    console.error("Porchlight could not start:", err);
  }
  process.exit(1);
});
