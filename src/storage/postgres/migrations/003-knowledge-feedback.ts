import type { Migration } from "../../migration.js";

/** Counts for /kb report (SQLite's 010). No column holds a question's text. */
export const postgresKnowledgeFeedbackMigration: Migration = {
  version: 3,
  name: "knowledge-feedback",
  sql: `
    CREATE TABLE kb_answers (
      id           INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      answered_on  DATE NOT NULL,
      verdict      TEXT NOT NULL,
      entry_id     TEXT,
      delivery_key TEXT UNIQUE
    );
    CREATE INDEX kb_answers_by_day ON kb_answers (answered_on);
    CREATE TABLE kb_votes (
      voter_key    TEXT NOT NULL,
      entry_id     TEXT NOT NULL,
      verdict      TEXT NOT NULL,
      helpful      BOOLEAN NOT NULL,
      voted_on     DATE NOT NULL,
      PRIMARY KEY (voter_key, entry_id)
    );
    CREATE TABLE kb_passed_on (
      id           INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      passed_on    DATE NOT NULL,
      delivery_key TEXT UNIQUE
    );
  `,
};
