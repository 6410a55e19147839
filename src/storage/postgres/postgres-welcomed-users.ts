import type pg from "pg";
import type { WelcomedUsers } from "../../core/welcome/welcomed-users.js";

export function createPostgresWelcomedUsers(pool: pg.Pool): WelcomedUsers {
  return {
    async claimWelcome(userKey, at) {
      const result = await pool.query("INSERT INTO welcomed_users (user_key, welcomed_at) VALUES ($1, $2) ON CONFLICT DO NOTHING", [userKey, at.toISOString()]);
      return result.rowCount === 1;
    },
    async hasBeenWelcomed(userKey) {
      return (await pool.query("SELECT 1 FROM welcomed_users WHERE user_key = $1", [userKey])).rows.length > 0;
    },
  };
}
