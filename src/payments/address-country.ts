/**
 * The country of an address given only as text: a line that is a country
 * ("GB", "Netherlands", "SRI LANKA"), or a country name ending the last line
 * ("LEKKI LAGOS NIGERIA", "MADRID SPAIN").
 */
import { countryCode } from '../screen/countries.js';
import { expectArray, expectObject } from '../validate.js';

/**
 * Reads the country of unstructured address lines, from the last line up.
 * A two-letter code counts only as a line of its own: "ANYWHERE MO" is
 * Missouri, not Macao, and "SAN FRANCISCO CA" California, not Canada. A
 * trailing code after a postcode ("SAN FRANCISCO CA 94105 US") is read too.
 *
 * @param options.codeLines whether a line of two letters alone is a country code (default true; false for Fedwire, whose third address line is often a US state).
 * @returns an ISO 3166-1 alpha-2 code, or `undefined`.
 * @example
 * ```ts
 * countryFromAddressLines(['226 AWOLOWO WAY 322', 'LAGOS NIGERIA']) // 'NG'
 * countryFromAddressLines(['Corn Exchange 5th Floor', 'GB']) // 'GB'
 * countryFromAddressLines(['123 Anywhere St', 'Anywhere', 'MO']) // 'MO': a line of its own
 * countryFromAddressLines(['Anywhere MO']) // undefined
 * ```
 */
export function countryFromAddressLines(lines: readonly string[], options: { codeLines?: boolean } = {}): string | undefined {
  if (expectArray(lines, 'lines').some((line) => typeof line !== 'string')) expectArray(undefined, 'lines (of strings)');
  expectObject(options, 'options', undefined, true);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!.trim().replace(/[.,;]+$/, '');
    if (line === '') continue;
    // A line of two letters is a country code, except where the format writes US states that way (Fedwire: codeLines false).
    const whole = options.codeLines === false && /^[A-Za-z]{2}$/.test(line) ? undefined : countryCode(line);
    if (whole !== undefined) return whole;
    const words = line.split(/[\s,]+/).filter(Boolean);
    // A code after a postcode: "NEW YORK NY 10001 US", "SAN FRANCISCO CA 94105 US".
    if (words.length >= 3 && /^[A-Z]{2}$/.test(words.at(-1)!) && /\d/.test(words.at(-2)!)) {
      const code = countryCode(words.at(-1)!);
      if (code !== undefined) return code;
    }
    // A country name of one to three words ending the line (before a postcode); never a bare two- or three-letter word.
    while (words.length > 1 && /^[\d.-]+$/.test(words.at(-1)!)) words.pop();
    for (let n = Math.min(3, words.length); n >= 1; n--) {
      const tail = words.slice(-n).join(' ');
      if (tail.length <= 3) continue;
      const code = countryCode(tail);
      if (code !== undefined) return code;
    }
    // Only the last non-empty line says where the address is.
    return undefined;
  }
  return undefined;
}
