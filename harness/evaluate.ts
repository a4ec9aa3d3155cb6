/**
 * The accuracy measures of the matcher, shared by bench/accuracy.ts (report)
 * and test/accuracy.test.ts (floor): the evaluation harness lives in
 * harness/, which both may import (and which imports neither).
 */
import jaroWinkler from 'talisman/metrics/jaro-winkler.js';
import type { NameIndex } from '../src/search/name-index.js';
import { compareNames } from '../src/match/compare.js';
import { foldName } from '../src/normalize/fold.js';
import type { ScreenQuery } from '../src/screen/query.js';
import type { Alert } from '../src/screen/result.js';
import type { Screener } from '../src/screen/screener.js';
import type { SanctionsList, SanctionsRecord } from '../src/types.js';
import type { NegativeCase, PairCase, PersonCase } from './data.js';

/** A recall figure with the cases it missed. */
export interface Recall {
  total: number;
  found: number;
  recall: number;
  missed: string[];
}

function recall(total: number, found: number, missed: string[]): Recall {
  return { total, found, recall: total === 0 ? 1 : found / total, missed };
}

/** A name search as a function, so that baselines and the matcher share the measures. */
export interface Searcher {
  /** Reference numbers returned for `query`, leaving out the names `skip` says. */
  search(query: string, skip?: LeaveOut): string[];
}

/** Leaves out the non-primary names of one designation. */
export interface LeaveOut {
  record: SanctionsRecord;
}

/** The matcher as a Searcher, at the default threshold. */
export function matcherSearcher(index: NameIndex, threshold?: number): Searcher {
  const options = threshold === undefined ? {} : { threshold };
  return {
    search(query, skip) {
      const hits = index.search(query, {
        ...options,
        ...(skip === undefined ? {} : { skip: (name) => name.record === skip.record && name.origin !== 'primary' }),
      });
      return hits.map((hit) => hit.record.referenceNumber);
    },
  };
}

/** UN persons: recall of `expected_refs`, for primary and treated names. */
export function evaluatePersons(searcher: Searcher, cases: PersonCase[]): { primary: Recall; treated: Recall } {
  const result = { primary: { total: 0, found: 0, missed: [] as string[] }, treated: { total: 0, found: 0, missed: [] as string[] } };
  for (const c of cases) {
    const bucket = result[c.variant];
    bucket.total++;
    const refs = searcher.search(c.query);
    if (c.expectedRefs.some((ref) => refs.includes(ref))) bucket.found++;
    else bucket.missed.push(`${c.query} (${c.expectedRefs.join(' ')})`);
  }
  return {
    primary: recall(result.primary.total, result.primary.found, result.primary.missed),
    treated: recall(result.treated.total, result.treated.found, result.treated.missed),
  };
}

/** How close an alias is to its primary name: token-sorted Jaro-Winkler of the folded names. */
export function closeness(alias: string, primary: string): number {
  const sorted = (text: string) => foldName(text).split(' ').sort().join(' ');
  return jaroWinkler(sorted(alias), sorted(primary));
}

/** Closeness bands: near ≥ 0.9, mid ≥ 0.75, far below. */
export function band(value: number): 'near' | 'mid' | 'far' {
  return value >= 0.9 ? 'near' : value >= 0.75 ? 'mid' : 'far';
}

export interface AliasResult {
  near: Recall;
  mid: Recall;
  far: Recall;
  /** Good / Low / a.k.a. / f.k.a. / none, over all bands. */
  byQuality: Record<string, Recall>;
  originalScript: Recall;
}

/** One leave-one-out query: an alias (or original-script name) and its designation. */
export interface AliasCase {
  record: SanctionsRecord;
  query: string;
  kind: 'alias' | 'original-script';
  quality: string;
  band: 'near' | 'mid' | 'far';
}

