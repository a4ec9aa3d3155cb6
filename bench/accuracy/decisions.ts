/**
 * The Screener's decisions with evidence, side by side with the name alone,
 * on two folds of the dev sets: what issue #18's targets are measured on.
 *
 * - UN persons (un-persons-dev.csv) with their row's birth date and nationality;
 * - the list's own aliases of individuals, left out one designation at a time
 *   and queried with the designation's first birth date and first nationality,
 *   by closeness band (near / mid / far) and original script;
 * - synthetic negatives (negatives-dev.csv) and real negatives
 *   (real-negatives-dev.csv), each with its own row's birth date and
 *   nationality (both files carry them; a cell the Screener rejects is left
 *   out of that query and counted as dropped).
 *
 * Folds: a designation falls in fold A or B by a hash of its reference number
 * (a person row by its first expected reference, a negative by its query), so
 * that a model estimated on one fold can be reported on the other.
 *
 * @example
 * ```ts
 * const result = evaluateDecisions(list, SCORING_MODEL, { persons, synthetic, real });
 * result.aliases.near.B.withEvidence / result.aliases.near.B.total; // recall on fold B
 * ```
 */
import type { IndexedName } from '../../src/search/name-index.js';
import { buildState, makeAlert, nameThreshold, screenWith, type ListState } from '../../src/screen/list-state.js';
import { scoreRecordNames } from '../../src/screen/record-names.js';
import { normalizeQuery, type NormalizedQuery, type ScreenQuery } from '../../src/screen/query.js';
import type { Alert } from '../../src/screen/result.js';
import type { ScoringModel } from '../../src/scoring-model.js';
import type { DateOfBirth, SanctionsList, SanctionsRecord } from '../../src/types.js';
import type { NegativeCase, PersonCase } from '../../harness/data.js';
import { aliasCases, type AliasCase } from '../../harness/evaluate.js';

export type Fold = 'A' | 'B';

/** The fold of a key (a reference number, or a negative's query): FNV-1a, low bit. */
export function foldOf(key: string): Fold {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash & 1) === 0 ? 'A' : 'B';
}

/** Counts of one measure: cases, and how many counted (found, or alerted) by name alone and with evidence. */
export interface Counts {
  total: number;
  nameOnly: number;
  withEvidence: number;
  /** Cases whose birth date or nationality the Screener rejected (left out of the query). */
  dropped: number;
  /** Of `withEvidence`, cases counted only through `low` alerts (conflicting evidence under a full-name match). */
  lowOnly: number;
}

/** One measure on each fold and on both. */
export type Folded = Record<Fold | 'all', Counts>;

export interface Decisions {
  model: string;
  persons: Folded;
  /**
   * UN persons' queries alerting on other designations than their own:
   * strangers of the same cultures with their own real birth dates and
   * nationalities (the list's Taliban meeting each other's Mohammad, Akhund, Wali).
   */
  otherDesignations: Folded;
  aliases: { near: Folded; mid: Folded; far: Folded; originalScript: Folded };
  synthetic: Folded;
  real: Folded;
  /** Negatives that alerted with evidence, for reading (first 40 of each set). */
  alerted: { synthetic: string[]; real: string[] };
  /** Every case counted against the model, for reading (`decisions-run.ts --cases`). */
  cases: {
    /** Aliases not found with evidence, by band, each with why (its own name score, its evidence, whether it was a candidate). */
    missed: Record<'near' | 'mid' | 'far' | 'originalScript', Array<{ fold: Fold; note: string }>>;
    /** Negatives alerting above low priority with evidence, each with its alerts' reasons. */
    alerting: Record<'synthetic' | 'real', Array<{ fold: Fold; note: string }>>;
  };
}

const zero = (): Counts => ({ total: 0, nameOnly: 0, withEvidence: 0, dropped: 0, lowOnly: 0 });
const folded = (): Folded => ({ A: zero(), B: zero(), all: zero() });

