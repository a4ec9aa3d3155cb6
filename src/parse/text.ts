/**
 * Text cleaning shared by every field the parser reads.
 */

/**
 * Trims a value and folds the line wraps the XML puts inside long values
 * (a newline plus the next line's indentation) into one space.
 * Returns `undefined` for missing, empty or blank values, so that placeholder
 * elements such as `<COUNTRY/>` never become empty strings.
 *
 * @example
 * ```ts
 * cleanText('  VIV ANSANM ') // 'VIV ANSANM'
 * cleanText('Passport\n                    no. 1') // 'Passport no. 1'
 * cleanText('') // undefined
 * ```
 */
export function cleanText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/[ \t]*\r?\n\s*/g, ' ').trim();
  return text === '' ? undefined : text;
}
