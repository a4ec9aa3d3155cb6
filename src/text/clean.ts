/**
 * What a name is cleaned of before it is matched, in queries and in the
 * list alike: characters that show nothing (a soft hyphen or a zero-width
 * space inside a word would otherwise cut it in two and hide it), terminal
 * escape sequences and other control characters, and numeric character
 * references (`JOS&#201;`) that an export left undecoded.
 */
import { expectString } from '../validate.js';

/**
 * Longest name part (folded token) compared as written: the longest on the
 * list is 18 letters (`maghomedzakirovich`), the longest in the evaluation
 * sets 22 (`pricewaterhousecoopers`). A longer part is cut to this length
 * (with a warning on the screen): the candidate lookup costs the square of a
 * part's length, so that one 10,000-letter word would otherwise stall a screen.
 */
export const MAX_NAME_PART_LENGTH = 40;

/**
 * Code points that show nothing: format characters (Unicode Cf: soft hyphen,
 * zero-width space and joiners, bidirectional marks, word joiner, BOM…) and
 * the other default-ignorable code points (variation selectors, Hangul fillers…).
 */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
/** Terminal escape sequences: CSI (`ESC [ … letter`), OSC (`ESC ] … BEL` or `ESC \`), and two-character escapes. */
const TERMINAL_ESCAPE = /\x1b(?:\[[0-?]*[ -/]*[@-~]?|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])?|\x9b[0-?]*[ -/]*[@-~]?/g;
/** Control characters (C0 and C1 but tab and line ends) left after the escape sequences are removed: they separate words. */
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;
/** `&#201;`, `&#xCD;` (and the five XML entities, which a double-encoded export leaves too). */
const CHARACTER_REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Text none of the rules below can change (most names): printable ASCII without `&`. */
const PLAIN = /^[\x20-\x25\x27-\x7e]*$/;

/** What cleaning changed in a name: a reason for a warning. */
export interface NameCleaning {
  /** The name as matched. */
  text: string;
  /** Invisible characters, escape sequences or control characters were removed. */
  invisible: boolean;
  /** Numeric character references (`&#201;`) were decoded. */
  references: boolean;
}

/**
 * Cleans a name for matching, and says what it changed.
 *
 * @example
 * ```ts
 * cleanName('Mu\u00ADkh\u00ADtar').text; // 'Mukhtar'
 * cleanName('JOS&#201; MAR&#xCD;A').text; // 'JOSÉ MARÍA'
 * cleanName('\x1b[31mAli\x1b[0m').text; // 'Ali'
 * ```
 */
export function cleanName(text: string): NameCleaning {
  expectString(text, 'text');
  if (PLAIN.test(text)) return { text, invisible: false, references: false };
  let references = false;
  const decoded = text.includes('&')
    ? text.replace(CHARACTER_REFERENCE, (whole, hex: string | undefined, decimal: string | undefined, named: string | undefined) => {
        if (named !== undefined) {
          references = true;
          return NAMED[named]!;
        }
        const code = hex !== undefined ? parseInt(hex, 16) : Number(decimal);
        if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
        references = true;
        return String.fromCodePoint(code);
      })
    : text;
  const cleaned = decoded.replace(TERMINAL_ESCAPE, '').replace(INVISIBLE, '').replace(CONTROL, ' ');
  return { text: cleaned, invisible: cleaned !== decoded, references };
}

/**
 * A name made safe to print on a terminal: escape sequences and control
 * characters shown as `\x1b`-style escapes, invisible characters as `\u{ad}`.
 *
 * @example
 * ```ts
 * printableName('\x1b[2JAli'); // '\\x1b[2JAli'
 * ```
 */
export function printableName(text: string): string {
  if (PLAIN.test(text) || !/[\x00-\x1f\x7f-\x9f\p{Cf}\p{Default_Ignorable_Code_Point}]/u.test(text)) return text;
  return text.replace(/[\x00-\x1f\x7f-\x9f]|[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu, (char) => {
    const code = char.codePointAt(0)!;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}
