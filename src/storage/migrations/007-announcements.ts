import type { Migration } from "../migration.js";

export const announcementsMigration: Migration = {
  version: 7,
  name: "announcements",
  sql: `
    CREATE TABLE announcements (
      id             INTEGER PRIMARY KEY AUTOINCREMENT,
      channel_keys   TEXT NOT NULL,                      -- JSON array: slack:C1, discord:2, console:#network
      created_by     TEXT NOT NULL,
      created_at     TEXT NOT NULL,                      -- also the ledger instant of each channel's post
      delivery_id    TEXT UNIQUE                         -- a platform redelivery of the same /announce
    ) STRICT;
  `,
};