/** Every alias and original-script name of the list, as leave-one-out queries. */
export function aliasCases(list: SanctionsList): AliasCase[] {
  const cases: AliasCase[] = [];
  for (const record of list.records) {
    for (const alias of record.aliases) {
      for (const part of alias.name.split(';')) {
        const query = part.trim();
        if (query === '' || query.toLowerCase() === record.name.toLowerCase()) continue;
        cases.push({ record, query, kind: 'alias', quality: alias.quality ?? 'none', band: band(closeness(query, record.name)) });
      }
    }
    const script = record.nameOriginalScript;
    if (script !== undefined && !script.includes('\uFFFD')) {
      cases.push({ record, query: script, kind: 'original-script', quality: 'none', band: 'far' });
    }
  }
  return cases;
}

/** The list's own aliases, each queried with the designation's other names left out. */
export function evaluateAliases(searcher: Searcher, cases: AliasCase[]): AliasResult {
  const buckets = new Map<string, { total: number; found: number; missed: string[] }>();
  const add = (key: string, hit: boolean, label: string) => {
    const bucket = buckets.get(key) ?? { total: 0, found: 0, missed: [] };
    bucket.total++;
    if (hit) bucket.found++;
    else bucket.missed.push(label);
    buckets.set(key, bucket);
  };
  for (const c of cases) {
    const hit = searcher.search(c.query, { record: c.record }).includes(c.record.referenceNumber);
    const label = `${c.query} → ${c.record.referenceNumber} ${c.record.name}`;
    if (c.kind === 'original-script') add('original-script', hit, label);
    else {
      add(c.band, hit, label);
      add(`quality:${c.quality}`, hit, label);
    }
  }
  const get = (key: string) => {
    const b = buckets.get(key) ?? { total: 0, found: 0, missed: [] };
    return recall(b.total, b.found, b.missed);
  };
  const byQuality: Record<string, Recall> = {};
  for (const key of buckets.keys()) if (key.startsWith('quality:')) byQuality[key.slice(8)] = get(key);
  return { near: get('near'), mid: get('mid'), far: get('far'), byQuality, originalScript: get('original-script') };
}

/** Negatives: how many alert, per 10,000 names. */
export function evaluateNegatives(
  searcher: Searcher,
  cases: NegativeCase[],
): { total: number; alerts: number; per10k: number; alerted: string[]; bySource: Record<string, { total: number; alerts: number }> } {
  let alerts = 0;
  const alerted: string[] = [];
  const bySource: Record<string, { total: number; alerts: number }> = {};
  for (const c of cases) {
    const source = (bySource[c.source] ??= { total: 0, alerts: 0 });
    source.total++;
    const refs = searcher.search(c.query);
    if (refs.length > 0) {
      alerts++;
      source.alerts++;
      alerted.push(`${c.query} → ${refs.slice(0, 3).join(' ')}`);
    }
  }
  return { total: cases.length, alerts, per10k: (alerts / Math.max(1, cases.length)) * 10_000, alerted, bySource };
}

