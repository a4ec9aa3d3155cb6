/**
 * The designations by full birth date (`1972-06-01`), with their names: what
 * a same-day birth date can lift, found without searching names far below
 * the threshold. A same-day date is the one piece of evidence strong enough
 * to lift a name from near nothing; every other outcome lifts a name the
 * name search reaches (`list-state.ts`, `nameThreshold`).
 *
 * @example
 * ```ts
 * const births = new BirthDateIndex(list.records, () => names.names);
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

/**
 * Designations by the full birth dates `compareBirthDate` can find the same
 * day on (EXACT dates and alias dates). Built on the first `find`: most
 * screens carry no full birth date, and the names it holds would make every
 * name of a snapshot's index (made on demand: `LazyNames`) at start-up.
 */
export class BirthDateIndex {
  #byDate: Map<string, BornOn[]> | undefined;
  readonly #records: readonly SanctionsRecord[];
  readonly #names: () => readonly IndexedName[];

  /** `names` gives the index's names when first needed. */
  constructor(records: readonly SanctionsRecord[], names: () => readonly IndexedName[]) {
    this.#records = records;
    this.#names = names;
  }

  /** The designations born on `date` (YYYY-MM-DD), or none. */
  find(date: string): readonly BornOn[] {
    this.#byDate ??= this.#build();
    return this.#byDate.get(date) ?? [];
  }

  #build(): Map<string, BornOn[]> {
    const byDate = new Map<string, BornOn[]>();
    const namesOf = new Map<SanctionsRecord, IndexedName[]>();
    for (const name of this.#names()) {
      const list = namesOf.get(name.record);
      if (list === undefined) namesOf.set(name.record, [name]);
      else list.push(name);
    }
    for (const record of this.#records) {
      if (record.kind !== 'individual') continue;
      const dates = new Set<string>();
      for (const dob of record.datesOfBirth) {
        if (dob.date !== undefined && dob.type !== 'APPROXIMATELY' && dob.fromYear === undefined && dob.toYear === undefined) dates.add(dob.date);
      }
      for (const alias of record.aliases) if (alias.dateOfBirth !== undefined && FULL_DATE.test(alias.dateOfBirth)) dates.add(alias.dateOfBirth);
      for (const date of dates) {
        const entry = { record, names: namesOf.get(record) ?? [] };
        const born = byDate.get(date);
        if (born === undefined) byDate.set(date, [entry]);
        else born.push(entry);
      }
    }
    return byDate;
  }
}
