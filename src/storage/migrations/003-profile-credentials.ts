import type { Migration } from "../migration.js";

/** What progress needs from a profile: credential track, certification or renewal date, supervisor (weekly nudges live with the reminders, 004). */
export const profileCredentialsMigration: Migration = {
  version: 3,
  name: "profile-credentials",
  sql: `
    ALTER TABLE profiles ADD COLUMN credential_track TEXT;
    ALTER TABLE profiles ADD COLUMN certification_date TEXT
      CHECK (certification_date IS NULL OR certification_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]');
    ALTER TABLE profiles ADD COLUMN supervisor_key TEXT;
    CREATE INDEX profiles_supervisor ON profiles (supervisor_key) WHERE supervisor_key IS NOT NULL;
  `,
};
