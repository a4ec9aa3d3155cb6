/**
 * Exact lookup of identity document numbers, built once per list.
 */
import type { SanctionsRecord } from '../types.js';
import { documentKeys } from './documents.js';

/** A listed document a number was found in. */
export interface DocumentMatch {
  record: SanctionsRecord;
  /** The document as the list gives it ("Passport F654645, Saudi Arabia"). */
  description: string;
}

/** Document number → the designations that carry it. */
export class DocumentIndex {
  readonly #byNumber = new Map<string, DocumentMatch[]>();

  /** Indexes the documents of these records (a whole list's, or a diff's). */
  constructor(records: readonly SanctionsRecord[]) {
    for (const record of records) {
      if (record.kind !== 'individual') continue;
      for (const document of record.documents) {
        const description = [document.type, document.number ?? document.note, document.issuingCountry ?? document.countryOfIssue]
          .filter((part) => part !== undefined)
          .join(', ');
        for (const key of documentKeys(document)) {
          const matches = this.#byNumber.get(key) ?? [];
          if (!matches.some((m) => m.record === record)) matches.push({ record, description });
          this.#byNumber.set(key, matches);
        }
      }
    }
  }

  /** The designations with this normalized number. */
  find(number: string): readonly DocumentMatch[] {
    return this.#byNumber.get(number) ?? [];
  }
}
