import type pg from "pg";
import { profileFromRow, type ProfileRow } from "../profile-row.js";
import type { ProfileRepository } from "../../core/hours/profile-repository.js";

/** Partner profiles in PostgreSQL; a save is one upsert statement, atomic by itself. */
export function createPostgresProfileRepository(pool: pg.Pool): ProfileRepository {
  const profiles = async (sql: string, values: unknown[]) => (await pool.query<ProfileRow>(sql, values)).rows.map(profileFromRow);
  return {
    async get(userKey) {
      return (await profiles("SELECT * FROM profiles WHERE user_key = $1", [userKey]))[0];
    },
    async save(profile, at) {
      await pool.query(
        `INSERT INTO profiles (user_key, display_name, state, credential_track, certification_date, supervisor_key, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
         ON CONFLICT (user_key) DO UPDATE SET display_name = excluded.display_name, state = excluded.state,
           credential_track = excluded.credential_track, certification_date = excluded.certification_date,
           supervisor_key = excluded.supervisor_key, updated_at = excluded.updated_at`,
        [profile.userKey, profile.displayName ?? null, profile.state ?? null, profile.credentialTrack ?? null, profile.certificationDate ?? null, profile.supervisorKey ?? null, at.toISOString()],
      );
    },
    list() {
      return profiles(`SELECT * FROM profiles ORDER BY user_key COLLATE "C"`, []);
    },
    async superviseesOf(supervisorKey) {
      return (await profiles(`SELECT * FROM profiles WHERE supervisor_key = $1 ORDER BY user_key COLLATE "C"`, [supervisorKey])).map((p) => p.userKey);
    },
  };
}
