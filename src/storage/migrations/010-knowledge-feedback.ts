import type { Migration } from "../migration.js";

/** Counts for /kb report. No column holds a question's text; votes keep the voter only to allow one vote each. */
export const knowledgeFeedbackMigration: Migration = {
  version: 10,
  name: "knowledge-feedback",
  sql: `
    CREATE TABLE kb_answers (
      id            INTEGER PRIMARY KEY,
      answered_on   TEXT NOT NULL,              -- calendar date in the network's zone
      verdict       TEXT NOT NULL,
      entry_id      TEXT,                       -- the cited entry; NULL for "I don't know"
      delivery_key  TEXT UNIQUE                 -- platform:delivery id, so a redelivery counts once
    ) STRICT;
    CREATE INDEX kb_answers_by_day ON kb_answers (answered_on);
    CREATE TABLE kb_votes (
      voter_key     TEXT NOT NULL,
      entry_id      TEXT NOT NULL,
      verdict       TEXT NOT NULL,
      helpful       INTEGER NOT NULL CHECK (helpful IN (0, 1)),
      voted_on      TEXT NOT NULL,
      PRIMARY KEY (voter_key, entry_id)
    ) STRICT;
    CREATE TABLE kb_passed_on (
      id            INTEGER PRIMARY KEY,
      passed_on     TEXT NOT NULL,
      delivery_key  TEXT UNIQUE
    ) STRICT;
  `,
};
