import { silentLogger, type Logger } from "../../core/logger.js";
import { newReplicaId } from "../replica-id.js";
import type { Stores } from "../stores.js";
import { openPostgres, type PostgresOptions } from "./open-postgres.js";
import { createPostgresAnnouncementRepository } from "./postgres-announcement-repository.js";
import { createPostgresChannelReminderRepository } from "./postgres-channel-reminder-repository.js";
import { createPostgresHoursRepository } from "./postgres-hours-repository.js";
import { createPostgresLeadership } from "./postgres-leadership.js";
import { createPostgresProfileRepository } from "./postgres-profile-repository.js";
import { createPostgresReminderLedger } from "./postgres-reminder-ledger.js";
import { createPostgresReminderOptIns } from "./postgres-reminder-opt-ins.js";
import { createPostgresMeetingRepository } from "./postgres-meeting-repository.js";
import { createPostgresRsvpRepository } from "./postgres-rsvp-repository.js";
import { createPostgresKnowledgeFeedbackRepository } from "./postgres-knowledge-feedback-repository.js";
import { createPostgresWelcomedUsers } from "./postgres-welcomed-users.js";

/** Every port over one PostgreSQL database (connected and migrated first), shared by as many replicas as point at it. */
export async function openPostgresStores(url: string, options: PostgresOptions & { logger?: Logger; replicaId?: string } = {}): Promise<Stores> {
  const pool = await openPostgres(url, options);
  const leadership = createPostgresLeadership(url, options.replicaId ?? newReplicaId(), options.logger ?? silentLogger);
  let closed: Promise<void> | undefined;
  return {
    entries: createPostgresHoursRepository(pool),
    profiles: createPostgresProfileRepository(pool),
    reminders: createPostgresChannelReminderRepository(pool),
    optIns: createPostgresReminderOptIns(pool),
    ledger: createPostgresReminderLedger(pool),
    announcements: createPostgresAnnouncementRepository(pool),
    meetings: createPostgresMeetingRepository(pool),
    rsvps: createPostgresRsvpRepository(pool),
    feedback: createPostgresKnowledgeFeedbackRepository(pool),
    welcomed: createPostgresWelcomedUsers(pool),
    leadership,
    close() {
      closed ??= leadership.release().then(() => pool.end());
      return closed;
    },
  };
}
