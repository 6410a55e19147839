import { UserError } from "../commands/user-error.js";
import type { CronFields } from "./cron-fields.js";
import { MONTH_NAMES, WEEKDAY_NAMES } from "./schedule-words.js";

interface FieldSpec {
  name: string;
  min: number;
  max: number;
  names?: string[];
  /** Value of the first name: months are 1-based, weekdays 0-based. */
  nameBase?: number;
}

const FIELDS: FieldSpec[] = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day of month", min: 1, max: 31 },
  { name: "month", min: 1, max: 12, names: MONTH_NAMES, nameBase: 1 },
  { name: "day of week", min: 0, max: 7, names: WEEKDAY_NAMES, nameBase: 0 },
];

const EXAMPLE = 'cron "0 9 * * 1" (minute hour day-of-month month day-of-week: Mondays at 9:00)';

/** Reads a standard five-field cron expression. Reminders post at minute precision, so a seconds field is refused. */
export function parseCronExpression(expression: string): CronFields {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 5) {
    throw new UserError(
      "reminders.bad-cron",
      `A cron schedule needs exactly five fields, and "${expression}" has ${parts.length}. Example: ${EXAMPLE}.`,
    );
  }
  const [minutes, hours, days, months, weekdays] = parts.map((part, i) => expandField(part, FIELDS[i]!));
  return {
    minutes: [...minutes!].sort((a, b) => a - b),
    hours: [...hours!].sort((a, b) => a - b),
    daysOfMonth: days!,
    months: months!,
    weekdays: new Set([...weekdays!].map((d) => d % 7)),
    dayFieldsOred: !parts[2]!.startsWith("*") && !parts[4]!.startsWith("*"),
  };
}

function expandField(text: string, spec: FieldSpec): Set<number> {
  const values = new Set<number>();
  for (const item of text.split(",")) {
    const match = /^(\*|[a-z0-9]+(?:-[a-z0-9]+)?)(?:\/(\d+))?$/i.exec(item);
    if (!match) throw fieldError(spec, text);
    const step = match[2] === undefined ? 1 : Number(match[2]);
    if (step < 1) throw fieldError(spec, text);
    let [low, high] = [spec.min, spec.max];
    if (match[1] !== "*") {
      const [a, b] = match[1]!.split("-");
      low = value(a!, spec, text);
      // `5/15` means from 5 to the end, every 15.
      high = b !== undefined ? value(b, spec, text) : match[2] !== undefined ? spec.max : low;
    }
    if (low > high) throw fieldError(spec, text);
    for (let v = low; v <= high; v += step) values.add(v);
  }
  return values;
}

function value(word: string, spec: FieldSpec, text: string): number {
  const named = spec.names?.findIndex((n) => n.startsWith(word.toLowerCase()) && word.length >= 3) ?? -1;
  const n = named >= 0 ? named + (spec.nameBase ?? 0) : /^\d+$/.test(word) ? Number(word) : NaN;
  if (!(n >= spec.min && n <= spec.max)) throw fieldError(spec, text);
  return n;
}

function fieldError(spec: FieldSpec, text: string): UserError {
  return new UserError(
    "reminders.bad-cron",
    `The cron ${spec.name} field "${text}" is not valid: use numbers ${spec.min}-${spec.max}, ranges (1-5), lists (1,15) or steps (*/15). Example: ${EXAMPLE}.`,
  );
}
