import type { PartnerProfile, ProfileState } from "../core/hours/partner-profile.js";

/** A profiles row as both stores hold it: the same columns in SQLite and PostgreSQL. */
export interface ProfileRow {
  user_key: string;
  display_name: string | null;
  state: string | null;
  credential_track: string | null;
  certification_date: string | null;
  supervisor_key: string | null;
}

/** The row as the core's value: a null column is a setting the partner has not made. */
export function profileFromRow(row: ProfileRow): PartnerProfile {
  return {
    userKey: row.user_key,
    ...(row.display_name !== null ? { displayName: row.display_name } : {}),
    ...(row.state !== null ? { state: row.state as ProfileState } : {}),
    ...(row.credential_track !== null ? { credentialTrack: row.credential_track } : {}),
    ...(row.certification_date !== null ? { certificationDate: row.certification_date } : {}),
    ...(row.supervisor_key !== null ? { supervisorKey: row.supervisor_key } : {}),
  };
}
