import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { createConsoleAdapter } from "./adapters/console/console-adapter.js";
import { ConfigError, loadConfig } from "./config/config.js";
import { createAskCommand } from "./core/commands/ask-command.js";
import { createCommandDispatcher } from "./core/commands/command-dispatcher.js";
import type { Jurisdiction } from "./core/knowledge/knowledge-entry.js";
import { knowledgeSnapshotDirectory } from "./knowledge-files/knowledge-directory.js";
import { KnowledgeFileError } from "./knowledge-files/parse-knowledge-file.js";
import { createJsonLogger } from "./logging/json-logger.js";
import { loadKnowledgeBase } from "./search/load-knowledge-base.js";
import { openDatabase } from "./storage/open-database.js";
import { createHoursCommand } from "./core/commands/hours-command.js";
import { createLogHoursCommand } from "./core/commands/log-hours-command.js";
import { createProfileCommand } from "./core/commands/profile-command.js";
import { createCredentialCatalog } from "./core/hours/credential-catalog.js";
import type { HoursServices } from "./core/hours/hours-services.js";
import { CredentialFileError, loadCredentialRuleSets } from "./credential-files/load-credential-rule-sets.js";
import { credentialsDirectory } from "./credential-files/credentials-directory.js";
import { createSqliteHoursRepository } from "./storage/sqlite-hours-repository.js";
import { createSqliteProfileRepository } from "./storage/sqlite-profile-repository.js";
import { createRoutingMessenger } from "./adapters/routing-messenger.js";
import { createRemindersCommand } from "./core/commands/reminders-command.js";
import { createHoursPartnerStatusSource } from "./core/reminders/hours-partner-status-source.js";
import { createReminderPlanner } from "./core/reminders/reminder-planner.js";
import { defaultRetryPolicy } from "./scheduler/deliver-with-retry.js";
import { createReminderRunner } from "./scheduler/reminder-runner.js";
import { startReminderScheduler } from "./scheduler/start-reminder-scheduler.js";
import { createSqliteChannelReminderRepository } from "./storage/sqlite-channel-reminder-repository.js";
import { createSqliteReminderLedger } from "./storage/sqlite-reminder-ledger.js";
import { createSqliteReminderOptIns } from "./storage/sqlite-reminder-opt-ins.js";
import { createChatPlatforms } from "./chat-platforms.js";
import { loadCommandSpecs } from "./command-files/load-command-specs.js";
import { stopOnSignals } from "./stop-on-signals.js";
import { createAnnounceCommand } from "./core/commands/announce-command.js";
import type { Messenger } from "./core/messenger.js";
import { createAnnouncementPoster } from "./scheduler/announcement-poster.js";
import { createSqliteAnnouncementRepository } from "./storage/sqlite-announcement-repository.js";

// Composition root: read config, build services, start the adapters. Nothing else wires dependencies.
async function start(): Promise<void> {
  const { values: flags } = parseArgs({
    options: {
      json: { type: "boolean", default: false },
      user: { type: "string", default: "me" },
    },
  });
  const config = loadConfig();
  const logger = createJsonLogger(config.LOG_LEVEL);
  const db = openDatabase(config.DATABASE_PATH, { synchronous: config.SQLITE_SYNCHRONOUS });
  const knowledge = loadKnowledgeBase({ snapshotDirectory: knowledgeSnapshotDirectory() });
  const now = () => new Date();
  const admins = new Set(config.ADMINS);
  const networkState: Jurisdiction | undefined = config.NETWORK_STATE;

  const hours: HoursServices = {
    entries: createSqliteHoursRepository(db),
    profiles: createSqliteProfileRepository(db),
    credentials: createCredentialCatalog(loadCredentialRuleSets(credentialsDirectory())),
    timeZone: config.NETWORK_TIME_ZONE,
  };

  const reminderStores = { reminders: createSqliteChannelReminderRepository(db), optIns: createSqliteReminderOptIns(db) };
  const reminderPlanner = createReminderPlanner({
    ...reminderStores,
    partners: createHoursPartnerStatusSource(hours),
    networkZone: config.NETWORK_TIME_ZONE,
  });

  // Slack and/or Discord when their tokens are set; the console otherwise.
  const platforms = await createChatPlatforms(config, loadCommandSpecs());
  const adapterNames = platforms.names.length > 0 ? platforms.names : ["console"];
  // Posts and reports go out through each platform's messenger; on the console they are printed (the console is made below).
  const consoleMessenger: Messenger = { deliver: async (delivery) => console.deliver(delivery) };
  const messenger = createRoutingMessenger({ console: consoleMessenger, ...platforms.messengers });
  const ledger = createSqliteReminderLedger(db);
  const announcementPoster = createAnnouncementPoster({ ledger, messenger, retry: defaultRetryPolicy, admins: config.ADMINS, now, logger, answerWithinMs: 1_500 });

  const dispatcher = createCommandDispatcher(
    [
      createAskCommand({ knowledge, stateOf: async (key) => (await hours.profiles.get(key))?.state ?? networkState, logger }),
      createLogHoursCommand(hours),
      createHoursCommand(hours),
      createProfileCommand(hours),
      createRemindersCommand({ ...reminderStores, planner: reminderPlanner, networkZone: config.NETWORK_TIME_ZONE }),
      createAnnounceCommand({ announcements: createSqliteAnnouncementRepository(db), poster: announcementPoster, channelNames: config.CHANNELS }),
    ],
    logger,
  );

  const console = createConsoleAdapter({
    dispatcher,
    input: process.stdin,
    output: process.stdout,
    user: flags.user,
    json: flags.json,
    interactive: Boolean(process.stdin.isTTY),
    isAdmin: (key) => admins.has(key),
    now,
    exportDirectory: resolve(config.DATABASE_PATH, "..", "exports"),
  });
  const reminders = startReminderScheduler({
    runner: createReminderRunner({
      planner: reminderPlanner,
      ledger,
      messenger,
      admins: config.ADMINS,
      graceMs: config.REMINDER_GRACE_HOURS * 3_600_000,
      retry: defaultRetryPolicy,
      now,
      logger,
    }),
    logger,
  });
  // Stop taking commands first, then the scheduler, then close the database: nothing is cut off mid-write.
  const stop = async () => {
    await platforms.stop();
    await reminders.stop();
    await announcementPoster.settled();
    db.close();
  };
  stopOnSignals(stop, logger);
  const started = platforms.names.length > 0 ? platforms.start({ dispatcher, messenger, isAdmin: (key) => admins.has(key), now, logger }) : Promise.resolve();
  void started.then(
    () => {
      logger.info("ready", { adapters: adapterNames, entries: knowledge.entries().length, readyMs: Math.round(performance.now()) });
      if (platforms.names.length === 0) void console.run().then(stop);
    },
    async (err: unknown) => {
      logger.error("start.failed", { adapters: adapterNames, error: err instanceof Error ? err.message : String(err) });
      await stop();
      process.exitCode = 1;
    },
  );
}

start().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof KnowledgeFileError || err instanceof CredentialFileError) {
    console.error(err.message);
  } else {
    console.error("Porchlight could not start:", err);
  }
  process.exit(1);
});
