/**
 * One /announce: who, when, and where it goes. The text itself is not stored: it is posted and forgotten, and each
 * channel's outcome lives in the reminder ledger under `announce:<id>:<channel key>` at `createdAt`.
 */
export interface Announcement {
  id: number;
  channelKeys: string[];
  createdBy: string;
  createdAt: Date;
}

export interface NewAnnouncement {
  channelKeys: string[];
  createdBy: string;
  createdAt: Date;
  /** The platform's delivery id: a redelivered /announce finds the announcement it already made. */
  deliveryId?: string;
}

export interface AnnouncementRepository {
  /** `created` is false when this delivery id already made an announcement, which is returned unchanged. */
  record(announcement: NewAnnouncement): Promise<{ announcement: Announcement; created: boolean }>;
}

export const announcementLedgerKey = (id: number, channelKey: string): string => `announce:${id}:${channelKey}`;
