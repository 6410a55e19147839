import { UserError } from "../commands/user-error.js";
import { MINUTES_PER_DAY } from "./minutes.js";

const EXAMPLE = "write hours like 1.5, 2h, 90m or 1h30m, e.g. /log-hours 1.5 work";

// `1.5`, `2`, `2h`, `2hr`, `2 hours`, `90m`, `90min`, `1h30m`, `1h 30m`, `1:30`.
const HOURS_AND_MINUTES = /^(?:(\d+(?:\.\d+)?)\s*(?:h|hr|hrs|hour|hours))?\s*(?:(\d+)\s*(?:m|min|mins|minute|minutes))?$/i;
const PLAIN_HOURS = /^(\d+(?:\.\d+)?|\.\d+)$/;
const CLOCK = /^(\d+):([0-5]\d)$/;
const NEGATIVE = /^-\s*\d/;

/** True when the text could be meant as a duration (so the parser can tell hours from a kind or a date). */
export function looksLikeDuration(text: string): boolean {
  return /^-?\s*[\d.]/.test(text.trim());
}

/** Parses one entry's duration into whole minutes; zero, negative, over 24 hours and unreadable text are user errors. */
export function parseDuration(text: string): number {
  const raw = text.trim();
  if (NEGATIVE.test(raw)) throw new UserError("hours.negative-duration", `Hours can't be negative (you wrote "${raw}"): ${EXAMPLE}.`);
  const minutes = toMinutes(raw);
  if (minutes === undefined) {
    throw new UserError("hours.invalid-duration", `I can't read "${raw}" as a duration: ${EXAMPLE}.`);
  }
  if (minutes <= 0) throw new UserError("hours.zero-duration", `An entry needs more than zero time (you wrote "${raw}"): ${EXAMPLE}.`);
  if (minutes > MINUTES_PER_DAY) {
    throw new UserError(
      "hours.over-24-hours",
      `One entry can't be more than 24 hours (you wrote "${raw}"). Log each day separately, e.g. /log-hours 8h work yesterday.`,
    );
  }
  return minutes;
}

function toMinutes(raw: string): number | undefined {
  const plain = PLAIN_HOURS.exec(raw);
  // Decimal hours round to the nearest minute (0.33h is 20m); the reply shows what was stored.
  if (plain) return Math.round(Number(plain[1]) * 60);
  const clock = CLOCK.exec(raw);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const parts = HOURS_AND_MINUTES.exec(raw);
  if (!parts || (parts[1] === undefined && parts[2] === undefined)) return undefined;
  return Math.round(Number(parts[1] ?? 0) * 60) + Number(parts[2] ?? 0);
}
