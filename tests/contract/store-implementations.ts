import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { KnowledgeFeedbackRepository } from "../../src/core/feedback/knowledge-feedback-repository.js";
import type { HoursRepository } from "../../src/core/hours/hours-repository.js";
import type { ProfileRepository } from "../../src/core/hours/profile-repository.js";
import type { ChannelReminderRepository } from "../../src/core/reminders/channel-reminder.js";
import type { ReminderOptIns } from "../../src/core/reminders/partner-status.js";
import type { ReminderLedger } from "../../src/core/reminders/reminder-ledger.js";
import { createMemoryChannelReminderRepository } from "../../src/storage/memory/memory-channel-reminder-repository.js";
import { createMemoryHoursRepository } from "../../src/storage/memory/memory-hours-repository.js";
import { createMemoryProfileRepository } from "../../src/storage/memory/memory-profile-repository.js";
import { createMemoryReminderLedger } from "../../src/storage/memory/memory-reminder-ledger.js";
import { createMemoryReminderOptIns } from "../../src/storage/memory/memory-reminder-opt-ins.js";
import { createMemoryKnowledgeFeedbackRepository } from "../../src/storage/memory/memory-knowledge-feedback-repository.js";
import { createSqliteKnowledgeFeedbackRepository } from "../../src/storage/sqlite-knowledge-feedback-repository.js";
import { openDatabase } from "../../src/storage/open-database.js";
import { createSqliteChannelReminderRepository } from "../../src/storage/sqlite-channel-reminder-repository.js";
import { createSqliteHoursRepository } from "../../src/storage/sqlite-hours-repository.js";
import { createSqliteProfileRepository } from "../../src/storage/sqlite-profile-repository.js";
import { createSqliteReminderLedger } from "../../src/storage/sqlite-reminder-ledger.js";
import { createSqliteReminderOptIns } from "../../src/storage/sqlite-reminder-opt-ins.js";
import { openPostgres } from "../../src/storage/postgres/open-postgres.js";
import { createPostgresChannelReminderRepository } from "../../src/storage/postgres/postgres-channel-reminder-repository.js";
import { createPostgresHoursRepository } from "../../src/storage/postgres/postgres-hours-repository.js";
import { createPostgresProfileRepository } from "../../src/storage/postgres/postgres-profile-repository.js";
import { createPostgresReminderLedger } from "../../src/storage/postgres/postgres-reminder-ledger.js";
import { createPostgresReminderOptIns } from "../../src/storage/postgres/postgres-reminder-opt-ins.js";
import { createTestSchema } from "../support/postgres-test-database.js";

/** Every port, as one implementation provides them over one fresh, empty database. */
export interface Stores {
  hours: HoursRepository;
  profiles: ProfileRepository;
  reminders: ChannelReminderRepository;
  optIns: ReminderOptIns;
  ledger: ReminderLedger;
  feedback: KnowledgeFeedbackRepository;
  close(): Promise<void>;
}

export interface StoreImplementation {
  name: string;
  open(): Promise<Stores>;
}

const memory: StoreImplementation = {
  name: "in-memory",
  async open() {
    return {
      hours: createMemoryHoursRepository(),
      profiles: createMemoryProfileRepository(),
      reminders: createMemoryChannelReminderRepository(),
      optIns: createMemoryReminderOptIns(),
      ledger: createMemoryReminderLedger(),
      feedback: createMemoryKnowledgeFeedbackRepository(),
      async close() {},
    };
  },
};

const sqlite: StoreImplementation = {
  name: "SQLite",
  async open() {
    const dir = mkdtempSync(join(tmpdir(), "porchlight-contract-"));
    const db = openDatabase(join(dir, "porchlight.db"), { synchronous: "NORMAL" });
    return {
      hours: createSqliteHoursRepository(db),
      profiles: createSqliteProfileRepository(db),
      reminders: createSqliteChannelReminderRepository(db),
      optIns: createSqliteReminderOptIns(db),
      ledger: createSqliteReminderLedger(db),
      feedback: createSqliteKnowledgeFeedbackRepository(db),
      async close() {
        db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

// A real server (see tests/support/postgres-server.ts), a fresh schema per test, migrated as production does.
const postgres: StoreImplementation = {
  name: "PostgreSQL",
  async open() {
    const schema = await createTestSchema();
    const pool = await openPostgres(schema.url, { poolSize: 8 });
    return {
      hours: createPostgresHoursRepository(pool),
      profiles: createPostgresProfileRepository(pool),
      reminders: createPostgresChannelReminderRepository(pool),
      optIns: createPostgresReminderOptIns(pool),
      ledger: createPostgresReminderLedger(pool),
      async close() {
        await pool.end();
        await schema.drop();
      },
    };
  },
};

/** The implementations every contract suite runs against. */
export const storeImplementations: StoreImplementation[] = [memory, sqlite, postgres];
