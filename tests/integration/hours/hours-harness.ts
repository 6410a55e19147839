import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type Database from "better-sqlite3";
import { actorOf, type Platform } from "../../../src/core/commands/actor.js";
import { createCommandDispatcher, type CommandDispatcher } from "../../../src/core/commands/command-dispatcher.js";
import type { CommandOutcome } from "../../../src/core/commands/command-outcome.js";
import { createHoursCommand } from "../../../src/core/commands/hours-command.js";
import { createLogHoursCommand } from "../../../src/core/commands/log-hours-command.js";
import { createProfileCommand } from "../../../src/core/commands/profile-command.js";
import { createCredentialCatalog } from "../../../src/core/hours/credential-catalog.js";
import type { HoursServices } from "../../../src/core/hours/hours-services.js";
import { silentLogger } from "../../../src/core/logger.js";
import { credentialsDirectory } from "../../../src/credential-files/credentials-directory.js";
import { loadCredentialRuleSets } from "../../../src/credential-files/load-credential-rule-sets.js";
import { openDatabase } from "../../../src/storage/open-database.js";
import { createSqliteHoursRepository } from "../../../src/storage/sqlite-hours-repository.js";
import { createSqliteProfileRepository } from "../../../src/storage/sqlite-profile-repository.js";

/** 2026-11-24, 10:00 in Denver. */
export const FIXED_NOW = new Date("2026-11-24T17:00:00Z");
export const TIME_ZONE = "America/Denver";
const catalog = createCredentialCatalog(loadCredentialRuleSets(credentialsDirectory()));

/** The hours commands over a real SQLite file, as main.ts wires them; `reopen` simulates a restart. */
export interface HoursHarness {
  path: string;
  db: Database.Database;
  services: HoursServices;
  dispatcher: CommandDispatcher;
  run(user: string, line: string, options?: { platform?: Platform; deliveryId?: string; admin?: boolean; now?: Date }): Promise<CommandOutcome>;
  reopen(): HoursHarness;
  close(): void;
}

export function createHoursHarness(path = join(mkdtempSync(join(tmpdir(), "porchlight-hours-")), "porchlight.db")): HoursHarness {
  const db = openDatabase(path);
  const services: HoursServices = {
    entries: createSqliteHoursRepository(db),
    profiles: createSqliteProfileRepository(db),
    credentials: catalog,
    timeZone: TIME_ZONE,
  };
  const dispatcher = createCommandDispatcher(
    [createLogHoursCommand(services), createHoursCommand(services), createProfileCommand(services)],
    silentLogger,
  );
  return {
    path,
    db,
    services,
    dispatcher,
    run(user, line, options = {}) {
      return dispatcher.dispatchLine(line, {
        actor: actorOf(options.platform ?? "console", user),
        isAdmin: options.admin ?? false,
        now: options.now ?? FIXED_NOW,
        ...(options.deliveryId ? { deliveryId: options.deliveryId } : {}),
      });
    },
    reopen() {
      db.close();
      return createHoursHarness(path);
    },
    close() {
      if (db.open) db.close();
    },
  };
}

export function removeHarnessFile(h: HoursHarness): void {
  h.close();
  rmSync(join(h.path, ".."), { recursive: true, force: true });
}
