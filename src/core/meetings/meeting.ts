import type { Schedule } from "../reminders/schedule.js";

/** A recurring or one-off network meeting people answer Going / Maybe / Can't to, one answer per occurrence. */
export interface Meeting {
  id: number;
  /** Every channel its posts go to (a CHANNELS name can reach a Slack and a Discord channel). */
  channelKeys: string[];
  schedule: Schedule;
  title: string;
  /** A room, an address or a video link. */
  place?: string;
  createdBy: string;
  createdAt: Date;
  /** Occurrences called off one by one (`/meeting cancel 3 2027-04-13`); they are not posted, reminded or in the .ics. */
  cancelledOccurrences: Date[];
}

export interface NewMeeting {
  channelKeys: string[];
  schedule: Schedule;
  title: string;
  place?: string;
  createdBy: string;
  createdAt: Date;
  /** The platform's delivery id: a redelivered `/meeting add` finds the meeting it already made. */
  deliveryId?: string;
}

export interface MeetingRepository {
  add(meeting: NewMeeting): Promise<{ meeting: Meeting; created: boolean }>;
  /** Meetings still on (not cancelled as a whole), by id. */
  list(): Promise<Meeting[]>;
  get(id: number): Promise<Meeting | undefined>;
  /** Calls off the whole meeting; false when there is no such meeting still on. */
  cancel(id: number, at: Date): Promise<boolean>;
  /** Calls off one occurrence; false when it was already called off. */
  cancelOccurrence(id: number, occurrence: Date, at: Date): Promise<boolean>;
}

export const RSVP_ANSWERS = ["going", "maybe", "no"] as const;
export type RsvpAnswer = (typeof RSVP_ANSWERS)[number];

export interface Rsvp {
  userKey: string;
  answer: RsvpAnswer;
  answeredAt: Date;
}

export interface RsvpRepository {
  /**
   * Stores (or changes) one person's answer for one occurrence. A delivery id already seen (a redelivered button press)
   * changes nothing and returns `stored: false`, so a late copy of an old press cannot undo a newer answer.
   */
  answer(input: { meetingId: number; occurrence: Date; userKey: string; answer: RsvpAnswer; at: Date; deliveryId?: string }): Promise<{ stored: boolean }>;
  /** Everyone's current answer for one occurrence, oldest first. */
  answers(meetingId: number, occurrence: Date): Promise<Rsvp[]>;
}

/** The ledger key of everything one occurrence sends: its channel posts and its reminders to those coming. */
export const meetingOccurrenceKey = (meetingId: number, occurrence: Date): string => `meeting:${meetingId}@${occurrence.toISOString()}`;
