const formatters = new Map<string, Intl.DateTimeFormat>();

/** `Tue 12 Jan 2027 10:00 EST`: how people see a reminder's time, in the schedule's own zone. */
export function formatInZone(instant: Date, zone: string): string {
  let formatter = formatters.get(zone);
  if (!formatter) {
    // en-US is the locale that names US zones EST/MDT rather than GMT-5.
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      weekday: "short",
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZoneName: "short",
    });
    formatters.set(zone, formatter);
  }
  const p = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${p.weekday} ${p.day} ${p.month} ${p.year} ${p.hour}:${p.minute} ${p.timeZoneName}`;
}
