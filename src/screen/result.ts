/**
 * What a screen returns: alerts with their evidence, and what an auditor
 * needs to replay the decision.
 */
import type { AlignmentEntry } from '../match/compare.js';
import type { NameSource } from '../index/names.js';
import type { RecordKind, SanctionsRecord } from '../types.js';
import type { Evidence } from './evidence.js';
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
  /** Name score plus the evidence adjustments, in [0, 1]; 1 when a document number matched. */
  score: number;
  evidence: Evidence[];
  /** The token alignment behind the name score. */
  alignment: AlignmentEntry[];
  /** One line an analyst can act on. */
  reason: string;
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
  /** What could not be used (a side field of the party, an old list): the name was screened all the same. */
  warnings: ScreenWarning[];
  list: ListInUse;
  options: ScreenOptionsUsed;
}
