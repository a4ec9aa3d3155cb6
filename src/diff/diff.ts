/**
 * `diffLists`: what changed between two versions of the list, keyed on
 * REFERENCE_NUMBER (DATAID is the UN's internal id and is not stable).
 */
import type { SanctionsList, SanctionsRecord } from '../types.js';
import { ErrorCodes } from '../errors.js';
import { expectList, expectObject } from '../validate.js';

/** The version of a list, as in screen results. */
export interface DiffVersion {
  dateGenerated: string;
  sha256: string;
}

/** One changed field of a designation. */
export interface FieldChange {
  /** The model field (`aliases`, `comments`, `nameOriginalScript`…). */
  field: string;
  /** `changed` for a single value; `added`/`removed` for an item of a repeated field. */
  change: 'changed' | 'added' | 'removed';
  before?: unknown;
  after?: unknown;
  /** Something a reader should know (a value the UN export corrupted). */
  note?: string;
}

/** A designation present in both versions whose content changed. */
export interface RecordChange {
  referenceNumber: string;
  before: SanctionsRecord;
  after: SanctionsRecord;
  changes: FieldChange[];
}

/** A designation whose only difference is its DATAID (the UN renumbers; nothing to re-screen). */
export interface DataIdChange {
  referenceNumber: string;
  before: string;
  after: string;
}

/** What changed from one list version to the next. */
export interface ListDiff {
  from: DiffVersion;
  to: DiffVersion;
  added: SanctionsRecord[];
  removed: SanctionsRecord[];
  changed: RecordChange[];
  /** Records that differ only by DATAID: not "changed". */
  dataIdOnly: DataIdChange[];
  /** Records identical in content. */
  unchanged: number;
}

/** Fields that hold one value, compared as a whole. */
const SCALAR_FIELDS = [
  'kind', 'name', 'nameParts', 'nameOriginalScript', 'unListType', 'listedOn', 'comments', 'gender',
  'submittedOn', 'sortKey', 'sortKeyLastMod', 'versionNum', 'extra',
] as const;

/** Fields that hold several values, compared item by item (order ignored). */
const LIST_FIELDS = [
  'aliases', 'addresses', 'datesOfBirth', 'placesOfBirth', 'documents', 'nationality', 'title',
  'designation', 'listTypes', 'lastDayUpdated', 'submittedBy',
] as const;

/** A stable text for a value: keys sorted, so that key order never shows as a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  ) ?? 'undefined';
}

const CORRUPTED = '\uFFFD';

/** The field-level changes between two versions of one designation (DATAID and flags left out). */
export function recordChanges(before: SanctionsRecord, after: SanctionsRecord): FieldChange[] {
  expectObject(before, 'before', ErrorCodes.INVALID_ARGUMENT);
  expectObject(after, 'after', ErrorCodes.INVALID_ARGUMENT);
  const changes: FieldChange[] = [];
  const b = before as unknown as Record<string, unknown>;
  const a = after as unknown as Record<string, unknown>;
  for (const field of SCALAR_FIELDS) {
    if (canonical(b[field]) === canonical(a[field])) continue;
    const change: FieldChange = { field, change: 'changed', before: b[field], after: a[field] };
    if (typeof a[field] === 'string' && (a[field] as string).includes(CORRUPTED) && !String(b[field]).includes(CORRUPTED)) {
      change.note = 'the new value contains U+FFFD replacement characters: corrupted in the UN export, not a real change of name';
    }
    changes.push(change);
  }
  for (const field of LIST_FIELDS) {
    const beforeItems = (b[field] as unknown[] | undefined) ?? [];
    const afterItems = (a[field] as unknown[] | undefined) ?? [];
    const beforeKeys = new Map(beforeItems.map((item) => [canonical(item), item]));
    const afterKeys = new Map(afterItems.map((item) => [canonical(item), item]));
    for (const [key, item] of beforeKeys) if (!afterKeys.has(key)) changes.push({ field, change: 'removed', before: item });
    for (const [key, item] of afterKeys) if (!beforeKeys.has(key)) changes.push({ field, change: 'added', after: item });
  }
  return changes;
}

/**
 * Records keyed on their REFERENCE_NUMBER; a number held by several records
 * (a list that repeats one: `parseList` warns) keys the second as `REF\u0000#2`,
 * and so on in document order, so that no record hides another.
 */
function byOccurrence(records: readonly SanctionsRecord[]): Map<string, SanctionsRecord> {
  const keyed = new Map<string, SanctionsRecord>();
  const seen = new Map<string, number>();
  for (const record of records) {
    const n = (seen.get(record.referenceNumber) ?? 0) + 1;
    seen.set(record.referenceNumber, n);
    keyed.set(n === 1 ? record.referenceNumber : `${record.referenceNumber}\u0000#${n}`, record);
  }
  return keyed;
}

/**
 * Compares two list versions designation by designation, keyed on the
 * trimmed REFERENCE_NUMBER (records that repeat a number are paired in
 * document order: each is added, removed or compared, none is lost). Formatting (quotes, indentation, wrapped lines,
 * trailing spaces, field order) never shows, since both sides are compared
 * as parsed values.
 *
 * @example
 * ```ts
 * import { diffLists, parseList } from 'unsc-screen';
 * const diff = diffLists(parseList(older), parseList(newer));
 * diff.added.map((r) => r.referenceNumber); // ['SDi.007', 'SDi.008', 'SDi.009', 'SDi.010']
 * ```
 */
export function diffLists(older: SanctionsList, newer: SanctionsList): ListDiff {
  expectList(older, 'older');
  expectList(newer, 'newer');
  const before = byOccurrence(older.records);
  const after = byOccurrence(newer.records);
  const diff: ListDiff = {
    from: { dateGenerated: older.dateGenerated, sha256: older.sha256 },
    to: { dateGenerated: newer.dateGenerated, sha256: newer.sha256 },
    added: [],
    removed: [],
    changed: [],
    dataIdOnly: [],
    unchanged: 0,
  };
  for (const [reference, record] of after) {
    const previous = before.get(reference);
    if (previous === undefined) {
      diff.added.push(record);
      continue;
    }
    const changes = recordChanges(previous, record);
    if (changes.length > 0) diff.changed.push({ referenceNumber: record.referenceNumber, before: previous, after: record, changes });
    else if (previous.dataId !== record.dataId) diff.dataIdOnly.push({ referenceNumber: record.referenceNumber, before: previous.dataId, after: record.dataId });
    else diff.unchanged++;
  }
  for (const [reference, record] of before) if (!after.has(reference)) diff.removed.push(record);
  const byReference = (x: { referenceNumber: string }, y: { referenceNumber: string }) => x.referenceNumber.localeCompare(y.referenceNumber);
  diff.added.sort(byReference);
  diff.removed.sort(byReference);
  diff.changed.sort(byReference);
  diff.dataIdOnly.sort(byReference);
  return diff;
}
