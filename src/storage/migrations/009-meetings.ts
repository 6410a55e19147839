import type { Migration } from "../migration.js";

export const meetingsMigration: Migration = {
  version: 9,
  name: "meetings and answers",
  sql: `
    CREATE TABLE meetings (
      id             INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused, so ledger keys stay its own
      channel_keys   TEXT NOT NULL,                      -- JSON array of slack:C1, discord:2, console:#network
      schedule       TEXT NOT NULL,                      -- the admin's wording with its zone, parsed again on load
      time_zone      TEXT NOT NULL,
      title          TEXT NOT NULL,
      place          TEXT,
      created_by     TEXT NOT NULL,
      created_at     TEXT NOT NULL,
      cancelled_at   TEXT,
      delivery_id    TEXT UNIQUE
    ) STRICT;

    CREATE TABLE meeting_cancelled_occurrences (
      meeting_id     INTEGER NOT NULL REFERENCES meetings (id),
      occurrence_at  TEXT NOT NULL,
      cancelled_at   TEXT NOT NULL,
      PRIMARY KEY (meeting_id, occurrence_at)
    ) STRICT;

    CREATE TABLE meeting_rsvps (
      meeting_id     INTEGER NOT NULL REFERENCES meetings (id),
      occurrence_at  TEXT NOT NULL,
      user_key       TEXT NOT NULL,
      answer         TEXT NOT NULL,
      answered_at    TEXT NOT NULL,
      PRIMARY KEY (meeting_id, occurrence_at, user_key)
    ) STRICT;

    -- Every button press (or typed answer) already applied: a redelivered one changes nothing.
    CREATE TABLE meeting_rsvp_deliveries (
      delivery_id    TEXT PRIMARY KEY,
      received_at    TEXT NOT NULL
    ) STRICT;
  `,
};
