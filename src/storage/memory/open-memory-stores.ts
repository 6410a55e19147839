import { soleLeadership } from "../../core/reminders/scheduler-leadership.js";
import type { Stores } from "../stores.js";
import { createMemoryAnnouncementRepository } from "./memory-announcement-repository.js";
import { createMemoryChannelReminderRepository } from "./memory-channel-reminder-repository.js";
import { createMemoryHoursRepository } from "./memory-hours-repository.js";
import { createMemoryProfileRepository } from "./memory-profile-repository.js";
import { createMemoryReminderLedger } from "./memory-reminder-ledger.js";
import { createMemoryReminderOptIns } from "./memory-reminder-opt-ins.js";
import { createMemoryMeetingRepository } from "./memory-meeting-repository.js";
import { createMemoryRsvpRepository } from "./memory-rsvp-repository.js";
import { createMemoryKnowledgeFeedbackRepository } from "./memory-knowledge-feedback-repository.js";
import { createMemoryWelcomedUsers } from "./memory-welcomed-users.js";

/** Every port in memory: for the core's unit tests, which need no file and no server. */
export function openMemoryStores(): Stores {
  return {
    entries: createMemoryHoursRepository(),
    profiles: createMemoryProfileRepository(),
    reminders: createMemoryChannelReminderRepository(),
    optIns: createMemoryReminderOptIns(),
    ledger: createMemoryReminderLedger(),
    announcements: createMemoryAnnouncementRepository(),
    meetings: createMemoryMeetingRepository(),
    rsvps: createMemoryRsvpRepository(),
    feedback: createMemoryKnowledgeFeedbackRepository(),
    welcomed: createMemoryWelcomedUsers(),
    leadership: soleLeadership("scheduler:memory"),
    close: () => undefined,
  };
}
