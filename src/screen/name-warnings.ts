/**
 * What a screen says about the name it was given, beside its alerts: a name
 * that cannot be a name (no letters, one letter repeated: it is not screened
 * by name), a part cut because it is longer than any name part, characters
 * that show nothing or character references removed before matching.
 */
import { cleanName, MAX_NAME_PART_LENGTH } from '../text/clean.js';
import { longNameParts } from '../normalize/tokens.js';
// The codes and the shape are the one set in warnings.ts (name, side fields and list age alike).
import { WarningCodes, type ScreenWarning } from './warnings.js';

/**
 * True when a name has no letter, or only one letter however often repeated:
 * not a name, and nothing to screen (every list name with an A would
 * otherwise be a candidate for "AAAAA").
 *
 * @example
 * ```ts
 * isJunkName('xxxx xxxx'); // true
 * isJunkName('999999'); // true
 * isJunkName('Li Li'); // false
 * ```
 */
export function isJunkName(name: string): boolean {
  let first: string | undefined;
  for (const char of cleanName(name).text) {
    if (!LETTER.test(char)) continue;
    const letter = char.toLowerCase();
    if (first === undefined) first = letter;
    else if (letter !== first) return false;
  }
  return true;
}
const LETTER = /\p{L}/u;

/**
 * The warnings due on a query's name (none for most names).
 *
 * @example
 * ```ts
 * nameWarnings('Mu\u00ADkhtar').map((w) => w.code); // ['UNSC_WARN_INVISIBLE_CHARACTERS']
 * ```
 */
export function nameWarnings(name: string): ScreenWarning[] {
  const warnings: ScreenWarning[] = [];
  const cleaning = cleanName(name);
  if (cleaning.invisible) {
    warnings.push({
      code: WarningCodes.INVISIBLE_CHARACTERS,
      field: 'name',
      value: shorten(cleaning.text),
      message: 'invisible characters, escape sequences or control characters were removed from the name before screening',
    });
  }
  if (cleaning.references) {
    warnings.push({
      code: WarningCodes.CHARACTER_REFERENCES,
      field: 'name',
      value: shorten(cleaning.text),
      message: 'character references (&#…;) in the name were decoded before screening',
    });
  }
  const cut = longNameParts(name);
  if (cut.length > 0) {
    const readable = withoutLongParts(name);
    const also = readable === undefined ? '' : `; the name was also screened without ${cut.length === 1 ? 'it' : 'them'} (${JSON.stringify(shorten(readable))})`;
    warnings.push({
      code: WarningCodes.NAME_PART_CUT,
      field: 'name',
      value: cut[0]!,
      message: `${cut.length === 1 ? 'a name part' : `${cut.length} name parts`} longer than ${MAX_NAME_PART_LENGTH} letters (no real name part is) cut to the first ${MAX_NAME_PART_LENGTH}${also}`,
    });
  }
  if (isJunkName(name)) {
    warnings.push({
      code: WarningCodes.JUNK_NAME,
      field: 'name',
      value: shorten(name),
      message: 'the name has no letters or one letter repeated: not screened by name',
    });
  }
  return warnings;
}

/**
 * The name without its parts longer than any name part (a field filled with
 * one huge word), or undefined when it has none or nothing else. A screen
 * cuts such a part to its first letters, and what is left still weighs on
 * the score: `screen` screens this name as well and keeps the better score.
 *
 * @example
 * ```ts
 * withoutLongParts(`MOKHTAR BELMOKHTAR ${'X'.repeat(100)}`); // 'MOKHTAR BELMOKHTAR'
 * withoutLongParts('Mokhtar Belmokhtar'); // undefined
 * ```
 */
export function withoutLongParts(name: string): string | undefined {
  // (most names: too short to hold such a part; this runs for every screen)
  if (name.length <= MAX_NAME_PART_LENGTH) return undefined;
  // Only the over-long run of letters goes, not the word it is joined to (BELMOKHTAR-XXXX…, BELMOKHTAR/XXXX…).
  const readable = name.replace(LONG_RUN, ' ').replace(SPACES, ' ').trim();
  return readable === name.trim() || !HAS_LETTER.test(readable) ? undefined : readable;
}
const LONG_RUN = new RegExp(`[\\p{L}\\p{M}\\p{N}]{${MAX_NAME_PART_LENGTH + 1},}`, 'gu');
const SPACES = /\s+/gu;
const HAS_LETTER = /\p{L}/u;

/** A value short enough for a warning. */
function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
