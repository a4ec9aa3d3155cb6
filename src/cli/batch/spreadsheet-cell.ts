/**
 * Cells a spreadsheet opens as text, never as a formula (CSV injection).
 */
import { csvField } from './csv-line.js';

/**
 * Neutralises a value a spreadsheet would run as a formula: one that starts
 * with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`
 * (OWASP's rule for CSV injection). Names and ids come from the input and
 * reasons quote them, so every text cell of the CSV output goes through this.
 *
 * @example
 * ```ts
 * neutralise('=HYPERLINK("http://x","y")') // `'=HYPERLINK("http://x","y")`
 * neutralise('-Mukhtar')                   // "'-Mukhtar"
 * neutralise('Mukhtar')                    // 'Mukhtar'
 * ```
 */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * A text value as a CSV output cell: neutralised, then quoted when it holds a
 * comma, a quote, a line break or edge spaces.
 *
 * @example
 * ```ts
 * csvCell('SALEK, ABDULHAI') // '"SALEK, ABDULHAI"'
 * csvCell('@SUM(A1)')        // "'@SUM(A1)"
 * ```
 */
export function csvCell(value: string): string {
  return csvField(neutralise(value));
}