function add(target: Folded, fold: Fold, nameOnly: boolean, withEvidence: Alert[], dropped: boolean): void {
  for (const counts of [target[fold], target.all]) {
    counts.total++;
    if (nameOnly) counts.nameOnly++;
    if (withEvidence.length > 0) counts.withEvidence++;
    if (withEvidence.length > 0 && withEvidence.every((a) => a.priority === 'low')) counts.lowOnly++;
    if (dropped) counts.dropped++;
  }
}

/** A designation's first birth date as a caller would type it, or ''. */
export function firstBirthDate(record: SanctionsRecord): string {
  if (record.kind !== 'individual') return '';
  const dob: DateOfBirth | undefined = record.datesOfBirth[0];
  if (dob === undefined) return '';
  return dob.date ?? String(dob.year ?? dob.fromYear ?? '');
}

/** A designation's first nationality, or ''. */
export function firstNationality(record: SanctionsRecord): string {
  return record.kind === 'individual' ? (record.nationality[0] ?? '') : '';
}

/** The data the decisions are measured on. */
export interface DecisionData {
  persons: PersonCase[];
  synthetic: NegativeCase[];
  real: NegativeCase[];
  /** Leave-one-out alias cases; default: every individual's aliases and original-script name. */
  aliases?: AliasCase[];
}

/** Screens every case by name alone and with its evidence under `model`. */
export function evaluateDecisions(list: SanctionsList, model: ScoringModel, data: DecisionData): Decisions {
  const state = buildState(list, model);
  const screener = new QueryRunner(state);
  const persons = folded();
  const otherDesignations = folded();
  for (const c of data.persons) {
    const fold = foldOf(c.expectedRefs[0] ?? c.query);
    const found = (alerts: Alert[]) => alerts.filter((a) => c.expectedRefs.includes(a.referenceNumber));
    const others = (alerts: Alert[]) => alerts.filter((a) => !c.expectedRefs.includes(a.referenceNumber));
    const built = screener.withEvidence(c.query, c.dateOfBirth, c.nationality);
    const byName = screener.run({ name: c.query });
    const withIt = screener.run(built.query);
    add(persons, fold, found(byName).length > 0, found(withIt), built.dropped);
    add(otherDesignations, fold, others(byName).length > 0, others(withIt), built.dropped);
  }

  const aliases = { near: folded(), mid: folded(), far: folded(), originalScript: folded() };
  const missed: Decisions['cases']['missed'] = { near: [], mid: [], far: [], originalScript: [] };
  const cases = data.aliases ?? aliasCases(list).filter((c) => c.record.kind === 'individual');
  for (const c of cases) {
    const fold = foldOf(c.record.referenceNumber);
    const skip = (name: IndexedName) => name.record === c.record && name.origin !== 'primary';
    const found = (alerts: Alert[]) => alerts.filter((a) => a.referenceNumber === c.record.referenceNumber);
    const built = screener.withEvidence(c.query, firstBirthDate(c.record), firstNationality(c.record));
    const band = c.kind === 'original-script' ? 'originalScript' : c.band;
    const withIt = found(screener.run(built.query, skip));
    add(aliases[band], fold, found(screener.run({ name: c.query }, skip)).length > 0, withIt, built.dropped);
    if (withIt.length === 0) missed[band].push({ fold, note: screener.whyMissed(c.record, built.query, skip) });
  }

  const alerting: Decisions['cases']['alerting'] = { synthetic: [], real: [] };
  const negatives = (rows: NegativeCase[], alerted: string[], above: Array<{ fold: Fold; note: string }>): Folded => {
    const result = folded();
    for (const c of rows) {
      const built = screener.withEvidence(c.query, c.dateOfBirth, c.nationality);
      const withIt = screener.run(built.query);
      const asked = `${c.query} (${c.dateOfBirth || '?'}, ${c.nationality || '?'})`;
      if (withIt.length > 0 && alerted.length < 40) alerted.push(`${asked} → ${withIt[0]!.reason}`);
      const fold = foldOf(c.query);
      const notLow = withIt.filter((a) => a.priority !== 'low');
      if (notLow.length > 0) above.push({ fold, note: `${asked} →\n${notLow.map((a) => `    ${a.reason}`).join('\n')}` });
      add(result, fold, screener.run({ name: c.query }).length > 0, withIt, built.dropped);
    }
    return result;
  };
  const alerted = { synthetic: [] as string[], real: [] as string[] };
  return {
    model: model.version,
    persons,
    otherDesignations,
    aliases,
    synthetic: negatives(data.synthetic, alerted.synthetic, alerting.synthetic),
    real: negatives(data.real, alerted.real, alerting.real),
    alerted,
    cases: { missed, alerting },
  };
}

