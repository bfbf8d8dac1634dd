/**
 * CSV cells for the analysis downloads (RFC 4180: quoted when they hold a comma, quote or line break, quotes
 * doubled). Text cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) get a
 * leading single quote, the rule src/data/csv.ts applies to dataset exports; it is repeated here rather than
 * imported so these small files do not pull the CSV parser into the page.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function csvText(cell: string): string {
  const safe = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows joined with CRLF, a final one too. Cells must already be escaped (csvText) or numeric. */
export function csvLines(rows: readonly (readonly string[])[]): string {
  return `${rows.map((r) => r.join(',')).join('\r\n')}\r\n`;
}