export interface PairScores {
  total: number;
  truePositives: number;
  falsePositives: number;
  trueNegatives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

function pairScores(outcomes: Array<{ expected: boolean; predicted: boolean }>): PairScores {
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (const { expected, predicted } of outcomes) {
    if (expected && predicted) tp++;
    else if (!expected && predicted) fp++;
    else if (!expected && !predicted) tn++;
    else fn++;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recallValue = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recallValue === 0 ? 0 : (2 * precision * recallValue) / (precision + recallValue);
  return {
    total: outcomes.length,
    truePositives: tp,
    falsePositives: fp,
    trueNegatives: tn,
    falseNegatives: fn,
    precision,
    recall: recallValue,
    f1,
    accuracy: outcomes.length === 0 ? 1 : (tp + tn) / outcomes.length,
  };
}

/** Name pairs: precision, recall, F1 and accuracy of a pairwise decision; STRONG errors listed. */
export function evaluatePairs(
  cases: PairCase[],
  decide: (a: string, b: string) => { match: boolean; score: number } = (a, b) => compareNames(a, b),
): { all: PairScores; curated: PairScores; llmProposed: PairScores; strongErrors: string[]; errors: string[] } {
  const outcomes = cases.map((c) => ({ c, ...decide(c.name1, c.name2) }));
  const toOutcome = (o: (typeof outcomes)[number]) => ({ expected: o.c.isMatch, predicted: o.match });
  const isLlm = (o: (typeof outcomes)[number]) => o.c.category === 'LLM-proposed deviation';
  const wrong = outcomes.filter((o) => o.match !== o.c.isMatch);
  const describe = (o: (typeof outcomes)[number]) =>
    `${o.c.quality} ${o.c.isMatch ? 'miss' : 'false alert'}: "${o.c.name1}" vs "${o.c.name2}" scored ${o.score.toFixed(3)}${isLlm(o) ? ' (LLM-proposed)' : ''}`;
  return {
    all: pairScores(outcomes.map(toOutcome)),
    curated: pairScores(outcomes.filter((o) => !isLlm(o)).map(toOutcome)),
    llmProposed: pairScores(outcomes.filter(isLlm).map(toOutcome)),
    strongErrors: wrong.filter((o) => o.c.quality === 'STRONG').map(describe),
    errors: wrong.map(describe),
  };
}

/** How evidence (birth date, nationality) changes the Screener's decisions, against the name alone. */
export interface EvidenceEffect {
  total: number;
  /** Cases whose birth date or nationality could not be used (unreadable date, unknown country). */
  evidenceDropped: number;
  nameOnly: number;
  withEvidence: number;
}

/** Builds a Screener query from a case's evidence, leaving out what the Screener cannot read (it would warn). */
function withEvidence(name: string, dateOfBirth: string, nationality: string, valid: (q: ScreenQuery) => boolean): { query: ScreenQuery; dropped: boolean } {
  const query: ScreenQuery = { name };
  let dropped = false;
  if (dateOfBirth !== '') {
    if (valid({ name, dateOfBirth })) query.dateOfBirth = dateOfBirth;
    else dropped = true;
  }
  if (nationality !== '') {
    if (valid({ name, nationality })) query.nationality = nationality;
    else dropped = true;
  }
  return { query, dropped };
}

/** UN persons with their birth dates and nationalities: found with the name alone, and with evidence. */
export function evaluatePersonsWithEvidence(screener: Screener, cases: PersonCase[]): EvidenceEffect {
  return evidenceEffect(screener, cases, (c, alerts) => alerts.some((a) => c.expectedRefs.includes(a.referenceNumber)));
}

/** Negatives with their birth dates and nationalities: alerts with the name alone, and with evidence. */
export function evaluateNegativesWithEvidence(screener: Screener, cases: NegativeCase[]): EvidenceEffect {
  return evidenceEffect(screener, cases, (_, alerts) => alerts.length > 0);
}

/** How many cases `counts` with the name alone, and with the row's birth date and nationality. */
function evidenceEffect<C extends { query: string; dateOfBirth: string; nationality: string }>(
  screener: Screener,
  cases: C[],
  counts: (c: C, alerts: Alert[]) => boolean,
): EvidenceEffect {
  const valid = validator(screener);
  let nameOnly = 0;
  let withIt = 0;
  let dropped = 0;
  for (const c of cases) {
    if (counts(c, screener.screen({ name: c.query }).alerts)) nameOnly++;
    const built = withEvidence(c.query, c.dateOfBirth, c.nationality, valid);
    if (built.dropped) dropped++;
    if (counts(c, screener.screen(built.query).alerts)) withIt++;
  }
  return { total: cases.length, evidenceDropped: dropped, nameOnly, withEvidence: withIt };
}

/** Whether the Screener can use all of a query's evidence: it screens the name either way, and warns of what it could not read. */
function validator(screener: Screener): (query: ScreenQuery) => boolean {
  return (query) => screener.screen({ ...query, limit: 1 }).warnings.every((warning) => warning.code === 'UNSC_WARN_LIST_STALE');
}
