import type Database from "better-sqlite3";
import type { WelcomedUsers } from "../core/welcome/welcomed-users.js";

export function createSqliteWelcomedUsers(db: Database.Database): WelcomedUsers {
  const claim = db.prepare("INSERT INTO welcomed_users (user_key, welcomed_at) VALUES (?, ?) ON CONFLICT DO NOTHING");
  const one = db.prepare("SELECT 1 FROM welcomed_users WHERE user_key = ?");
  return {
    async claimWelcome(userKey, at) {
      return claim.run(userKey, at.toISOString()).changes === 1;
    },
    async hasBeenWelcomed(userKey) {
      return one.get(userKey) !== undefined;
    },
  };
}
