import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type Database from "better-sqlite3";
import { actorOf, type Platform } from "../../../src/core/commands/actor.js";
import type { CommandDispatcher } from "../../../src/core/commands/command-dispatcher.js";
import type { CommandOutcome } from "../../../src/core/commands/command-outcome.js";
import { parseConfig } from "../../../src/config/config.js";
import { createServices } from "../../../src/services/create-services.js";
import { openSqliteStores } from "../../../src/storage/open-sqlite-stores.js";
import type { HoursServices } from "../../../src/core/hours/hours-services.js";
import { inPlatformSyntax } from "../../support/platform-syntax.js";

/** 2026-11-24, 10:00 in Denver. */
export const FIXED_NOW = new Date("2026-11-24T17:00:00Z");
export const TIME_ZONE = "America/Denver";

/** Every command over a real SQLite file, wired by the createServices() main.ts uses; `reopen` simulates a restart. */
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
  const stores = openSqliteStores(path);
  const all = createServices(parseConfig({ DATABASE_PATH: path, NETWORK_TIME_ZONE: TIME_ZONE }), { stores });
  const { hours: services, dispatcher } = all;
  const { db } = stores;
  return {
    path,
    db,
    services,
    dispatcher,
    run(user, line, options = {}) {
      const platform = options.platform ?? "console";
      return inPlatformSyntax(platform, line, (read) => dispatcher.dispatchLine(read, {
        actor: actorOf(platform, user),
        isAdmin: options.admin ?? false,
        now: options.now ?? FIXED_NOW,
        ...(options.deliveryId ? { deliveryId: options.deliveryId } : {}),
      }));
    },
    reopen() {
      db.close();
      return createHoursHarness(path);
    },
    close() {
      all.close();
    },
  };
}

export function removeHarnessFile(h: HoursHarness): void {
  h.close();
  rmSync(join(h.path, ".."), { recursive: true, force: true });
}
