import type { Delivery } from "../commands/command-outcome.js";

/** One post the configuration makes: to whom, what, and the occurrence that claims it in the ledger. */
export interface PlannedPost {
  reminderKey: string;
  scheduledAt: Date;
  /** The zone its schedule is written in, for showing the local time. */
  zone: string;
  delivery: Delivery;
}
