import type Database from "better-sqlite3";
import { profileFromRow, type ProfileRow } from "./profile-row.js";
import type { ProfileRepository } from "../core/hours/profile-repository.js";

/** Partner profiles in the profiles table (001, extended by 003). */
export function createSqliteProfileRepository(db: Database.Database): ProfileRepository {
  const one = db.prepare("SELECT * FROM profiles WHERE user_key = ?");
  const all = db.prepare("SELECT * FROM profiles ORDER BY user_key");
  const supervisees = db.prepare("SELECT user_key FROM profiles WHERE supervisor_key = ? ORDER BY user_key");
  const upsert = db.prepare(`INSERT INTO profiles
      (user_key, display_name, state, credential_track, certification_date, supervisor_key, created_at, updated_at)
      VALUES (@userKey, @displayName, @state, @credentialTrack, @certificationDate, @supervisorKey, @at, @at)
    ON CONFLICT (user_key) DO UPDATE SET display_name = excluded.display_name, state = excluded.state,
      credential_track = excluded.credential_track, certification_date = excluded.certification_date,
      supervisor_key = excluded.supervisor_key, updated_at = excluded.updated_at`);

  return {
    async get(userKey) {
      const row = one.get(userKey) as ProfileRow | undefined;
      return row ? profileFromRow(row) : undefined;
    },
    async save(profile, at) {
      upsert.run({
        userKey: profile.userKey,
        displayName: profile.displayName ?? null,
        state: profile.state ?? null,
        credentialTrack: profile.credentialTrack ?? null,
        certificationDate: profile.certificationDate ?? null,
        supervisorKey: profile.supervisorKey ?? null,
        at: at.toISOString(),
      });
    },
    async list() {
      return (all.all() as ProfileRow[]).map(profileFromRow);
    },
    async superviseesOf(supervisorKey) {
      return (supervisees.all(supervisorKey) as { user_key: string }[]).map((r) => r.user_key);
    },
  };
}
