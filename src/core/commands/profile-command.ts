import type { ReplySection } from "../reply.js";
import { EARLIEST_DATE, isCalendarDate } from "../hours/calendar-date.js";
import type { HoursServices } from "../hours/hours-services.js";
import type { PartnerProfile, ProfileState } from "../hours/partner-profile.js";
import type { StateRegistry } from "../states/state-registry.js";
import { parseUserMention } from "../hours/parse-user-mention.js";
import { tokenizeArguments } from "../hours/tokenize-arguments.js";
import { profileForm } from "../forms/profile-form.js";
import { buildMessageReply } from "./build-message-reply.js";
import type { CommandContext } from "./command-context.js";
import type { CommandHandler } from "./command-handler.js";
import { UserError } from "./user-error.js";

const USAGE = "/profile state MT track mt-candidate supervisor @sam certified 2026-03-01";
const SETTINGS = ["state", "track", "certified", "renewal", "supervisor"] as const;

/** `/profile`: your profile as a form (as text on the console); `/profile <setting> <value> ...` sets one or more; `/profile tracks` lists credentials. */
export function createProfileCommand(services: HoursServices): CommandHandler {
  return {
    name: "profile",
    async run(args, context) {
      const words = tokenizeArguments(args);
      if (words[0]?.toLowerCase() === "tracks") return { reply: buildMessageReply({ title: "Credential tracks", sections: [statesSection(services), tracksSection(services)] }) };
      const current = (await services.profiles.get(context.actor.key)) ?? { userKey: context.actor.key };
      if (words.length === 0) {
        const shown = buildMessageReply({ title: "Your profile", sections: [profileSection(current, services)] });
        return { reply: profileForm(current, services.credentials, services.states, shown.text) };
      }
      const updated = applySettings(words, { ...current, ...(context.actor.displayName ? { displayName: context.actor.displayName } : {}) }, context, services);
      await services.profiles.save(updated, context.now);
      return { reply: buildMessageReply({ title: "Profile saved", sections: [profileSection(updated, services)] }) };
    },
  };
}

function applySettings(words: string[], profile: PartnerProfile, context: CommandContext, services: HoursServices): PartnerProfile {
  const next = { ...profile };
  for (let i = 0; i < words.length; i += 2) {
    const setting = words[i]!.toLowerCase();
    const value = words[i + 1];
    if (!(SETTINGS as readonly string[]).includes(setting)) {
      throw new UserError("profile.unknown-setting", `I can't set "${words[i]}"; settings are ${SETTINGS.join(", ")}, e.g. ${USAGE}.`);
    }
    if (value === undefined) throw new UserError("profile.missing-value", `Give a value after "${setting}", e.g. ${USAGE}.`);
    if (setting === "state") next.state = parseState(value, services.states);
    if (setting === "track") {
      const track = services.credentials.get(value.toLowerCase());
      if (!track) throw new UserError("profile.unknown-track", `There is no track "${value}". Choose one of ${services.credentials.list().map((t) => t.id).join(", ")}.`);
      next.credentialTrack = track.id;
      if (track.state !== "national") next.state ??= track.state;
    }
    if (setting === "certified" || setting === "renewal") {
      if (!isCalendarDate(value)) throw new UserError("profile.invalid-date", `Write the ${setting} date as YYYY-MM-DD, e.g. /profile ${setting} 2026-03-01.`);
      if (value < EARLIEST_DATE) {
        throw new UserError("profile.date-too-early", `${value} is before ${EARLIEST_DATE}, the earliest ${setting} date Porchlight takes; check the year, e.g. /profile ${setting} 2026-03-01.`);
      }
      next.certificationDate = value;
    }
    if (setting === "supervisor") {
      if (value.toLowerCase() === "none") delete next.supervisorKey;
      else next.supervisorKey = parseUserMention(value);
      if (next.supervisorKey === context.actor.key) throw new UserError("profile.self-supervisor", "You can't be your own supervisor: name the person who supervises you, e.g. /profile supervisor @sam.");
    }
  }
  return next;
}

function parseState(value: string, states: StateRegistry): ProfileState {
  const state = value.toUpperCase();
  const example = states.codes[0];
  if (!states.isState(state)) throw new UserError("profile.unknown-state", `"${value}" is not a state I know; use ${states.codes.join(", ")}, e.g. /profile state ${example}.`);
  return state;
}

function profileSection(profile: PartnerProfile, services: HoursServices): ReplySection {
  const track = profile.credentialTrack ? services.credentials.get(profile.credentialTrack) : undefined;
  return {
    title: profile.userKey,
    lines: [
      `State: ${profile.state ?? "not set (/profile state MT)"}`,
      `Credential track: ${track ? `${track.name} (${track.id})` : "not set (/profile tracks lists them)"}`,
      `Certification or renewal date: ${profile.certificationDate ?? "not set (/profile certified 2026-03-01)"}`,
      `Supervisor: ${profile.supervisorKey ?? "not set (/profile supervisor @sam)"}`,
    ],
  };
}

/** The states come from the registry (states.json), so a state a network adds is listed without a code change. */
function statesSection(services: HoursServices): ReplySection {
  return { title: "Set your state with /profile state <code>", lines: [services.states.codes.join(", ")] };
}

function tracksSection(services: HoursServices): ReplySection {
  return { title: "Set yours with /profile track <id>", lines: services.credentials.list().map((t) => `${t.id}: ${t.name}`) };
}
