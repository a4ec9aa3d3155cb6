/**
 * Building a `PaymentParty` the same way for every format: names and lines
 * with folded whitespace, countries checked against ISO 3166 (an unknown one
 * is a warning, never a failure), the BIC's country kept as evidence.
 */
import { countryCode } from '../screen/countries.js';
import { countryFromAddressLines } from './address-country.js';
import type { PaymentParty, PaymentWarning } from './types.js';

/** Collapses runs of whitespace (a name wrapped over two XML lines) and trims; `undefined` for nothing. */
export function clean(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const folded = text.replace(/\s+/g, ' ').trim();
  return folded === '' ? undefined : folded;
}

/** An empty party with a role and a path. */
export function newParty(role: string, path: string, institution: boolean): PaymentParty {
  return {
    role,
    path,
    ...(institution ? { kind: 'entity' as const } : {}),
    institution,
    address: { lines: [], structured: {} },
    countries: [],
    identifiers: { other: [] },
  };
}

/**
 * Adds a country given as a code or name to the party's evidence; an unknown
 * one ("UK" is known; "XX" is not) becomes a warning.
 * @returns the ISO alpha-2 code, or `undefined`.
 */
export function addCountry(party: PaymentParty, value: string | undefined, path: string, warnings: PaymentWarning[]): string | undefined {
  const text = clean(value);
  if (text === undefined) return undefined;
  const code = countryCode(text);
  if (code === undefined) {
    warnings.push({ code: 'UNSC_WARN_UNKNOWN_COUNTRY', message: `Unknown country ${JSON.stringify(text)}: the party is screened without it`, path });
    return undefined;
  }
  if (!party.countries.includes(code)) party.countries.push(code);
  return code;
}

/** Sets the party's BIC, and its country (characters 5–6) as evidence. */
export function setBic(party: PaymentParty, value: string | undefined): void {
  const bic = clean(value)?.toUpperCase();
  if (bic === undefined) return;
  party.identifiers.bic = bic;
  if (/^[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(bic)) {
    const code = countryCode(bic.slice(4, 6));
    if (code !== undefined && !party.countries.includes(code)) party.countries.push(code);
  }
}

/** When the address has no structured country, reads one from its lines. */
export function finishAddress(party: PaymentParty, options: { codeLines?: boolean } = {}): void {
  const address = party.address;
  if (address.country === undefined && address.lines.length > 0) {
    const code = countryFromAddressLines(address.lines, options);
    if (code !== undefined) address.country = code;
  }
  if (address.country !== undefined && !party.countries.includes(address.country)) party.countries.push(address.country);
}

/** True when a party carries nothing to screen or identify it by. */
export function isEmptyParty(party: PaymentParty): boolean {
  const ids = party.identifiers;
  return party.name === undefined && ids.bic === undefined && ids.lei === undefined && ids.account === undefined && ids.other.length === 0;
}
