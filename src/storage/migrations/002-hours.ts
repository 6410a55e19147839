import type { Migration } from "../migration.js";

/**
 * Hour entries and their audit trail. Entries are never deleted (a deletion sets deleted_at) and the trail is
 * append-only, both enforced by triggers: Montana makes failing to maintain supervision records unprofessional conduct.
 */
export const hoursMigration: Migration = {
  version: 2,
  name: "hours",
  sql: `
    CREATE TABLE hour_entries (
      id                 INTEGER PRIMARY KEY,
      user_key           TEXT NOT NULL,
      kind               TEXT NOT NULL CHECK (kind IN ('work', 'supervision', 'ceu', 'ethics', 'training')),
      minutes            INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
      entry_date         TEXT NOT NULL CHECK (entry_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      note               TEXT,
      supervisor_key     TEXT,
      supervision_format TEXT CHECK (supervision_format IN ('individual', 'group')),
      confirmation       TEXT CHECK (confirmation IN ('pending', 'confirmed')),
      confirmed_by       TEXT,
      confirmed_at       TEXT,
      delivery_key       TEXT UNIQUE,              -- platform:delivery id; a redelivered command finds its entry here
      logged_at          TEXT NOT NULL,
      deleted_at         TEXT,
      CHECK ((kind = 'supervision') = (confirmation IS NOT NULL))
    ) STRICT;

    -- Covers the per-partner totals so a summary never reads the table rows.
    CREATE INDEX hour_entries_totals ON hour_entries (user_key, entry_date, kind, minutes, confirmation) WHERE deleted_at IS NULL;
    CREATE INDEX hour_entries_supervisor ON hour_entries (supervisor_key, confirmation) WHERE deleted_at IS NULL;

    CREATE TABLE hours_changes (
      id          INTEGER PRIMARY KEY,
      entry_id    INTEGER NOT NULL REFERENCES hour_entries (id),
      changed_by  TEXT NOT NULL,
      changed_at  TEXT NOT NULL,
      action      TEXT NOT NULL CHECK (action IN ('create', 'edit', 'delete', 'undo', 'confirm')),
      before_json TEXT,
      after_json  TEXT
    ) STRICT;
    CREATE INDEX hours_changes_entry ON hours_changes (entry_id);

    CREATE TRIGGER hours_changes_append_only_update BEFORE UPDATE ON hours_changes
      BEGIN SELECT RAISE(ABORT, 'hours_changes is append-only'); END;
    CREATE TRIGGER hours_changes_append_only_delete BEFORE DELETE ON hours_changes
      BEGIN SELECT RAISE(ABORT, 'hours_changes is append-only'); END;
    CREATE TRIGGER hour_entries_never_deleted BEFORE DELETE ON hour_entries
      BEGIN SELECT RAISE(ABORT, 'hour entries are kept: set deleted_at instead'); END;
  `,
};
