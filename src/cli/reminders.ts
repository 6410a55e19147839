import { ConfigError, loadConfig } from "../config/config.js";
import { createCredentialCatalog } from "../core/hours/credential-catalog.js";
import { createHoursPartnerStatusSource } from "../core/reminders/hours-partner-status-source.js";
import { createReminderPlanner } from "../core/reminders/reminder-planner.js";
import { credentialsDirectory } from "../credential-files/credentials-directory.js";
import { loadCredentialRuleSets } from "../credential-files/load-credential-rule-sets.js";
import { openDatabase } from "../storage/open-database.js";
import { createSqliteChannelReminderRepository } from "../storage/sqlite-channel-reminder-repository.js";
import { createSqliteHoursRepository } from "../storage/sqlite-hours-repository.js";
import { createSqliteProfileRepository } from "../storage/sqlite-profile-repository.js";
import { createSqliteReminderOptIns } from "../storage/sqlite-reminder-opt-ins.js";
import { runRemindersCli } from "./run-reminders-cli.js";

// `npm run reminders -- preview --from DATE --to DATE [--json]`: the same configuration and database main uses.
try {
  const config = loadConfig();
  const db = openDatabase(config.DATABASE_PATH, { synchronous: config.SQLITE_SYNCHRONOUS });
  const partners = createHoursPartnerStatusSource({
    entries: createSqliteHoursRepository(db),
    profiles: createSqliteProfileRepository(db),
    credentials: createCredentialCatalog(loadCredentialRuleSets(credentialsDirectory())),
    timeZone: config.NETWORK_TIME_ZONE,
  });
  const planner = createReminderPlanner({
    reminders: createSqliteChannelReminderRepository(db),
    optIns: createSqliteReminderOptIns(db),
    partners,
    networkZone: config.NETWORK_TIME_ZONE,
  });
  const code = await runRemindersCli(process.argv.slice(2), {
    planner,
    networkZone: config.NETWORK_TIME_ZONE,
    now: new Date(),
    write: (line) => process.stdout.write(`${line}\n`),
  });
  db.close();
  process.exitCode = code;
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(err.message);
  process.exitCode = 1;
}
