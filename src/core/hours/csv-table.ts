// A cell starting with one of these is run as a formula by spreadsheet apps; notes are free text typed in chat.
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180 CSV (CRLF, quoted when needed), with formula-looking text neutralised by a leading apostrophe. */
export function csvTable(header: string[], rows: (string | number | undefined)[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

function csvCell(value: string | number | undefined): string {
  if (value === undefined) return "";
  if (typeof value === "number") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
