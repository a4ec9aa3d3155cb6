/**
 * Which names of a designation are indexed, and how each is labelled.
 */
import type { SanctionsRecord } from '../types.js';
import { bracketedNameText, isBracketedName } from './bracketed-name.js';

/** How an indexed name relates to its designation. */
export type NameSource =
  /** FIRST..FOURTH_NAME. */
  | 'primary'
  /** An alias (its quality says how reliable: Good/Low, a.k.a./f.k.a.). */
  | 'alias'
  /** NAME_ORIGINAL_SCRIPT. */
  | 'original-script'
  /** A short form the list gives in brackets: "RECONNAISSANCE GENERAL BUREAU (RGB)" → "RGB". */
  | 'short-form'
  /** A name with its bracketed part removed: "… BUREAU (RGB)" → "… BUREAU". */
  | 'long-form';

/** One name to index. */
export interface NameEntry {
  text: string;
  source: NameSource;
  /** Alias quality, when the source is an alias. */
  quality?: string;
  /** The list field this name comes from (a short form of an alias comes from `alias`). */
  origin: 'primary' | 'alias' | 'original-script';
}

const BRACKETED = /\(([^()]+)\)/g;

/**
 * The names of a record: its primary name, its aliases (a value holding
 * several names separated by `;` is split), its original-script name, and for
 * each name with a bracketed part, the name without it and the bracketed part
 * when that part is a name of its own (`bracketed-name.ts`: an abbreviation or
 * another script, not a place, a title or a note).
 * A corrupted original-script name (U+FFFD) is indexed without the damaged word.
 *
 * @example
 * ```ts
 * namesOf(record).map((n) => `${n.source}:${n.text}`);
 * // ['primary:RECONNAISSANCE GENERAL BUREAU (RGB)', 'long-form:RECONNAISSANCE GENERAL BUREAU', 'short-form:RGB', …]
 * ```
 */
export function namesOf(record: SanctionsRecord, options: { includeAliases?: boolean } = {}): NameEntry[] {
  const entries: NameEntry[] = [];
  const seen = new Set<string>();
  const add = (entry: NameEntry): void => {
    const key = entry.text.toLowerCase();
    if (entry.text.trim() === '' || seen.has(key)) return;
    seen.add(key);
    entries.push(entry);
    // (the name without its brackets is the same for every bracket: made once, not once per bracket)
    let outer: string | undefined;
    for (const bracket of entry.text.matchAll(BRACKETED)) {
      const inner = bracketedNameText(bracket[1]!.trim());
      outer ??= entry.text.replace(BRACKETED, ' ').replace(/\s+/g, ' ').trim();
      if (outer !== '' && !seen.has(outer.toLowerCase())) {
        seen.add(outer.toLowerCase());
        entries.push({ ...entry, text: outer, source: 'long-form' });
      }
      if (inner !== '' && !seen.has(inner.toLowerCase()) && isBracketedName(inner, outer)) {
        seen.add(inner.toLowerCase());
        entries.push({ ...entry, text: inner, source: 'short-form' });
      }
    }
  };
  add({ text: record.name, source: 'primary', origin: 'primary' });
  if (options.includeAliases !== false) {
    for (const alias of record.aliases) {
      for (const part of alias.name.split(';')) {
        add({
          text: part.trim(),
          source: 'alias',
          origin: 'alias',
          ...(alias.quality === undefined ? {} : { quality: alias.quality }),
        });
      }
    }
    if (record.nameOriginalScript !== undefined) {
      const text = record.nameOriginalScript
        .split(/\s+/)
        .filter((word) => !word.includes('\uFFFD'))
        .join(' ');
      add({ text, source: 'original-script', origin: 'original-script' });
    }
  }
  return entries;
}
