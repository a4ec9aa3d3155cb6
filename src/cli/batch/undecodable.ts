/**
 * A batch row that holds U+FFFD: bytes of the input that could not be
 * decoded (the decoder puts U+FFFD in their place), reported in the row's
 * warnings with where they are, instead of screened without a word. The
 * check on a valid row is one `indexOf`; the positions are worked out only
 * for a row that holds U+FFFD.
 */
import { WarningCodes, type ScreenWarning } from '../../screen/warnings.js';

/** The replacement character a decoder puts for bytes it cannot decode. */
export const REPLACEMENT = '\ufffd';

/** Positions listed in the message; beyond, a count. */
const MAX_LISTED = 5;

/**
 * The `UNSC_WARN_UNDECODABLE_BYTES` warning of a row, or `undefined` when
 * its text holds no U+FFFD. `raw` is the row's record as read (a CSV record
 * may span lines), `line` the line it starts on, `field` the column or
 * field holding the first U+FFFD and `value` that field's text.
 * Columns count characters from 1.
 *
 * @example
 * ```ts
 * undecodableWarning('e1,J\ufffdrgen,DE', 4, 'name', 'J\ufffdrgen')?.message
 * // 'bytes not valid in the input's encoding (UTF-8 unless --encoding) at line 4, column 5: read as U+FFFD, the row screened as read (or the input held U+FFFD itself)'
 * ```
 */
export function undecodableWarning(raw: string, line: number, field: string, value: string): ScreenWarning | undefined {
  let at = raw.indexOf(REPLACEMENT);
  if (at < 0) return undefined;
  const positions: string[] = [];
  let count = 0;
  let lineNumber = line;
  let lineStart = 0;
  let scanned = 0;
  for (; at >= 0; at = raw.indexOf(REPLACEMENT, at + 1)) {
    count++;
    if (positions.length === MAX_LISTED) continue;
    for (let i = raw.indexOf('\n', scanned); i >= 0 && i < at; i = raw.indexOf('\n', i + 1)) {
      lineNumber++;
      lineStart = i + 1;
    }
    scanned = at;
    positions.push(`line ${lineNumber}, column ${[...raw.slice(lineStart, at)].length + 1}`);
  }
  const more = count > MAX_LISTED ? ` and ${count - MAX_LISTED} more` : '';
  return {
    code: WarningCodes.UNDECODABLE_BYTES,
    field,
    value,
    message:
      `bytes not valid in the input's encoding (UTF-8 unless --encoding) at ${positions.join('; ')}${more}: ` +
      'read as U+FFFD, the row screened as read (or the input held U+FFFD itself)',
  };
}
