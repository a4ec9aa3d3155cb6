/**
 * Evidence beyond the name: birth date, nationality, country, documents.
 * Each piece says what it found and how much it moves the score.
 */
import type { DateOfBirth, Individual, SanctionsRecord } from '../types.js';
import { compareBirthDate, yearsGiving, type BirthDateOutcome } from './birth-dates.js';
import { countryCodes } from './countries.js';
import type { NormalizedQuery } from './query.js';
import { SCORING_MODEL, type ScoringModel } from '../scoring-model.js';

/**
 * How much each piece of evidence moves the name score: `evidence` of
 * {@link SCORING_MODEL} (the same frozen object).
 * @deprecated Read `SCORING_MODEL.evidence`, or the model a Screener was given.
 */
export const EVIDENCE_ADJUSTMENTS: ScoringModel['evidence'] = SCORING_MODEL.evidence;

/** One piece of evidence and what it did to the score. */
export interface Evidence {
  kind: 'dateOfBirth' | 'nationality' | 'country' | 'document';
  outcome: 'match' | 'conflict' | 'neutral';
  /** What was compared, for a person: "born 1972 (list: 1972, 1973)". */
  detail: string;
  /** Added to the score (negative lowers it); a document match sets the score to 1 instead. */
  adjustment: number;
}

/** Countries the list ties to a record, as ISO codes (`Sudan/South Sudan` gives both). */
function codes(texts: Array<string | undefined>): string[] {
  return [...new Set(texts.flatMap((text) => (text === undefined ? [] : countryCodes(text))))];
}

/** A query's birth date as the screen used it: the year alone when only the year was readable (`1990-13-45` → `1990`), else as written. */
function dateAsUsed(date: { year: number; month?: number; day?: number; raw: string }): string {
  return date.month === undefined && date.day === undefined ? String(date.year) : date.raw;
}

const BIRTH_RANK: Record<BirthDateOutcome, number> = {
  'same-day': 5,
  'same-year': 4,
  'within-range': 4,
  'other-day': 3.5,
  near: 3,
  unknown: 2,
  conflict: 1,
};

/**
 * Evidence of the birth date, or undefined when either side has none. A
 * party with a birth date is a person: against an entity's designation
 * (William Howell, born 1992 / the money exchange Haji Alim Hawala) that is
 * a conflict.
 */
export function birthDateEvidence(query: NormalizedQuery, record: SanctionsRecord, model: ScoringModel = SCORING_MODEL): Evidence | undefined {
  return birthDateFinding(query, record, model)?.evidence;
}

/** The birth-date evidence with the outcome it was read from (undefined: an entity, or no date to compare). */
function birthDateFinding(query: NormalizedQuery, record: SanctionsRecord, model: ScoringModel): { evidence: Evidence; best?: BirthDateOutcome } | undefined {
  if (query.dateOfBirth === undefined) return undefined;
  const adjustments = model.evidence;
  if (record.kind === 'entity') {
    return { evidence: { kind: 'dateOfBirth', outcome: 'conflict', detail: `born ${dateAsUsed(query.dateOfBirth)}: a person, and the designation is an entity's`, adjustment: adjustments.personAgainstEntity } };
  }
  const listed = listedBirthDates(record);
  const outcomes = listed.map((dob) => compareBirthDate(query.dateOfBirth!, dob, model.birthDates)).filter((o) => o !== 'unknown');
  if (outcomes.length === 0) return undefined;
  const best = outcomes.reduce((a, b) => (BIRTH_RANK[b] > BIRTH_RANK[a] ? b : a));
  const shown = listed
    .map((d) => d.date ?? (d.fromYear !== undefined ? `${d.fromYear}–${d.toYear ?? ''}` : d.year === undefined ? undefined : `${d.type === 'APPROXIMATELY' ? 'c. ' : ''}${d.year}`))
    .filter((d) => d !== undefined)
    .join(', ');
  const detail = `born ${dateAsUsed(query.dateOfBirth)} (list: ${shown})`;
  const evidence = (outcome: Evidence['outcome'], adjustment: number, more = ''): { evidence: Evidence; best: BirthDateOutcome } => ({
    evidence: { kind: 'dateOfBirth', outcome, detail: `${detail}${more}`, adjustment },
    best,
  });
  switch (best) {
    case 'same-day':
      return evidence('match', sameDayWeight(query, model));
    case 'same-year':
    case 'within-range': {
      // Off (0) in the default model: the count is not even taken.
      const years = adjustments.birthYearsCountWeight === 0 ? 1 : Math.max(1, yearsGiving(best, listed, model.birthDates));
      const weight = (best === 'same-year' ? adjustments.birthYearMatch : adjustments.birthDateInRange) - adjustments.birthYearsCountWeight * Math.log(years);
      return evidence('match', weight, years > 1 ? `, one of ${years} years` : '');
    }
    case 'other-day':
      return evidence(adjustments.birthDateOtherDay > 0 ? 'match' : 'neutral', adjustments.birthDateOtherDay, ', another day');
    case 'near':
      return evidence('neutral', adjustments.birthYearNear);
    default:
      return evidence('conflict', adjustments.birthDateConflict);
  }
}

