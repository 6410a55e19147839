import { ConfigError, loadConfig } from "../config/config.js";
import { createServices } from "../services/create-services.js";
import { runRemindersCli } from "./run-reminders-cli.js";

// `npm run reminders -- preview --from DATE --to DATE [--json]`: the same configuration, database and services main uses.
try {
  const config = loadConfig();
  const services = createServices(config);
  try {
    process.exitCode = await runRemindersCli(process.argv.slice(2), {
      planner: services.planner,
      networkZone: config.NETWORK_TIME_ZONE,
      now: services.now(),
      write: (line) => process.stdout.write(`${line}\n`),
    });
  } finally {
    services.close();
  }
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(err.message);
  process.exitCode = 1;
}
