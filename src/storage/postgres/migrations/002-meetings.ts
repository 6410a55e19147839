import type { Migration } from "../../migration.js";

/** Meetings, their cancelled occurrences and answers (SQLite's 009), in PostgreSQL's types. */
export const postgresMeetingsMigration: Migration = {
  version: 2,
  name: "meetings and answers",
  sql: `
    CREATE TABLE meetings (
      id            INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      channel_keys  JSONB NOT NULL,
      schedule      TEXT NOT NULL,
      time_zone     TEXT NOT NULL,
      title         TEXT NOT NULL,
      place         TEXT,
      created_by    TEXT NOT NULL,
      created_at    TIMESTAMPTZ NOT NULL,
      cancelled_at  TIMESTAMPTZ,
      delivery_id   TEXT UNIQUE
    );
    CREATE TABLE meeting_cancelled_occurrences (
      meeting_id    INTEGER NOT NULL REFERENCES meetings (id),
      occurrence_at TIMESTAMPTZ NOT NULL,
      cancelled_at  TIMESTAMPTZ NOT NULL,
      PRIMARY KEY (meeting_id, occurrence_at)
    );
    CREATE TABLE meeting_rsvps (
      meeting_id    INTEGER NOT NULL REFERENCES meetings (id),
      occurrence_at TIMESTAMPTZ NOT NULL,
      user_key      TEXT NOT NULL,
      answer        TEXT NOT NULL,
      answered_at   TIMESTAMPTZ NOT NULL,
      PRIMARY KEY (meeting_id, occurrence_at, user_key)
    );
    CREATE TABLE meeting_rsvp_deliveries (
      delivery_id   TEXT PRIMARY KEY,
      received_at   TIMESTAMPTZ NOT NULL
    );
  `,
};
