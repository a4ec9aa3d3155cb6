/**
 * A party's birth date as people write it: `1958`, `1958-06`, `1958-06-01`,
 * `1958/06/01`, `01/06/1958`, `01.06.1958`, `1 June 1958`, `June 1958`, a
 * year number or a `Date`. What cannot be read whole keeps what can (the
 * year) and says why.
 */
import type { QueryBirthDate } from './birth-dates.js';
import { WarningCodes, type WarningCode } from './warnings.js';
import { expectOneOf } from '../validate.js';

/**
 * How a day/month/year date with the year last is read: `dmy` (01/06/1958 is
 * 1 June, most of the world), `mdy` (June 1st, the United States), or `auto`
 * (the default): the order is clear only when one of the two numbers is above
 * 12; otherwise only the year is used, with an `UNSC_WARN_AMBIGUOUS_DATE` warning.
 */
export type DateOrder = 'dmy' | 'mdy' | 'auto';

/** The values of {@link DateOrder}. */
export const DATE_ORDERS: readonly DateOrder[] = Object.freeze(['dmy', 'mdy', 'auto']);

/** What was read of a birth date: the date (or its year alone), and a warning when not all of it could be used. */
export interface DateReading {
  date?: QueryBirthDate;
  warning?: { code: WarningCode; problem: string; consequence: string };
}

/** Years a birth date may fall in. */
const FIRST_YEAR = 1850;
const LAST_YEAR = 2200;

const MONTHS: Readonly<Record<string, number>> = Object.freeze({
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
});

const EXPECTED = 'YYYY, YYYY-MM, YYYY-MM-DD, DD/MM/YYYY, DD.MM.YYYY (MM/DD/YYYY with dateOrder "mdy"), "1 June 1958", a year number or a Date';

/**
 * Reads a party's birth date. `null`, `undefined` and blank text are absent
 * (an empty reading, no warning).
 *
 * @example
 * ```ts
 * readQueryDate('24/11/1974').date // { year: 1974, month: 11, day: 24, raw: '24/11/1974' }
 * readQueryDate('02/05/1958').warning?.code // 'UNSC_WARN_AMBIGUOUS_DATE' (date: the year 1958 only)
 * readQueryDate('02/05/1958', 'mdy').date // { year: 1958, month: 2, day: 5, raw: '02/05/1958' }
 * readQueryDate('1975-13-01').date // { year: 1975, raw: '1975-13-01' }, with UNSC_WARN_UNREADABLE_DATE
 * ```
 * @throws {ArgumentRangeError} (code `UNSC_ERR_INVALID_OPTION`) for an `order` that is not dmy, mdy or auto (a value is never an error: it is a reading with a warning).
 */
export function readQueryDate(value: unknown, order: DateOrder = 'auto'): DateReading {
  expectOneOf(order, 'order', DATE_ORDERS);
  if (value === null || value === undefined) return {};
  if (value instanceof Date) return readDateObject(value);
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= FIRST_YEAR && value <= LAST_YEAR) return { date: { year: value, raw: String(value) } };
    return unreadable(String(value), `a year number from ${FIRST_YEAR} to ${LAST_YEAR}`);
  }
  if (typeof value !== 'string') return unreadable(undefined, EXPECTED);
  const raw = value.trim();
  if (raw === '') return {};
  let match = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(raw); // year first: never ambiguous
  if (match !== null) return build(raw, Number(match[1]), num(match[2]), num(match[3]));
  match = /^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$/.exec(raw);
  if (match !== null) return dayMonth(raw, Number(match[1]), Number(match[2]), Number(match[3]), order);
  match = /^(\d{1,2})[\s.\-]*([A-Za-z]+)\.?[\s.,\-]*(\d{4})$/.exec(raw); // 1 June 1958, 01-Jun-1958
  if (match !== null && MONTHS[match[2]!.toLowerCase()] !== undefined) {
    return build(raw, Number(match[3]), MONTHS[match[2]!.toLowerCase()], Number(match[1]));
  }
  match = /^([A-Za-z]+)\.?\s*(?:(\d{1,2})(?:st|nd|rd|th)?,?\s*)?(\d{4})$/.exec(raw); // June 1, 1958; June 1958
  if (match !== null && MONTHS[match[1]!.toLowerCase()] !== undefined) {
    return build(raw, Number(match[3]), MONTHS[match[1]!.toLowerCase()], num(match[2]));
  }
  return unreadable(raw, EXPECTED);
}

function num(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
}

/** A date object: its UTC day when it is a UTC midnight (`new Date('1958-06-01')`), else its local day. */
function readDateObject(value: Date): DateReading {
  if (Number.isNaN(value.getTime())) return unreadable('Invalid Date', 'a valid Date');
  const utcMidnight = value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0 && value.getUTCMilliseconds() === 0;
  const [year, month, day] = utcMidnight
    ? [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()]
    : [value.getFullYear(), value.getMonth() + 1, value.getDate()];
  const raw = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return build(raw, year, month, day);
}

function dayMonth(raw: string, first: number, second: number, year: number, order: DateOrder): DateReading {
  if (order === 'dmy') return build(raw, year, second, first);
  if (order === 'mdy') return build(raw, year, first, second);
  if (first > 12) return build(raw, year, second, first);
  if (second > 12) return build(raw, year, first, second);
  if (first === second) return build(raw, year, first, first);
  const kept = build(raw, year, undefined, undefined);
  if (kept.date === undefined) return kept;
  return {
    date: kept.date,
    warning: {
      code: WarningCodes.AMBIGUOUS_DATE,
      problem: `\`dateOfBirth\` "${raw}" reads as day/month and as month/day`,
      consequence: `only the year ${year} is used (set dateOrder "dmy" or "mdy")`,
    },
  };
}

/** A date from its parts; a day or month that is not real keeps the year, with a warning. */
function build(raw: string, year: number, month: number | undefined, day: number | undefined): DateReading {
  if (year < FIRST_YEAR || year > LAST_YEAR) return unreadable(raw, `a year from ${FIRST_YEAR} to ${LAST_YEAR}`);
  const realMonth = month === undefined || (month >= 1 && month <= 12);
  const realDay = day === undefined || (realMonth && month !== undefined && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate());
  if (realMonth && realDay) {
    return { date: { year, ...(month === undefined ? {} : { month }), ...(month === undefined || day === undefined ? {} : { day }), raw } };
  }
  return {
    date: { year, raw },
    warning: { code: WarningCodes.UNREADABLE_DATE, problem: `\`dateOfBirth\` "${raw}" is not a real date`, consequence: `only the year ${year} is used` },
  };
}

function unreadable(raw: string | undefined, expected: string): DateReading {
  return {
    warning: {
      code: WarningCodes.UNREADABLE_DATE,
      problem: `\`dateOfBirth\`${raw === undefined ? '' : ` "${raw}"`} cannot be read (expected ${expected})`,
      consequence: 'left out of the evidence',
    },
  };
}
