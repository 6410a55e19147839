import type { Migration } from "../migration.js";

const PENDING = (row: "NEW" | "OLD") => `CASE WHEN ${row}.confirmation = 'pending' THEN ${row}.minutes ELSE 0 END`;

/**
 * All-time minutes per partner and kind, kept by triggers in the same transaction as every entry change, so a partner's
 * summary reads a handful of rows instead of summing thousands of entries (and can never disagree with them).
 */
export const hourTotalsMigration: Migration = {
  version: 6,
  name: "hour-totals",
  sql: `
    CREATE TABLE hour_kind_totals (
      user_key        TEXT NOT NULL,
      kind            TEXT NOT NULL,
      minutes         INTEGER NOT NULL,
      pending_minutes INTEGER NOT NULL,
      PRIMARY KEY (user_key, kind)
    ) STRICT, WITHOUT ROWID;

    INSERT INTO hour_kind_totals (user_key, kind, minutes, pending_minutes)
      SELECT user_key, kind, SUM(minutes), SUM(CASE WHEN confirmation = 'pending' THEN minutes ELSE 0 END)
      FROM hour_entries WHERE deleted_at IS NULL GROUP BY user_key, kind;

    CREATE TRIGGER hour_kind_totals_on_insert AFTER INSERT ON hour_entries WHEN NEW.deleted_at IS NULL BEGIN
      INSERT INTO hour_kind_totals (user_key, kind, minutes, pending_minutes) VALUES (NEW.user_key, NEW.kind, NEW.minutes, ${PENDING("NEW")})
        ON CONFLICT (user_key, kind) DO UPDATE SET minutes = minutes + excluded.minutes, pending_minutes = pending_minutes + excluded.pending_minutes;
    END;

    -- An update (edit, confirmation or soft delete) takes the old row's share out and puts the new row's in.
    CREATE TRIGGER hour_kind_totals_on_update AFTER UPDATE ON hour_entries BEGIN
      UPDATE hour_kind_totals SET minutes = minutes - OLD.minutes, pending_minutes = pending_minutes - ${PENDING("OLD")}
        WHERE OLD.deleted_at IS NULL AND user_key = OLD.user_key AND kind = OLD.kind;
      INSERT INTO hour_kind_totals (user_key, kind, minutes, pending_minutes)
        SELECT NEW.user_key, NEW.kind, NEW.minutes, ${PENDING("NEW")} WHERE NEW.deleted_at IS NULL
        ON CONFLICT (user_key, kind) DO UPDATE SET minutes = minutes + excluded.minutes, pending_minutes = pending_minutes + excluded.pending_minutes;
    END;
  `,
};
