import type { Migration } from "../migration.js";
import { profilesMigration } from "./001-profiles.js";
import { hoursMigration } from "./002-hours.js";
import { profileCredentialsMigration } from "./003-profile-credentials.js";
import { channelRemindersMigration } from "./004-channel-reminders.js";
import { reminderLedgerMigration } from "./005-reminder-ledger.js";
import { hourTotalsMigration } from "./006-hour-totals.js";
import { announcementsMigration } from "./007-announcements.js";
import { totalsKeptByTheCoreMigration } from "./008-totals-kept-by-the-core.js";
import { meetingsMigration } from "./009-meetings.js";
import { knowledgeFeedbackMigration } from "./010-knowledge-feedback.js";
import { ledgerClaimantMigration } from "./011-ledger-claimant.js";
import { profileStateFromRegistryMigration } from "./012-profile-state-from-registry.js";
import { welcomedUsersMigration } from "./013-welcomed-users.js";

/** Every migration, in version order. Append new ones; never edit one that has shipped. */
export const migrations: Migration[] = [
  profilesMigration,
  hoursMigration,
  profileCredentialsMigration,
  channelRemindersMigration,
  reminderLedgerMigration,
  hourTotalsMigration,
  announcementsMigration,
  totalsKeptByTheCoreMigration,
  meetingsMigration,
  knowledgeFeedbackMigration,
  ledgerClaimantMigration,
  profileStateFromRegistryMigration,
  welcomedUsersMigration,
];
