import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { createConsoleAdapter } from "./adapters/console/console-adapter.js";
import { ConfigError, loadConfig } from "./config/config.js";
import { createAskCommand } from "./core/commands/ask-command.js";
import { createCommandDispatcher } from "./core/commands/command-dispatcher.js";
import type { Jurisdiction } from "./core/knowledge/knowledge-entry.js";
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

// Composition root: read config, build services, start the adapters. Nothing else wires dependencies.
function start(): void {
  const { values: flags } = parseArgs({
    options: {
      json: { type: "boolean", default: false },
      user: { type: "string", default: "me" },
    },
  });
  const config = loadConfig();
  const logger = createJsonLogger(config.LOG_LEVEL);
  const db = openDatabase(config.DATABASE_PATH, { synchronous: config.SQLITE_SYNCHRONOUS });
  const knowledge = loadKnowledgeBase();
  const now = () => new Date();
  const admins = new Set(config.ADMINS);
  const networkState: Jurisdiction | undefined = config.NETWORK_STATE;

  const hours: HoursServices = {
    entries: createSqliteHoursRepository(db),
    profiles: createSqliteProfileRepository(db),
    credentials: createCredentialCatalog(loadCredentialRuleSets(credentialsDirectory())),
    timeZone: config.NETWORK_TIME_ZONE,
  };

  const dispatcher = createCommandDispatcher(
    [
      createAskCommand({ knowledge, stateOf: () => networkState, logger }),
      createLogHoursCommand(hours),
      createHoursCommand(hours),
      createProfileCommand(hours),
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
  logger.info("ready", { adapters: ["console"], entries: knowledge.entries().length, readyMs: Math.round(performance.now()) });
  void console.run().then(() => db.close());
}

try {
  start();
} catch (err) {
  if (err instanceof ConfigError || err instanceof KnowledgeFileError || err instanceof CredentialFileError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
