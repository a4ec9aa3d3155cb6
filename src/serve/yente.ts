/**
 * OpenSanctions yente's `/match` over the Screener: a FollowTheMoney entity
 * becomes screening queries (each name × each birth date), and each alert a
 * FollowTheMoney entity with a score, `match` and `features`.
 */
import { ArgumentRangeError, ArgumentTypeError } from '../errors.js';
import { countryCode } from '../screen/countries.js';
import type { ScreenQuery } from '../screen/query.js';
import type { Alert } from '../screen/result.js';
import { decideAlert } from '../screen/priority.js';
import type { Screener } from '../screen/screener.js';
import type { SanctionsList, SanctionsRecord } from '../types.js';
import { FTM_PROPERTIES, type FtmSchema } from './schemas/yente.js';

/** A FollowTheMoney entity as yente's /match takes it. */
export interface FtmQuery {
  id?: string;
  schema: FtmSchema;
  properties: Record<string, string[]>;
}

/** One result of yente's /match. */
export interface MatchResult {
  id: string;
  caption: string;
  schema: 'Person' | 'Organization';
  properties: Record<string, string[]>;
  datasets: string[];
  referents: string[];
  target: boolean;
  first_seen: string | null;
  last_seen: string | null;
  last_change: string | null;
  score: number;
  match: boolean;
  features: Record<string, number>;
  explanation: string;
}

/** The answer to one query of a /match request. */
export interface MatchResponse {
  status: 200;
  results: MatchResult[];
  total: { value: number; relation: 'eq' };
  query: FtmQuery;
  warnings?: string[];
}

/** Options of one /match request. */
export interface MatchOptions {
  /** Most results per query. */
  limit: number;
  /** Score from which a result is a match (a full-name match with conflicting evidence is one below it, as the library alerts). */
  threshold: number;
  /** Lowest score returned. */
  cutoff: number;
}

const FEATURE: Record<string, string> = {
  'dateOfBirth:match': 'birth_date_match',
  'dateOfBirth:conflict': 'birth_date_conflict',
  'nationality:match': 'nationality_match',
  'nationality:conflict': 'nationality_conflict',
  'country:match': 'country_match',
  'document:match': 'identifier_match',
};

/**
 * Matches one FollowTheMoney entity against the list.
 *
 * An unreadable side field (a birth date) is a warning of the response, the name is screened.
 */
export function matchEntity(screener: Screener, query: FtmQuery, options: MatchOptions): MatchResponse {
  const { properties } = query;
  const warnings: string[] = [];
  const unused = Object.keys(properties).filter((name) => !(FTM_PROPERTIES as readonly string[]).includes(name));
  if (unused.length > 0) warnings.push(`properties not used by this matcher: ${unused.join(', ')}`);
  const countries = (name: 'nationality' | 'country'): string[] =>
    (properties[name] ?? []).filter((value) => {
      const known = countryCode(value) !== undefined;
      if (!known) warnings.push(`${name} "${value}" is not a country this matcher knows (ISO 3166 code or English name): not used`);
      return known;
    });
  const nationality = countries('nationality');
  const country = countries('country');
  const document = [...(properties['passportNumber'] ?? []), ...(properties['idNumber'] ?? [])];
  const names = [...new Set([...(properties['name'] ?? []), ...(properties['alias'] ?? [])].map((name) => name.trim()).filter((name) => name !== ''))];
  // FtM dates may carry a time; the matcher reads YYYY, YYYY-MM, YYYY-MM-DD.
  const dates = [...new Set((properties['birthDate'] ?? []).map((date) => date.trim().slice(0, 10)).filter((date) => date !== ''))];
  const kind = query.schema === 'Person' ? 'individual' : query.schema === 'LegalEntity' ? undefined : 'entity';

  const best = new Map<string, Alert>();
  for (const name of names) {
    for (const dateOfBirth of dates.length === 0 ? [undefined] : dates) {
      const screenQuery: ScreenQuery = {
        name,
        threshold: options.cutoff,
        limit: options.limit,
        ...(kind === undefined ? {} : { kind }),
        ...(dateOfBirth === undefined ? {} : { dateOfBirth }),
        ...(nationality.length === 0 ? {} : { nationality }),
        ...(country.length === 0 ? {} : { country }),
        ...(document.length === 0 ? {} : { document }),
      };
      const screened = screener.screen(screenQuery);
      // The screen's coded warnings (an unreadable birth date…), once each; the list's age is /v1/list's business.
      for (const warning of screened.warnings) {
        const text = `${warning.code}: ${warning.message}`;
        if (warning.code !== 'UNSC_WARN_LIST_STALE' && !warnings.includes(text)) warnings.push(text);
      }
      for (const alert of screened.alerts) {
        const seen = best.get(alert.referenceNumber);
        if (seen === undefined || alert.score > seen.score) best.set(alert.referenceNumber, alert);
      }
    }
  }
  const list = screener.list;
  const results = [...best.values()]
    .sort((a, b) => b.score - a.score || a.referenceNumber.localeCompare(b.referenceNumber))
    .slice(0, options.limit)
    .map((alert) => toResult(alert, list, options.threshold));
  return { status: 200, results, total: { value: results.length, relation: 'eq' }, query, ...(warnings.length === 0 ? {} : { warnings }) };
}

