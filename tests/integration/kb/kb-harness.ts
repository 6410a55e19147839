import { loadCommandSpecs } from "../../../src/command-files/load-command-specs.js";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type Database from "better-sqlite3";
import { actorOf, type Platform } from "../../../src/core/commands/actor.js";
import { createAskCommand } from "../../../src/core/commands/ask-command.js";
import { createCommandDispatcher } from "../../../src/core/commands/command-dispatcher.js";
import type { CommandOutcome } from "../../../src/core/commands/command-outcome.js";
import { createKbCommand } from "../../../src/core/commands/kb-command.js";
import type { KnowledgeFeedbackServices } from "../../../src/core/feedback/knowledge-feedback-services.js";
import type { KnowledgeBase } from "../../../src/core/knowledge/knowledge-base.js";
import { silentLogger } from "../../../src/core/logger.js";
import { openDatabase } from "../../../src/storage/open-database.js";
import { createSqliteKnowledgeFeedbackRepository } from "../../../src/storage/sqlite-knowledge-feedback-repository.js";
import { inPlatformSyntax } from "../../support/platform-syntax.js";

/** /ask and /kb over a real SQLite file and the real knowledge base, as main.ts wires them. */
export interface KbHarness {
  db: Database.Database;
  run(user: string, line: string, options?: { platform?: Platform; deliveryId?: string; admin?: boolean; now?: Date }): Promise<CommandOutcome>;
  close(): void;
}

export function createKbHarness(knowledge: KnowledgeBase, questionsChannel: string | null = "console:#questions"): KbHarness {
  const dir = mkdtempSync(join(tmpdir(), "porchlight-kb-"));
  const db = openDatabase(join(dir, "porchlight.db"));
  const services: KnowledgeFeedbackServices = {
    knowledge,
    feedback: createSqliteKnowledgeFeedbackRepository(db),
    timeZone: "America/Denver",
    ...(questionsChannel ? { questionsChannel } : {}),
  };
  const dispatcher = createCommandDispatcher(
    [createAskCommand({ knowledge, stateOf: async () => "MT", logger: silentLogger, feedback: services, specs: loadCommandSpecs() }), createKbCommand(services)],
    silentLogger,
  );
  return {
    db,
    run(user, line, options = {}) {
      const platform = options.platform ?? "console";
      return inPlatformSyntax(platform, line, (read) => dispatcher.dispatchLine(read, {
        actor: actorOf(platform, user),
        isAdmin: options.admin ?? false,
        now: options.now ?? new Date("2026-11-24T17:00:00Z"),
        ...(options.deliveryId ? { deliveryId: options.deliveryId } : {}),
      }));
    },
    close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
