/**
 * CSV writing for every export: RFC 4180 quoting, UTF-8 with BOM so Excel opens it, and no cell that a
 * spreadsheet would run as a formula. Published CSVs are downloaded by anonymous visitors and opened by clerks in
 * Excel or WPS; a cell such as `=HYPERLINK(…)` or `@SUM(…)` written by whoever edited a catalogue must arrive as
 * text. Following OWASP's advice on CSV injection, a cell beginning with = + - @, a tab or a carriage return gets a
 * leading apostrophe (shown by spreadsheets as text, and visible in any other reader) — except a plain number such as
 * -3, which a spreadsheet reads as a number, not a formula.
 */

const FORMULA_START = /^[=+\-@\t\r]/u;

/** A plain number (a report's 增/减 column can be negative): no formula, left as a number. */
const PLAIN_NUMBER = /^[-+]?\d+(?:\.\d+)?$/u;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

/** Lines of cells as a CSV document (CRLF line ends, BOM). */
export function csvDocument(lines: ReadonlyArray<readonly string[]>): string {
  return `\uFEFF${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
