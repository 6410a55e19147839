import { calendarDateIn } from "../hours/calendar-date.js";
import { computePartnerProgress } from "../hours/compute-partner-progress.js";
import { describeEntry } from "../hours/describe-entry.js";
import { describeProgress } from "../hours/describe-progress.js";
import { describeTotals } from "../hours/describe-totals.js";
import type { HourEntry } from "../hours/hour-entry.js";
import type { HoursServices } from "../hours/hours-services.js";
import type { KindTotals } from "../hours/kind-totals.js";
import { formatMinutes, MINUTES_PER_DAY } from "../hours/minutes.js";
import { parseLogHours } from "../hours/parse-log-hours.js";
import { supervisorConfirmRequest } from "../hours/supervisor-confirm-request.js";
import { logHoursForm } from "../forms/log-hours-form.js";
import { buildMessageReply } from "./build-message-reply.js";
import type { CommandContext } from "./command-context.js";
import type { CommandHandler } from "./command-handler.js";
import type { CommandOutcome } from "./command-outcome.js";
import { UserError } from "./user-error.js";

/** `/log-hours <hours> <kind> [date] [note]` (a form when empty): stores one entry (once per platform delivery) and answers with the new totals. */
export function createLogHoursCommand(services: HoursServices): CommandHandler {
  return {
    name: "log-hours",
    async run(args, context) {
      if (!args) return { reply: logHoursForm() };
      const today = calendarDateIn(context.now, services.timeZone);
      const request = parseLogHours(args, today);
      const { supervisionFormat, ...rest } = request;
      const supervisorKey = request.kind === "supervision" ? await supervisorFor(request.supervisorKey, context, services) : undefined;
      const result = await services.entries.add(
        { ...rest, userKey: context.actor.key, ...(supervisorKey ? { supervisorKey, supervisionFormat } : {}) },
        { by: context.actor.key, at: context.now },
        { maxDayMinutes: MINUTES_PER_DAY, ...(context.deliveryId ? { deliveryKey: `${context.actor.platform}:${context.deliveryId}` } : {}) },
      );
      if (result.status === "day-full") {
        throw new UserError(
          "hours.day-over-24-hours",
          `${request.date} already has ${formatMinutes(result.dayMinutes)} logged; adding ${formatMinutes(request.minutes)} would pass 24 hours in one day. ` +
            `Check the day with /hours export ${request.date} ${request.date}, or fix an entry with /hours edit <id> 2h.`,
        );
      }
      const outcome = await confirmation(result.entry, result.allTime, context, services);
      // A redelivery answers as the first time did, but the supervisor was already asked once.
      if (result.status === "stored" && result.entry.kind === "supervision") outcome.deliveries = [supervisorConfirmRequest(result.entry)];
      return outcome;
    },
  };
}

async function supervisorFor(named: string | undefined, context: CommandContext, services: HoursServices): Promise<string> {
  const supervisorKey = named ?? (await services.profiles.get(context.actor.key))?.supervisorKey;
  if (!supervisorKey) {
    throw new UserError(
      "hours.missing-supervisor",
      "Supervision needs the supervisor who will confirm it: /log-hours 1 supervision with @sam, or set yours once with /profile supervisor @sam.",
    );
  }
  if (supervisorKey === context.actor.key) {
    throw new UserError("hours.self-supervision", "You can't be your own supervisor: name the person who supervised you, e.g. /log-hours 1 supervision with @sam.");
  }
  return supervisorKey;
}

async function confirmation(entry: HourEntry, allTime: KindTotals, context: CommandContext, services: HoursServices): Promise<CommandOutcome> {
  // The write's totals are the actor's own (a delivery key is per platform, so a redelivery is theirs too).
  const progress = await computePartnerProgress(services, context.actor.key, context.now, entry.userKey === context.actor.key ? allTime : undefined);
  return {
    reply: buildMessageReply({
      title: `Logged ${describeEntry(entry)}`,
      sections: [{ title: "All-time totals", lines: describeTotals(progress.allTime) }, ...describeProgress(progress)],
      actions: [{ label: "Delete this entry", command: `/hours delete ${entry.id}`, style: "danger" }],
    }),
  };
}