/** Validated queries against one list state, with the bench's leave-one-out `skip`. */
class QueryRunner {
  readonly #state: ListState;
  constructor(state: ListState) {
    this.#state = state;
  }

  #normalize(query: ScreenQuery): NormalizedQuery {
    return normalizeQuery(query, { threshold: this.#state.model.threshold, limit: 10 });
  }

  run(query: ScreenQuery, skip?: (name: IndexedName) => boolean): Alert[] {
    return screenWith(this.#state, this.#normalize(query), skip);
  }

  /**
   * Why `record` did not alert for `query`: its best name's score, whether
   * the name search returned it, its evidence and the score they make.
   */
  whyMissed(record: SanctionsRecord, query: ScreenQuery, skip: (name: IndexedName) => boolean): string {
    const q = this.#normalize(query);
    const own = this.#namesOf(record).filter((name) => !skip(name));
    const best = scoreRecordNames(this.#state.names.prepareQuery(q.name), own, this.#state.model)[0];
    const floor = nameThreshold(q, this.#state.model);
    const hits = this.#state.names.search(q.name, { threshold: floor, limit: Math.max(q.limit * this.#state.model.search.namesPerAlert, this.#state.model.search.minNames), skip });
    const candidate = hits.some((hit) => hit.record === record) ? 'a candidate' : best !== undefined && best.score >= floor ? `not a candidate (${hits.length} hits ≥ ${floor.toFixed(2)})` : `below the search (${floor.toFixed(2)})`;
    const alert = makeAlert({ ...q, threshold: 0 }, record, best === undefined ? undefined : { record, ...best }, [], this.#state.model);
    const evidence = alert?.evidence.map((e) => `${e.kind} ${e.outcome} ${e.adjustment.toFixed(2)}`).join(', ') ?? '';
    return `${q.name} [${record.referenceNumber} ${record.name}${best === undefined ? '' : ` via "${best.name.text}"`}] (${query.dateOfBirth ?? '?'}, ${query.nationality ?? '?'}): name ${(best?.score ?? 0).toFixed(2)}, ${candidate}; ${evidence} → ${(alert?.score ?? 0).toFixed(2)}`;
  }

  #byRecord: Map<SanctionsRecord, IndexedName[]> | undefined;
  #namesOf(record: SanctionsRecord): IndexedName[] {
    if (this.#byRecord === undefined) {
      this.#byRecord = new Map();
      for (const name of this.#state.names.names) {
        const names = this.#byRecord.get(name.record);
        if (names === undefined) this.#byRecord.set(name.record, [name]);
        else names.push(name);
      }
    }
    return this.#byRecord.get(record) ?? [];
  }

  /** The query with a case's birth date and nationality, leaving out what the Screener rejects. */
  withEvidence(name: string, dateOfBirth: string, nationality: string): { query: ScreenQuery; dropped: boolean } {
    const query: ScreenQuery = { name };
    let dropped = false;
    const accepts = (q: ScreenQuery) => {
      try {
        this.#normalize(q);
        return true;
      } catch {
        return false;
      }
    };
    if (dateOfBirth !== '') {
      if (accepts({ name, dateOfBirth })) query.dateOfBirth = dateOfBirth;
      else dropped = true;
    }
    if (nationality !== '') {
      if (accepts({ name, nationality })) query.nationality = nationality;
      else dropped = true;
    }
    return { query, dropped };
  }
}

export const pct = (n: number, total: number) => `${((n / Math.max(1, total)) * 100).toFixed(1)}%`;
export const per10k = (n: number, total: number) => ((n / Math.max(1, total)) * 10_000).toFixed(1);

/** The measures of a run in report order: a recall (persons, aliases) or an alert rate (strangers). */
export function decisionMeasures(d: Decisions): Array<{ name: string; counts: Folded; kind: 'recall' | 'alerts' }> {
  return [
    { name: 'UN persons found', counts: d.persons, kind: 'recall' },
    { name: 'UN persons alerting on another designation, per 10,000', counts: d.otherDesignations, kind: 'alerts' },
    { name: 'aliases near', counts: d.aliases.near, kind: 'recall' },
    { name: 'aliases mid', counts: d.aliases.mid, kind: 'recall' },
    { name: 'aliases far', counts: d.aliases.far, kind: 'recall' },
    { name: 'original script', counts: d.aliases.originalScript, kind: 'recall' },
    { name: 'synthetic negatives, per 10,000', counts: d.synthetic, kind: 'alerts' },
    { name: 'real negatives, per 10,000', counts: d.real, kind: 'alerts' },
  ];
}

/** The markdown section of the report: one table per model, rows by measure, columns by fold. */
export function renderDecisions(all: Decisions[]): string {
  const lines = [
    '## 5. Decisions with evidence, by fold',
    '',
    'Each cell: by name alone → with birth date and nationality. Recall for persons and aliases',
    '(individuals only, queried with the designation\'s first birth date and nationality, its other',
    'names left out), alerts per 10,000 for negatives (each with its own row\'s birth date and',
    'nationality; "above low": leaving out the cases that alert only at low priority, a full-name',
    'match whose evidence conflicts). Folds by a hash of the reference number (negatives: of the query).',
    '',
  ];
  for (const d of all) {
    const recallRow = (name: string, f: Folded) =>
      `| ${name} | ${(['A', 'B', 'all'] as const).map((k) => `${pct(f[k].nameOnly, f[k].total)} → ${pct(f[k].withEvidence, f[k].total)} (${f[k].total})`).join(' | ')} |`;
    const alertRow = (name: string, f: Folded) =>
      `| ${name} | ${(['A', 'B', 'all'] as const).map((k) => `${per10k(f[k].nameOnly, f[k].total)} → ${per10k(f[k].withEvidence, f[k].total)}, ${per10k(f[k].withEvidence - f[k].lowOnly, f[k].total)} above low (${f[k].withEvidence}/${f[k].total})`).join(' | ')} |`;
    lines.push(
      `### Scoring model ${d.model}`,
      '',
      '| measure | fold A | fold B | both |',
      '|---|---|---|---|',
      ...decisionMeasures(d).map((m) => (m.kind === 'recall' ? recallRow : alertRow)(m.name, m.counts)),
      '',
      `Evidence left out (rejected by the Screener): persons ${d.persons.all.dropped}, synthetic ${d.synthetic.all.dropped}, real ${d.real.all.dropped}.`,
      '',
      'Real negatives alerting with evidence (first 40):',
      '',
      ...(d.alerted.real.length === 0 ? ['- none'] : d.alerted.real.map((line) => `- ${line}`)),
      '',
      'Synthetic negatives alerting with evidence (first 40):',
      '',
      ...(d.alerted.synthetic.length === 0 ? ['- none'] : d.alerted.synthetic.map((line) => `- ${line}`)),
      '',
    );
  }
  return lines.join('\n');
}
