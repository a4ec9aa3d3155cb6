/**
 * Birth dates: what a caller gives, and how it compares with the list's
 * EXACT, APPROXIMATELY and BETWEEN dates (several per person).
 */
import type { DateOfBirth } from '../types.js';
import { SCORING_MODEL, type ScoringModel } from '../scoring-model.js';

/** A birth date given by a caller: a year, a month or a day. */
export interface QueryBirthDate {
  year: number;
  month?: number;
  day?: number;
  /** As given, for the audit trail. */
  raw: string;
}

/**
 * Reads `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a year number; `undefined` when
 * the value is not such a date (the caller decides whether that is an error).
 *
 * @example
 * ```ts
 * readBirthDate('1965') // { year: 1965, raw: '1965' }
 * readBirthDate('1974-11-24') // { year: 1974, month: 11, day: 24, raw: '1974-11-24' }
 * readBirthDate('24/11/1974') // undefined
 * ```
 */
export function readBirthDate(value: string | number): QueryBirthDate | undefined {
  const raw = String(value).trim();
  const match = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(raw);
  if (match === null) return undefined;
  const year = Number(match[1]);
  if (year < 1850 || year > 2200) return undefined;
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > new Date(Date.UTC(year, month!, 0)).getUTCDate())) return undefined;
  return { year, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }), raw };
}

/** How a caller's birth date compares with one of the list's. */
export type BirthDateOutcome = 'same-day' | 'same-year' | 'other-day' | 'within-range' | 'near' | 'conflict' | 'unknown';

/**
 * Compares a caller's birth date with one listed birth date.
 * - `same-day`: both full dates and equal;
 * - `same-year`: the years agree, and the list or the caller gives only a year;
 * - `other-day`: both give a full date, in the same year, and the days differ;
 * - `within-range`: inside a BETWEEN range, or within `approximateYears` of an APPROXIMATELY year;
 * - `near`: at most `nearYears` apart (a typed-in or rounded year);
 * - `conflict`: further apart;
 * - `unknown`: the listed date is free text only.
 */
export function compareBirthDate(query: QueryBirthDate, listed: DateOfBirth, years: ScoringModel['birthDates'] = SCORING_MODEL.birthDates): BirthDateOutcome {
  const from = listed.fromYear;
  const to = listed.toYear;
  if (from !== undefined || to !== undefined) {
    const low = from ?? to!;
    const high = to ?? from!;
    if (query.year >= low && query.year <= high) return 'within-range';
    return Math.min(Math.abs(query.year - low), Math.abs(query.year - high)) <= years.nearYears ? 'near' : 'conflict';
  }
  if (listed.year === undefined) return 'unknown';
  const apart = Math.abs(query.year - listed.year);
  if (listed.type === 'APPROXIMATELY') return apart <= years.approximateYears ? 'within-range' : 'conflict';
  if (apart === 0) {
    if (listed.date !== undefined && query.month !== undefined && query.day !== undefined) {
      const [, month, day] = listed.date.split('-').map(Number);
      if (month === query.month && day === query.day) return 'same-day';
      return 'other-day';
    }
    return 'same-year';
  }
  return apart <= years.nearYears ? 'near' : 'conflict';
}

/**
 * How many years of birth give `outcome` (a `same-year` or a `within-range`)
 * against a designation's listed dates: the years a stranger's birth year
 * could land on to get it. A designation that lists 1961 and 1966 gives a
 * same year for two years, a range 1975–1976 gives within-range for two, an
 * APPROXIMATELY 1960 for the five years 1958–1962. A stranger's year hits
 * one of N years N times as often as one (what
 * `SCORING_MODEL.evidence.birthYearsCountWeight` weighs, 0 by default).
 *
 * @example
 * ```ts
 * yearsGiving('same-year', [{ type: 'EXACT', year: 1961 }, { type: 'EXACT', year: 1966 }]); // 2
 * yearsGiving('within-range', [{ type: 'BETWEEN', fromYear: 1975, toYear: 1976 }]); // 2
 * yearsGiving('within-range', [{ type: 'APPROXIMATELY', year: 1960 }]); // 5
 * ```
 */
export function yearsGiving(outcome: 'same-year' | 'within-range', listed: readonly DateOfBirth[], years: ScoringModel['birthDates'] = SCORING_MODEL.birthDates): number {
  const named = listed.flatMap((d) => [d.year, d.fromYear, d.toYear].filter((y): y is number => y !== undefined));
  if (named.length === 0) return 0;
  const reach = years.approximateYears + years.nearYears;
  let count = 0;
  for (let year = Math.min(...named) - reach; year <= Math.max(...named) + reach; year++) {
    const outcomes = listed.map((d) => compareBirthDate({ year, raw: String(year) }, d, years));
    // A year that is one date's same year and inside another's range counts as a same year.
    const best = outcomes.includes('same-year') ? 'same-year' : outcomes.includes('within-range') ? 'within-range' : undefined;
    if (best === outcome) count++;
  }
  return count;
}
