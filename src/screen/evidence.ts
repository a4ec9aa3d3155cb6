/**
 * Evidence beyond the name: birth date, nationality, country, documents.
 * Each piece says what it found and how much it moves the score.
 */
import type { DateOfBirth, Individual, SanctionsRecord } from '../types.js';
import { compareBirthDate, type BirthDateOutcome } from './birth-dates.js';
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

const BIRTH_RANK: Record<BirthDateOutcome, number> = {
  'same-day': 5,
  'same-year': 4,
  'within-range': 4,
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
  if (query.dateOfBirth === undefined) return undefined;
  const adjustments = model.evidence;
  if (record.kind === 'entity') {
    return { kind: 'dateOfBirth', outcome: 'conflict', detail: `born ${query.dateOfBirth.raw}: a person, and the designation is an entity's`, adjustment: adjustments.personAgainstEntity };
  }
  const listed: DateOfBirth[] = [
    ...record.datesOfBirth,
    ...record.aliases.flatMap((alias) => {
      const year = alias.dateOfBirth === undefined ? undefined : Number(alias.dateOfBirth.slice(0, 4));
      return year === undefined || Number.isNaN(year)
        ? []
        : [{ type: 'EXACT', year, ...(/^\d{4}-\d{2}-\d{2}$/.test(alias.dateOfBirth!) ? { date: alias.dateOfBirth! } : {}) }];
    }),
  ];
  const outcomes = listed.map((dob) => compareBirthDate(query.dateOfBirth!, dob, model.birthDates)).filter((o) => o !== 'unknown');
  if (outcomes.length === 0) return undefined;
  const best = outcomes.reduce((a, b) => (BIRTH_RANK[b] > BIRTH_RANK[a] ? b : a));
  const shown = listed
    .map((d) => d.date ?? (d.fromYear !== undefined ? `${d.fromYear}–${d.toYear ?? ''}` : d.year === undefined ? undefined : `${d.type === 'APPROXIMATELY' ? 'c. ' : ''}${d.year}`))
    .filter((d) => d !== undefined)
    .join(', ');
  const detail = `born ${query.dateOfBirth.raw} (list: ${shown})`;
  switch (best) {
    case 'same-day':
      return { kind: 'dateOfBirth', outcome: 'match', detail, adjustment: adjustments.birthDateSameDay };
    case 'same-year':
    case 'within-range':
      return { kind: 'dateOfBirth', outcome: 'match', detail, adjustment: adjustments.birthYearMatch };
    case 'near':
      return { kind: 'dateOfBirth', outcome: 'neutral', detail, adjustment: adjustments.birthYearNear };
    default:
      return { kind: 'dateOfBirth', outcome: 'conflict', detail, adjustment: adjustments.birthDateConflict };
  }
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
  if (query.nationalities.some((code) => nationalities.includes(code))) {
    return { kind: 'nationality', outcome: 'match', detail: `nationality ${asked} (list: ${nationalities.join(', ')})`, adjustment: adjustments.nationalityMatch };
  }
  if (query.nationalities.some((code) => related.includes(code))) {
    return { kind: 'nationality', outcome: 'neutral', detail: `nationality ${asked} is a country of birth, address or document on the list`, adjustment: 0 };
  }
  return {
    kind: 'nationality',
    outcome: 'conflict',
    detail: `nationality ${asked} (list: ${[...nationalities, ...related].join(', ')})`,
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
