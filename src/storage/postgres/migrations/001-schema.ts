import type { Migration } from "../../migration.js";

/**
 * The whole schema as of SQLite's migrations 001-008, in PostgreSQL's own types. The rules stay in the core; what is
 * here only keeps rows well formed (types, CHECKs, UNIQUE keys) and keeps the record append-only.
 */
export const postgresSchemaMigration: Migration = {
  version: 1,
  name: "schema",
  sql: `
    CREATE TABLE profiles (
      user_key           TEXT PRIMARY KEY,
      display_name       TEXT,
      state              TEXT,
      credential_track   TEXT,
      certification_date DATE,
      supervisor_key     TEXT,
      created_at         TIMESTAMPTZ NOT NULL,
      updated_at         TIMESTAMPTZ NOT NULL
    );
    CREATE INDEX profiles_supervisor ON profiles (supervisor_key) WHERE supervisor_key IS NOT NULL;

    CREATE TABLE hour_entries (
      id                 INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      user_key           TEXT NOT NULL,
      kind               TEXT NOT NULL CHECK (kind IN ('work', 'supervision', 'ceu', 'ethics', 'training')),
      minutes            INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
      entry_date         DATE NOT NULL,
      note               TEXT,
      supervisor_key     TEXT,
      supervision_format TEXT CHECK (supervision_format IN ('individual', 'group')),
      confirmation       TEXT CHECK (confirmation IN ('pending', 'confirmed')),
      confirmed_by       TEXT,
      confirmed_at       TIMESTAMPTZ,
      delivery_key       TEXT UNIQUE,
      logged_at          TIMESTAMPTZ NOT NULL,
      deleted_at         TIMESTAMPTZ,
      CHECK ((kind = 'supervision') = (confirmation IS NOT NULL))
    );
    CREATE INDEX hour_entries_totals ON hour_entries (user_key, entry_date, kind, minutes, confirmation) WHERE deleted_at IS NULL;
    CREATE INDEX hour_entries_supervisor ON hour_entries (supervisor_key, confirmation) WHERE deleted_at IS NULL;

    CREATE TABLE hours_changes (
      id          INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      entry_id    INTEGER NOT NULL REFERENCES hour_entries (id),
      changed_by  TEXT NOT NULL,
      changed_at  TIMESTAMPTZ NOT NULL,
      action      TEXT NOT NULL CHECK (action IN ('create', 'edit', 'delete', 'undo', 'confirm')),
      before_json JSONB,
      after_json  JSONB
    );
    CREATE INDEX hours_changes_entry ON hours_changes (entry_id);

    -- Montana makes failing to keep supervision records unprofessional conduct: the trail is append-only, entries are kept.
    CREATE FUNCTION porchlight_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION '% is append-only: %', TG_TABLE_NAME, TG_ARGV[0]; END $$;
    CREATE TRIGGER hours_changes_append_only BEFORE UPDATE OR DELETE ON hours_changes
      FOR EACH ROW EXECUTE FUNCTION porchlight_refuse_change('the audit trail is never changed');
    CREATE TRIGGER hour_entries_never_deleted BEFORE DELETE ON hour_entries
      FOR EACH ROW EXECUTE FUNCTION porchlight_refuse_change('set deleted_at instead');

    CREATE TABLE hour_kind_totals (
      user_key        TEXT NOT NULL,
      kind            TEXT NOT NULL,
      minutes         INTEGER NOT NULL,
      pending_minutes INTEGER NOT NULL,
      PRIMARY KEY (user_key, kind)
    );

    CREATE TABLE channel_reminders (
      id           INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- never reused, so a removed reminder's ledger rows stay its own
      channel_key  TEXT NOT NULL,
      schedule     TEXT NOT NULL,
      time_zone    TEXT NOT NULL,
      message      TEXT NOT NULL,
      created_by   TEXT NOT NULL,
      created_at   TIMESTAMPTZ NOT NULL,
      delivery_id  TEXT UNIQUE
    );

    CREATE TABLE reminder_opt_ins (
      user_key    TEXT NOT NULL,
      kind        TEXT NOT NULL CHECK (kind IN ('weekly-log')),
      created_at  TIMESTAMPTZ NOT NULL,
      PRIMARY KEY (user_key, kind)
    );

    CREATE TABLE reminder_ledger (
      reminder_key  TEXT NOT NULL,
      scheduled_at  TIMESTAMPTZ NOT NULL,
      status        TEXT NOT NULL CHECK (status IN ('claimed', 'posted', 'failed', 'skipped')),
      late          BOOLEAN NOT NULL DEFAULT false,
      attempts      INTEGER NOT NULL DEFAULT 0,
      error_code    TEXT,
      decided_at    TIMESTAMPTZ NOT NULL,
      finished_at   TIMESTAMPTZ,
      claimed_by    TEXT,                       -- the replica that holds the claim, so a new leader knows which are orphaned
      PRIMARY KEY (reminder_key, scheduled_at)  -- the claim: one row, one post, whichever replica asks
    );
    CREATE INDEX reminder_ledger_by_time ON reminder_ledger (scheduled_at);
    CREATE INDEX reminder_ledger_open_claims ON reminder_ledger (decided_at) WHERE status = 'claimed';

    CREATE TABLE reminder_checkpoint (
      id              INTEGER PRIMARY KEY CHECK (id = 1),
      decided_through TIMESTAMPTZ NOT NULL
    );

    CREATE TABLE announcements (
      id           INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      channel_keys JSONB NOT NULL,
      created_by   TEXT NOT NULL,
      created_at   TIMESTAMPTZ NOT NULL,
      delivery_id  TEXT UNIQUE
    );
  `,
};
