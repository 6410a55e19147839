import type { WelcomedUsers } from "../core/welcome/welcomed-users.js";
import type { AnnouncementRepository } from "../core/announcements/announcement.js";
import type { MeetingRepository, RsvpRepository } from "../core/meetings/meeting.js";
import type { KnowledgeFeedbackRepository } from "../core/feedback/knowledge-feedback-repository.js";
import type { HoursRepository } from "../core/hours/hours-repository.js";
import type { ProfileRepository } from "../core/hours/profile-repository.js";
import type { ChannelReminderRepository } from "../core/reminders/channel-reminder.js";
import type { ReminderLedger } from "../core/reminders/reminder-ledger.js";
import type { ReminderOptIns } from "../core/reminders/partner-status.js";
import type { SchedulerLeadership } from "../core/reminders/scheduler-leadership.js";

/** Every repository port over one database, and how to let it go. Another engine is another function returning this. */
export interface Stores {
  entries: HoursRepository;
  profiles: ProfileRepository;
  reminders: ChannelReminderRepository;
  optIns: ReminderOptIns;
  ledger: ReminderLedger;
  announcements: AnnouncementRepository;
  meetings: MeetingRepository;
  rsvps: RsvpRepository;
  feedback: KnowledgeFeedbackRepository;
  welcomed: WelcomedUsers;
  /** Which replica on this database runs the reminder scheduler. */
  leadership: SchedulerLeadership;
  /** Idempotent; PostgreSQL's pool closes asynchronously. */
  close(): void | Promise<void>;
}
