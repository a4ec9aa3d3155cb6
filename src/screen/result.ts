/**
 * What a screen returns: alerts with their evidence, and what an auditor
 * needs to replay the decision.
 */
import type { AlignmentEntry } from '../match/compare.js';
import type { NameSource } from '../search/names.js';
import type { RecordKind, SanctionsRecord } from '../types.js';
import type { Evidence } from './evidence.js';
import type { AlertPriority } from './priority.js';
import type { NormalizedQuery } from './query.js';
import type { ScreenWarning } from './warnings.js';

/** The list version a decision was made against. */
export interface ListVersion {
  dateGenerated: string;
  sha256: string;
}

/** The list a screen ran against: its version and its age on the day of the screen. */
export interface ListInUse extends ListVersion {
  /** Whole days between the list's `dateGenerated` and the screen. */
  ageDays: number;
}

/** One designation that alerted. */
export interface Alert {
  referenceNumber: string;
  /** UN_LIST_TYPE: the sanctions regime (Al-Qaida, Taliban, DPRK…). */
  listType: string;
  kind: RecordKind;
  primaryName: string;
  /** The name that matched: primary, alias (with its quality), original script, or a bracketed form. */
  matchedName: { text: string; source: NameSource; quality?: string } | undefined;
  /** Score of the name alone, in [0, 1] (0 when only a document matched). */
  nameScore: number;
  /**
   * Name score plus the evidence adjustments, in [0, 1]; 1 when a document
   * number matched. Below the threshold only for a `low` alert: a full-name
   * match that conflicting evidence does not hide.
   */
  score: number;
  /**
   * `high`: a document matched, or birth date or nationality agree and nothing
   * conflicts; `low`: some evidence conflicts (a full-name match then alerts
   * even below the threshold); `normal`: the name alone.
   */
  priority: AlertPriority;
  evidence: Evidence[];
  /**
   * The token alignment behind the name score. In `screenText`, a word the
   * text shortened and the name writes out is marked by how (rule `cut`: a
   * word a line or the text cut off, `initial`), not as spelt alike.
   */
  alignment: Array<Omit<AlignmentEntry, 'rule'> & { rule: AlignmentEntry['rule'] | 'cut' }>;
  /** One line an analyst can act on. */
  reason: string;
  /**
   * A hash of the party's screened fields and of the designation's content
   * (`alertFingerprint`): a decision recorded on it (see `applyDecisions`)
   * holds until either changes.
   */
  fingerprint: string;
  /** The full designation, as parsed. */
  record: SanctionsRecord;
}

/** The options a screen ran with. */
export interface ScreenOptionsUsed {
  threshold: number;
  limit: number;
  kind?: RecordKind;
  /** Library name and version. */
  engine: string;
  /** The `version` of the scoring model that made the scores ({@link SCORING_MODEL} by default). */
  model: string;
}

/**
 * The result of one screen. Its JSON Schema ships with the package
 * (`unsc-screen/schema/screen-result.schema.json`); `screen --json` and batch
 * JSONL write the same objects (without `alerts[].record` unless `--with-record`).
 */
export interface ScreenResult {
  /** The query's `id`, when it had one. */
  id?: string | number;
  query: NormalizedQuery;
  alerts: Alert[];
  /**
   * What the analyst should know about the query, usually empty: the name (a
   * junk name, a part cut, invisible characters removed), a side field of the
   * party that could not be used, an old list. The query was screened all the same.
   */
  warnings: ScreenWarning[];
  list: ListInUse;
  options: ScreenOptionsUsed;
}
