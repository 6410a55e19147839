import type { AnnouncementPoster, ChannelOutcome } from "../announcements/announcement-poster.js";
import type { AnnouncementRepository } from "../announcements/announcement.js";
import type { ChannelNames } from "../channels/channel-names.js";
import { describeChannel } from "../channels/describe-channel.js";
import { takeChannels } from "../channels/resolve-channel-targets.js";
import { readArguments, unquoteFreeText } from "../hours/tokenize-arguments.js";
import type { CommandHandler } from "./command-handler.js";
import { UserError } from "./user-error.js";

const USAGE = "/announce #network Training on Friday at 10:00, sign up in the thread";

export interface AnnounceCommandDeps {
  announcements: AnnouncementRepository;
  poster: AnnouncementPoster;
  channelNames: ChannelNames;
}

/** `/announce <channel...> <message>` (admins): posts now to every channel named, and says where it went. */
export function createAnnounceCommand(deps: AnnounceCommandDeps): CommandHandler {
  return {
    name: "announce",
    async run(args, context) {
      if (!context.isAdmin) {
        throw new UserError("announce.admin-only", "Only network admins (ADMINS in Porchlight's configuration) can announce to channels. Ask an admin to post it.");
      }
      const { channelKeys, rest } = takeChannels(args, context.actor.platform, deps.channelNames, USAGE);
      // Checked like every command's arguments, so an unclosed quote is said, not posted.
      readArguments(rest);
      const message = unquoteFreeText(rest);
      if (channelKeys.length === 0 || !message) {
        throw new UserError("announce.usage", `Name one or more channels, then the message, e.g. ${USAGE}.`);
      }
      const { announcement, created } = await deps.announcements.record({
        channelKeys,
        createdBy: context.actor.key,
        createdAt: context.now,
        ...(context.deliveryId ? { deliveryId: context.deliveryId } : {}),
      });
      const outcomes = await deps.poster.post(announcement, { kind: "message", ephemeral: false, text: message });
      const lines = outcomes.map((o) => `• ${describeChannel(o.channelKey, deps.channelNames)}: ${describeOutcome(o)}`);
      const posted = outcomes.filter((o) => o.status === "posted").length;
      const heading = `${created ? "Announcement" : "Already announced:"} #${announcement.id} posted to ${posted} of ${outcomes.length} ${outcomes.length === 1 ? "channel" : "channels"}.`;
      return {
        reply: {
          kind: "message",
          ephemeral: true,
          title: heading,
          sections: [{ title: "Where it went", lines }],
          text: `${heading}\n${lines.join("\n")}`,
        },
      };
    },
  };
}

function describeOutcome(outcome: ChannelOutcome): string {
  switch (outcome.status) {
    case "posted":
      return "posted";
    case "retrying":
      return "not through yet, still trying; the admins get a direct message if it fails";
    case "unknown":
      return "being posted by an earlier try of this command";
    case "failed":
      return `failed (${outcome.reason}); the admins were told`;
  }
}