/** Re-throws a library error with the query's key in front of its message. */
export function withKey(key: string, error: unknown): unknown {
  if (error instanceof ArgumentTypeError) return new ArgumentTypeError(error.code, `queries.${key}: ${error.message}`);
  if (error instanceof ArgumentRangeError) return new ArgumentRangeError(error.code, `queries.${key}: ${error.message}`);
  return error;
}

function toResult(alert: Alert, list: SanctionsList, threshold: number): MatchResult {
  const record = alert.record;
  const features: Record<string, number> = { name_match: alert.nameScore };
  for (const evidence of alert.evidence) {
    const feature = FEATURE[`${evidence.kind}:${evidence.outcome}`];
    if (feature !== undefined) features[feature] = evidence.kind === 'document' ? 1 : evidence.adjustment;
  }
  const updated = record.lastDayUpdated.map((date) => date.iso).filter((iso) => iso !== undefined).sort();
  return {
    id: record.referenceNumber,
    caption: record.name,
    schema: record.kind === 'individual' ? 'Person' : 'Organization',
    properties: ftmProperties(record),
    datasets: ['un_sc_sanctions'],
    referents: [],
    target: true,
    first_seen: record.listedOn?.iso ?? null,
    last_seen: list.dateGenerated,
    last_change: updated.at(-1) ?? record.listedOn?.iso ?? null,
    score: alert.score,
    // What the library decides at the match threshold: a full-name match with conflicting evidence
    // alerts (at low priority) below it, and is a match here too.
    match: decideAlert(alert.nameScore, alert.score, threshold, alert.evidence).alerts,
    features,
    explanation: alert.reason,
  };
}

/** A designation's FollowTheMoney properties (empty ones left out). */
function ftmProperties(record: SanctionsRecord): Record<string, string[]> {
  const codes = (texts: Array<string | undefined>) => [...new Set(texts.map((text) => (text === undefined ? undefined : countryCode(text)?.toLowerCase())).filter((c) => c !== undefined))];
  const properties: Record<string, string[]> = {
    name: [record.name],
    alias: record.aliases.map((alias) => alias.name),
    country: codes(record.addresses.map((address) => address.country)),
    topics: ['sanction'],
    program: record.unListType === undefined ? [] : [record.unListType],
    notes: record.comments === undefined ? [] : [record.comments],
    ...(record.nameOriginalScript === undefined ? {} : { name: [record.name, record.nameOriginalScript] }),
  };
  if (record.kind === 'individual') {
    properties['birthDate'] = record.datesOfBirth.map((date) => date.date ?? (date.year === undefined ? undefined : String(date.year))).filter((d) => d !== undefined);
    properties['nationality'] = codes(record.nationality);
    properties['passportNumber'] = record.documents.filter((d) => /passport|passeport|pasaporte/i.test(d.type ?? '') && d.number !== undefined).map((d) => d.number!);
    properties['idNumber'] = record.documents.filter((d) => !/passport|passeport|pasaporte/i.test(d.type ?? '') && d.number !== undefined).map((d) => d.number!);
    if (record.gender !== undefined) properties['gender'] = [record.gender.toLowerCase()];
  }
  return Object.fromEntries(Object.entries(properties).filter(([, values]) => values.length > 0));
}
