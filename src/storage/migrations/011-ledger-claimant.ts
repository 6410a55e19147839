import type { Migration } from "../migration.js";

/**
 * Who holds each claim, so the replica that runs the scheduler next can take over the claims of one that stopped
 * mid-post. Open claims from before this version belonged to a scheduler that is gone: they are marked as such.
 */
export const ledgerClaimantMigration: Migration = {
  version: 11,
  name: "ledger-claimant",
  sql: `
    ALTER TABLE reminder_ledger ADD COLUMN claimed_by TEXT;
    UPDATE reminder_ledger SET claimed_by = 'scheduler:before-upgrade' WHERE status = 'claimed' AND reminder_key NOT LIKE 'announce:%';
    CREATE INDEX reminder_ledger_open_claims ON reminder_ledger (decided_at) WHERE status = 'claimed';
  `,
};
