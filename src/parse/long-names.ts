/**
 * A warning for each listed name with a part longer than any real name part:
 * matching cuts it (see `MAX_NAME_PART_LENGTH`), so the list's reader is told.
 */
import { cleanName, MAX_NAME_PART_LENGTH } from '../text/clean.js';
import type { ParseWarning, SanctionsRecord } from '../types.js';

/** What folding deletes without a space (apostrophes, ayn marks, periods: see normalize/fold.ts). */
const DELETED = /['’‘`´ʹʻʼʽʾʿˈ′.]/g;
const SEPARATOR = /[^\p{L}\p{M}\p{N}]+/u;

/**
 * The parts of a name longer than `MAX_NAME_PART_LENGTH` letters, as written
 * (the parser cannot fold: folding is a layer above; romanization seldom
 * lengthens a word, so this finds the parts matching will cut).
 */
function longParts(text: string): string[] {
  if (text.length <= MAX_NAME_PART_LENGTH) return [];
  return cleanName(text).text.replace(DELETED, '').split(SEPARATOR).filter((part) => part.length > MAX_NAME_PART_LENGTH);
}

/**
 * Adds a warning to `warnings` for each name of `record` (primary, aliases,
 * original script) that matching will cut.
 */
export function warnLongNameParts(record: SanctionsRecord, warnings: ParseWarning[]): void {
  const check = (field: string, text: string | undefined): void => {
    if (text === undefined) return;
    const parts = longParts(text);
    if (parts.length === 0) return;
    warnings.push({
      referenceNumber: record.referenceNumber,
      field,
      raw: text.length > 200 ? `${text.slice(0, 200)}…` : text,
      message: `name part longer than ${MAX_NAME_PART_LENGTH} letters (${parts[0]!.slice(0, MAX_NAME_PART_LENGTH)}…): it is matched on its first ${MAX_NAME_PART_LENGTH} only`,
    });
  };
  check('name', record.name);
  record.aliases.forEach((alias, i) => check(`aliases[${i}].name`, alias.name));
  check('nameOriginalScript', record.nameOriginalScript);
}
