/**
 * A value as a CSV cell, quoted when it needs it (RFC 4180). For the batch
 * output, `csvCell` (spreadsheet-cell.ts) also neutralises formulas.
 */

/** Quotes a value for CSV when it needs it. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}
