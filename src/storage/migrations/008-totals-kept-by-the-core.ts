import type { Migration } from "../migration.js";

/**
 * The all-time totals (006) are now kept by the core's totals rule, applied by every store in the write's own
 * transaction, so SQLite and PostgreSQL count alike. The triggers go; the table and its rows (correct up to now) stay.
 */
export const totalsKeptByTheCoreMigration: Migration = {
  version: 8,
  name: "totals-kept-by-the-core",
  sql: `
    DROP TRIGGER hour_kind_totals_on_insert;
    DROP TRIGGER hour_kind_totals_on_update;
  `,
};
