import type { ChannelNames } from "../../channels/channel-names.js";
import type { MeetingCalendar } from "../../meetings/meeting-calendar.js";
import type { MeetingRepository, RsvpRepository } from "../../meetings/meeting.js";

export interface MeetingCommandDeps {
  meetings: MeetingRepository;
  rsvps: RsvpRepository;
  calendar: MeetingCalendar;
  channelNames: ChannelNames;
  /** NETWORK_TIME_ZONE: schedules without `in <zone>` use it. */
  networkZone: string;
  /** Called after a meeting is added, so its first post need not wait for the next minute's tick. */
  onAdded?: () => void;
}
