import type { TimeOfDay } from "./schedule.js";

/** `9:00`, `09:30`, `9`, `9am`, `2:30 pm`, `noon` -> a 24-hour time, or undefined. */
export function parseTimeOfDay(text: string): TimeOfDay | undefined {
  const t = text.trim().toLowerCase();
  if (t === "noon") return { hour: 12, minute: 0 };
  if (t === "midnight") return { hour: 0, minute: 0 };
  const match = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/.exec(t);
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  const meridiem = match[3]?.[0];
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === "p" ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return undefined;
  return { hour, minute };
}

export function formatTimeOfDay(time: TimeOfDay): string {
  return `${time.hour}:${String(time.minute).padStart(2, "0")}`;
}
