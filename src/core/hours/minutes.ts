export const MINUTES_PER_DAY = 24 * 60;

/** Minutes as people say them: `1h 30m`, `45m`, `8h`. Hours are stored as integer minutes, so no float drift. */
export function formatMinutes(minutes: number): string {
  const sign = minutes < 0 ? "-" : "";
  const whole = Math.abs(Math.round(minutes));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  if (whole === 0) return "0h";
  if (hours === 0) return `${sign}${rest}m`;
  return rest === 0 ? `${sign}${hours}h` : `${sign}${hours}h ${rest}m`;
}

/** Minutes as decimal hours with two places, for CSV columns a spreadsheet sums. */
export function minutesAsDecimalHours(minutes: number): string {
  return (minutes / 60).toFixed(2);
}
