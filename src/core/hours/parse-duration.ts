import { UserError } from "../commands/user-error.js";
import { MINUTES_PER_DAY } from "./minutes.js";

const EXAMPLE = "write hours like 1.5, 2h, 90m or 1h30m, e.g. /log-hours 1.5 work";

// `1.5`, `2`, `2h`, `2hr`, `2 hours`, `90m`, `90min`, `1h30m`, `1h 30m`, `1:30`. ASCII digits only (no `u` flag).
const HOURS_AND_MINUTES = /^(?:(\d+(?:\.\d+)?|\.\d+)\s*(?:h|hr|hrs|hour|hours))?\s*(?:(\d+)\s*(?:m|min|mins|minute|minutes))?$/i;
const PLAIN_HOURS = /^(\d+(?:\.\d+)?|\.\d+)$/;
const CLOCK = /^(\d+):(\d+)$/;
const MINUS = /^[-\u2212]\s*/;
// Anything a person might mean as a number: any script's digits, fractions like ½, a sign, NaN, Infinity.
const NUMBER_LIKE = /^[+\-\u2212]?\s*(?:[\p{N}.]|(?:nan|inf|infinity)(?:h|hrs?|hours?|m|mins?|minutes?)?$)/iu;

/** True when the text could be meant as a duration (so the parser can tell hours from a kind or a date). */
export function looksLikeDuration(text: string): boolean {
  return NUMBER_LIKE.test(text.trim());
}

/** An exact duration: minutes = numerator / scale, kept as integers so 24.0001h is more than 24 h before any rounding. */
interface ExactMinutes {
  numerator: bigint;
  scale: bigint;
  /** Minutes written beside hours (the 61 of 1h61m or 1:61). */
  minutesPart?: bigint;
}

/** Parses one entry's duration into whole minutes; zero, negative, over 24 hours and unreadable text are user errors. */
export function parseDuration(text: string): number {
  const raw = text.trim();
  const negative = MINUS.test(raw);
  const exact = toExactMinutes(raw.replace(MINUS, ""));
  if (exact === undefined) throw new UserError("hours.invalid-duration", `I can't read "${raw}" as a duration: ${EXAMPLE}.`);
  if (exact.minutesPart !== undefined && exact.minutesPart > 59n) {
    throw new UserError("hours.invalid-duration", `"${raw}" has ${exact.minutesPart} minutes beside the hours; minutes go up to 59 (write 2h1m for 1h61m): ${EXAMPLE}.`);
  }
  if (exact.numerator === 0n) throw new UserError("hours.zero-duration", `An entry needs more than zero time (you wrote "${raw}"): ${EXAMPLE}.`);
  if (negative) throw new UserError("hours.negative-duration", `Hours can't be negative (you wrote "${raw}"): ${EXAMPLE}.`);
  if (exact.numerator > BigInt(MINUTES_PER_DAY) * exact.scale) {
    throw new UserError(
      "hours.over-24-hours",
      `One entry can't be more than 24 hours (you wrote "${raw}"). Log each day separately, e.g. /log-hours 8h work yesterday.`,
    );
  }
  // Decimal hours round to the nearest minute (0.33h is 20m) only once the exact value has passed; the reply shows what was stored.
  const minutes = Number((exact.numerator * 2n + exact.scale) / (exact.scale * 2n));
  if (minutes === 0) throw new UserError("hours.zero-duration", `"${raw}" is less than half a minute; log at least 1m: ${EXAMPLE}.`);
  return minutes;
}

function toExactMinutes(raw: string): ExactMinutes | undefined {
  const plain = PLAIN_HOURS.exec(raw);
  if (plain) return hoursAsMinutes(plain[1]!);
  const clock = CLOCK.exec(raw);
  if (clock) return withMinutes(hoursAsMinutes(clock[1]!), BigInt(clock[2]!));
  const parts = HOURS_AND_MINUTES.exec(raw);
  if (!parts || (parts[1] === undefined && parts[2] === undefined)) return undefined;
  const hours = hoursAsMinutes(parts[1] ?? "0");
  if (parts[2] === undefined) return hours;
  // Minutes alone (`90m`) may be any number; beside hours they are the rest of an hour.
  return parts[1] === undefined ? { numerator: BigInt(parts[2]), scale: 1n } : withMinutes(hours, BigInt(parts[2]));
}

/** `1.25` hours as exactly 75 minutes: the decimal's digits as an integer over a power of ten. */
function hoursAsMinutes(decimal: string): ExactMinutes {
  const [whole = "", fraction = ""] = decimal.split(".");
  const scale = 10n ** BigInt(fraction.length);
  return { numerator: BigInt(`${whole || "0"}${fraction}`) * 60n, scale };
}

function withMinutes(hours: ExactMinutes, minutes: bigint): ExactMinutes {
  return { numerator: hours.numerator + minutes * hours.scale, scale: hours.scale, minutesPart: minutes };
}
