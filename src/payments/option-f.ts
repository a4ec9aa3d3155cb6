/**
 * The numbered lines of a party in SWIFT's option F layout, which MT 50F/59F
 * and Fedwire's `{5010}` originator share: `1/` name (repeated when long),
 * `2/` address, `3/CC/town`, `4/YYYYMMDD` birth date, `5/CC/place of birth`
 * (or the country or the place alone), `6/` customer id, `7/` national id,
 * `8/` the rest of the `6/` or `7/` id before it.
 */
import { readBirthDate } from '../screen/birth-dates.js';
import { addCountry, clean } from './party.js';
import type { PaymentParty, PaymentWarning } from './types.js';

/**
 * Reads the numbered lines into `party` (lines without a number are the
 * caller's: MT and Fedwire give the first line different meanings) and sets
 * its name from the `1/` lines, joined. A `1/` line of digits only is an
 * account, not a name part.
 *
 * @example
 * ```ts
 * const party = newParty('orderingCustomer', ':50F:', false);
 * readOptionFLines(party, ['/12345', '1/MUKHTAR', '1/BELMUKHTAR', '3/DZ/ALGIERS', '4/19720501'], ':50F:', []);
 * party.name; // 'MUKHTAR BELMUKHTAR'
 * party.identifiers.birthDate; // '1972-05-01'
 * ```
 */
export function readOptionFLines(party: PaymentParty, lines: readonly string[], path: string, warnings: PaymentWarning[]): void {
  const names: string[] = [];
  // The identifier a `8/` line continues (the last `6/` or `7/` one).
  let continued: { id: string; scheme?: string } | undefined;
  // A Fedwire element may hold line breaks: before a number (`1/…\n2/…`) they part lines, elsewhere
  // (a file wrapped by an editor) they are spaces.
  for (const line of lines.flatMap((element) => element.split(/\r?\n(?=[1-8]\/)/))) {
    const numbered = /^([1-8])\/(.*)$/s.exec(line);
    if (numbered === null) continue;
    const number = numbered[1]!;
    const text = numbered[2]!.replace(/\s+/g, ' ').trim();
    if (number !== '8') continued = undefined;
    if (number === '1') names.push(text);
    else if (number === '2') party.address.lines.push(text);
    else if (number === '3') {
      const [country, ...town] = text.split('/');
      const code = addCountry(party, country, path, warnings);
      if (code !== undefined) party.address.country = code;
      const townText = clean(town.join('/'));
      if (townText !== undefined) party.address.structured['TwnNm'] = townText;
    } else if (number === '4') {
      const date = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
      const iso = date === null ? text : `${date[1]}-${date[2]}-${date[3]}`;
      party.identifiers.birthDate = iso;
      if (readBirthDate(iso) === undefined) {
        warnings.push({ code: 'UNSC_WARN_BAD_BIRTH_DATE', message: `Birth date ${JSON.stringify(text)} is no date: the party is screened without it`, path });
      }
    } else if (number === '5') {
      // Place of birth: `5/CC/town`, a country code alone (`5/DZ`), or a town alone.
      const parts = text.split('/');
      const countryOnly = parts.length === 1 && /^[A-Z]{2}$/.test(text);
      const code = parts.length > 1 || countryOnly ? addCountry(party, parts[0], path, warnings) : undefined;
      if (code !== undefined) party.identifiers.countryOfBirth = code;
      const city = countryOnly ? undefined : clean(parts.length > 1 ? parts.slice(1).join('/') : text);
      if (city !== undefined) party.identifiers.cityOfBirth = city;
    } else if (number === '6' || number === '7') {
      const parts = text.split('/');
      const id = clean(parts.slice(number === '6' ? 2 : 1).join('/'));
      if (id !== undefined) {
        continued = { id, scheme: number === '7' ? 'NIDN' : 'CUST' };
        party.identifiers.other.push(continued);
      }
    } else if (number === '8' && continued !== undefined) {
      // `8/`: the rest of the identifier of the line before (an id longer than a line).
      continued.id += text;
    }
  }
  const name = clean(names.filter((part) => !/^\d+$/.test(part)).join(' '));
  if (name !== undefined) party.name = name;
}