/**
 * A designation's birth dates as the evidence compares them: its own dates
 * and its aliases' (as EXACT dates or years); none for an entity.
 *
 * @example
 * ```ts
 * listedBirthDates(record); // [{ type: 'EXACT', year: 1972, date: '1972-06-01' }, …]
 * ```
 */
export function listedBirthDates(record: SanctionsRecord): DateOfBirth[] {
  if (record.kind !== 'individual') return [];
  return [
    ...record.datesOfBirth,
    ...record.aliases.flatMap((alias): DateOfBirth[] => {
      const year = alias.dateOfBirth === undefined ? undefined : Number(alias.dateOfBirth.slice(0, 4));
      return year === undefined || Number.isNaN(year)
        ? []
        : [{ type: 'EXACT', year, ...(/^\d{4}-\d{2}-\d{2}$/.test(alias.dateOfBirth!) ? { date: alias.dateOfBirth! } : {}) }];
    }),
  ];
}

/**
 * What a same full birth date adds: less on 1 January, the day a record or a
 * register gives when only the year is known (listed people born in one year
 * share 1 January one time in ten, another day one time in 300).
 *
 * @example
 * ```ts
 * sameDayWeight(normalizeQuery({ name: 'X', dateOfBirth: '1972-06-01' }, { threshold: 0.8, limit: 10 })); // SCORING_MODEL.evidence.birthDateSameDay
 * sameDayWeight(normalizeQuery({ name: 'X', dateOfBirth: '1972-01-01' }, { threshold: 0.8, limit: 10 })); // …birthDateSameDayFirstJanuary, lower
 * ```
 */
export function sameDayWeight(query: NormalizedQuery, model: ScoringModel = SCORING_MODEL): number {
  const date = query.dateOfBirth;
  return date?.month === 1 && date.day === 1 ? model.evidence.birthDateSameDayFirstJanuary : model.evidence.birthDateSameDay;
}

/** What a shared nationality adds: the country's own weight when the model has one, else `nationalityMatch`. */
export function nationalityMatchWeight(code: string, model: ScoringModel = SCORING_MODEL): number {
  return model.evidence.nationalityMatchByCountry[code] ?? model.evidence.nationalityMatch;
}

/**
 * The evidence of a query against one designation, weighed together (what
 * the Screener adds to a name score of `nameScore`):
 * - a birth year, an other day of that year or a range lifts no name below
 *   `birthYearMinNameScore`; above it, it lifts in full when the nationality
 *   agrees too, and by `birthYearAloneFactor` of its weight when it does not
 *   (many people of one nationality share a birth year; a same-day date
 *   stands alone);
 * - a shared nationality adds its share times `nationalityAloneFactor` when
 *   no birth date agrees (many same-culture names share a nationality).
 * Conflicts always count in full. With factors 1 and a floor of 0 (the
 * default model) each piece counts as alone.
 *
 * @example
 * ```ts
 * const pieces = weighEvidence(query, record, 0.72, model);
 * pieces.reduce((sum, e) => sum + e.adjustment, 0); // what the name score moves by
 * ```
 */
