import type { Migration } from "../migration.js";

export const reminderLedgerMigration: Migration = {
  version: 5,
  name: "reminder ledger",
  sql: `
    CREATE TABLE reminder_ledger (
      reminder_key   TEXT NOT NULL,   -- channel:<id>, ceu:<user>:<renewal>:<days>, supervision:<user>, log-hours:<user>
      scheduled_at   TEXT NOT NULL,   -- ISO UTC instant of the occurrence
      status         TEXT NOT NULL CHECK (status IN ('claimed', 'posted', 'failed', 'skipped')),
      late           INTEGER NOT NULL DEFAULT 0 CHECK (late IN (0, 1)),
      attempts       INTEGER NOT NULL DEFAULT 0,
      error_code     TEXT,
      decided_at     TEXT NOT NULL,
      finished_at    TEXT,
      UNIQUE (reminder_key, scheduled_at)  -- the claim: one row, one post, whoever asks
    ) STRICT;
    CREATE INDEX reminder_ledger_by_time ON reminder_ledger (scheduled_at);

    CREATE TABLE reminder_checkpoint (
      id             INTEGER PRIMARY KEY CHECK (id = 1),
      decided_through TEXT NOT NULL   -- every occurrence up to here is in the ledger
    ) STRICT;
  `,
};
