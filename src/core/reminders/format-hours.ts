/** Minutes as hours the way a partner reads them: `12`, `12.5`, `0.25`. */
export function formatHours(minutes: number): string {
  return String(Math.round((minutes / 60) * 100) / 100);
}
