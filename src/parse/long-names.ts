/**
 * A warning for each listed name with a part longer than any real name part:
 * matching cuts it (see `MAX_NAME_PART_LENGTH`), so the list's reader is told.
 */
import { MAX_NAME_PART_LENGTH } from '../normalize/clean.js';
import { longNameParts } from '../normalize/tokens.js';
import type { ParseWarning, SanctionsRecord } from '../types.js';

/**
 * Adds a warning to `warnings` for each name of `record` (primary, aliases,
 * original script) that matching will cut.
 */
export function warnLongNameParts(record: SanctionsRecord, warnings: ParseWarning[]): void {
  const check = (field: string, text: string | undefined): void => {
    if (text === undefined) return;
    const parts = longNameParts(text);
    if (parts.length === 0) return;
    warnings.push({
      referenceNumber: record.referenceNumber,
      field,
      raw: text.length > 200 ? `${text.slice(0, 200)}…` : text,
      message: `name part longer than ${MAX_NAME_PART_LENGTH} letters (${parts[0]}): it is matched on its first ${MAX_NAME_PART_LENGTH} only`,
    });
  };
  check('name', record.name);
  record.aliases.forEach((alias, i) => check(`aliases[${i}].name`, alias.name));
  check('nameOriginalScript', record.nameOriginalScript);
}
