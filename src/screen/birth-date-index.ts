/**
 * The designations by full birth date (`1972-06-01`), with their names: what
 * a same-day birth date can lift, found without searching names far below
 * the threshold. A same-day date is the one piece of evidence strong enough
 * to lift a name from near nothing; every other outcome lifts a name the
 * name search reaches (`list-state.ts`, `nameThreshold`).
 *
 * @example
 * ```ts
 * const births = new BirthDateIndex(list.records, names.names);
 * births.find('1972-06-01'); // [{ record: QDi.136, names: [MOKHTAR BELMOKHTAR, …] }]
 * ```
 */
import type { IndexedName } from '../search/name-index.js';
import type { SanctionsRecord } from '../types.js';

/** A designation born on a date, with its indexed names. */
export interface BornOn {
  record: SanctionsRecord;
  names: IndexedName[];
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Designations by the full birth dates `compareBirthDate` can find the same day on (EXACT dates and alias dates). */
export class BirthDateIndex {
  readonly #byDate = new Map<string, BornOn[]>();

  constructor(records: readonly SanctionsRecord[], names: readonly IndexedName[]) {
    const namesOf = new Map<SanctionsRecord, IndexedName[]>();
    for (const name of names) {
      const list = namesOf.get(name.record);
      if (list === undefined) namesOf.set(name.record, [name]);
      else list.push(name);
    }
    for (const record of records) {
      if (record.kind !== 'individual') continue;
      const dates = new Set<string>();
      for (const dob of record.datesOfBirth) {
        if (dob.date !== undefined && dob.type !== 'APPROXIMATELY' && dob.fromYear === undefined && dob.toYear === undefined) dates.add(dob.date);
      }
      for (const alias of record.aliases) if (alias.dateOfBirth !== undefined && FULL_DATE.test(alias.dateOfBirth)) dates.add(alias.dateOfBirth);
      for (const date of dates) {
        const entry = { record, names: namesOf.get(record) ?? [] };
        const born = this.#byDate.get(date);
        if (born === undefined) this.#byDate.set(date, [entry]);
        else born.push(entry);
      }
    }
  }

  /** The designations born on `date` (YYYY-MM-DD), or none. */
  find(date: string): readonly BornOn[] {
    return this.#byDate.get(date) ?? [];
  }
}
