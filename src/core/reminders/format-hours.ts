/** Minutes as hours the way a partner reads them: `12`, `12.5`, `0.25`. */
export function formatHours(minutes: number): string {
  return String(Math.round((minutes / 60) * 100) / 100);
}

/** `1 ethics hour`, `8 CEU hours`. */
export function countHours(minutes: number, what: string): string {
  return `${formatHours(minutes)} ${what} ${minutes === 60 ? "hour" : "hours"}`;
}
