import type { Migration } from "../../migration.js";
import { postgresSchemaMigration } from "./001-schema.js";
import { postgresMeetingsMigration } from "./002-meetings.js";
import { postgresKnowledgeFeedbackMigration } from "./003-knowledge-feedback.js";
import { postgresWelcomedUsersMigration } from "./004-welcomed-users.js";

/** PostgreSQL's own migrations, in version order. Append new ones; never edit one that has shipped. */
export const postgresMigrations: Migration[] = [postgresSchemaMigration, postgresMeetingsMigration, postgresKnowledgeFeedbackMigration, postgresWelcomedUsersMigration];