export function weighEvidence(query: NormalizedQuery, record: SanctionsRecord, nameScore: number, model: ScoringModel = SCORING_MODEL): Evidence[] {
  const finding = birthDateFinding(query, record, model);
  const born = finding?.evidence;
  const nationality = nationalityEvidence(query, record, model);
  const country = countryEvidence(query, record, model);
  const rules = model.evidence;
  const natAgrees = nationality?.outcome === 'match';
  if (born !== undefined && born.adjustment > 0 && finding?.best !== 'same-day') {
    const low = nameScore < rules.birthYearMinNameScore;
    const factor = low ? 0 : natAgrees ? 1 : rules.birthYearAloneFactor;
    if (factor !== 1) {
      born.adjustment *= factor;
      born.detail += low ? ` [a year lifts no name below ${rules.birthYearMinNameScore}]` : factor > 0 ? ` [no nationality agrees: ×${factor}]` : ' [a year lifts only with the nationality]';
      if (born.adjustment <= 0) born.outcome = 'neutral';
    }
  }
  if (nationality !== undefined && natAgrees && nationality.adjustment > 0 && rules.nationalityAloneFactor !== 1 && !(born !== undefined && born.adjustment > 0)) {
    nationality.adjustment *= rules.nationalityAloneFactor;
    nationality.detail += ` [no birth date agrees: ×${rules.nationalityAloneFactor}]`;
  }
  return [born, nationality, country].filter((piece): piece is Evidence => piece !== undefined);
}

/** Evidence of nationality, or undefined when either side has none. */
export function nationalityEvidence(query: NormalizedQuery, record: SanctionsRecord, model: ScoringModel = SCORING_MODEL): Evidence | undefined {
  if (query.nationalities.length === 0 || record.kind !== 'individual') return undefined;
  const adjustments = model.evidence;
  const individual = record as Individual;
  const nationalities = codes(individual.nationality);
  const related = codes([
    ...individual.placesOfBirth.map((p) => p.country),
    ...individual.addresses.map((a) => a.country),
    ...individual.documents.map((d) => d.issuingCountry ?? d.countryOfIssue),
  ]);
  if (nationalities.length === 0 && related.length === 0) return undefined;
  const asked = query.nationalities.join(', ');
  const shared = query.nationalities.filter((code) => nationalities.includes(code));
  if (shared.length > 0) {
    const adjustment = Math.max(...shared.map((code) => nationalityMatchWeight(code, model)));
    return { kind: 'nationality', outcome: 'match', detail: `nationality ${asked} (list: ${nationalities.join(', ')})`, adjustment };
  }
  if (query.nationalities.some((code) => related.includes(code))) {
    return { kind: 'nationality', outcome: 'neutral', detail: `nationality ${asked} is a country of birth, address or document on the list`, adjustment: 0 };
  }
  return {
    kind: 'nationality',
    outcome: 'conflict',
    detail: `nationality ${asked} (list: ${[...new Set([...nationalities, ...related])].join(', ')})`,
    adjustment: adjustments.nationalityConflict,
  };
}

/** Evidence of a country tied to the party; only a match counts (addresses are incomplete). */
export function countryEvidence(query: NormalizedQuery, record: SanctionsRecord, model: ScoringModel = SCORING_MODEL): Evidence | undefined {
  if (query.countries.length === 0) return undefined;
  const listed = codes([
    ...record.addresses.map((a) => a.country),
    ...(record.kind === 'individual'
      ? [...record.nationality, ...record.placesOfBirth.map((p) => p.country)]
      : []),
  ]);
  const found = query.countries.filter((code) => listed.includes(code));
  if (found.length === 0) return undefined;
  return { kind: 'country', outcome: 'match', detail: `country ${found.join(', ')} is on the list`, adjustment: model.evidence.countryMatch };
}
