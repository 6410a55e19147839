import type { Migration } from "../migration.js";
import { profilesMigration } from "./001-profiles.js";

/** Every migration, in version order. Append new ones; never edit one that has shipped. */
export const migrations: Migration[] = [profilesMigration];
