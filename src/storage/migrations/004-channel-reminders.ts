import type { Migration } from "../migration.js";

export const channelRemindersMigration: Migration = {
  version: 4,
  name: "channel reminders and weekly opt-ins",
  sql: `
    CREATE TABLE channel_reminders (
      id             INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused, so a removed reminder's ledger rows stay its own
      channel_key    TEXT NOT NULL,                      -- console:#network, slack:C123, discord:123
      schedule       TEXT NOT NULL,                      -- the admin's wording with its zone, parsed again on load
      time_zone      TEXT NOT NULL,
      message        TEXT NOT NULL,
      created_by     TEXT NOT NULL,
      created_at     TEXT NOT NULL,
      delivery_id    TEXT UNIQUE                         -- a platform redelivery of the same /reminders add
    ) STRICT;

    CREATE TABLE reminder_opt_ins (
      user_key       TEXT NOT NULL,
      kind           TEXT NOT NULL CHECK (kind IN ('weekly-log')),
      created_at     TEXT NOT NULL,
      PRIMARY KEY (user_key, kind)
    ) STRICT;
  `,
};
