/**
 * Which names of a designation are indexed, and how each is labelled.
 */
import type { SanctionsRecord } from '../types.js';
import { bracketedNameTest, bracketedNameText } from './bracketed-name.js';
import { splitNameList } from './name-list.js';

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
const ONE_BRACKET = /\([^()]+\)/;

/**
 * How deep brackets in one name are read. The list nests two deep at most
 * (`أنصار الشريعة بليبيا (Ansar al Charia in Libya (ASL))`); a name nested
 * deeper is indexed as it is, without long or short forms, since reading
 * each level goes over the whole text again.
 */
export const MAX_BRACKET_DEPTH = 4;

/**
 * How deep the brackets of `text` nest (a stray closing bracket opens
 * nothing), in one pass.
 *
 * @example
 * ```ts
 * bracketDepth('Ansar al Charia (ASL)'); // 1
 * bracketDepth('أنصار الشريعة بليبيا (Ansar al Charia in Libya (ASL))'); // 2
 * ```
 */
export function bracketDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '(') deepest = Math.max(deepest, ++depth);
    else if (char === ')') depth = Math.max(0, depth - 1);
  }
  return deepest;
}

/**
 * The names of a record: its primary name, its aliases, its original-script
 * name (a field holding several names separated by `;` is split:
 * `name-list.ts`), and for each name with a bracketed part, the name without
 * it and the bracketed part when that part is a name of its own
 * (`bracketed-name.ts`: an abbreviation or another script, not a place, a
 * title or a note; a bracketed list of names gives each name, labelled as its
 * field). Brackets inside
 * brackets are read from the inside out, up to `MAX_BRACKET_DEPTH` levels: a
 * name nested deeper is indexed only as it is.
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
  const push = (entry: NameEntry): boolean => {
    const key = entry.text.toLowerCase();
    if (entry.text.trim() === '' || seen.has(key)) return false;
    seen.add(key);
    entries.push(entry);
    return true;
  };
  const addBracketed = (entry: NameEntry, text: string): void => {
    // (a name nested deeper than any listed one is indexed as it is: each level would re-read the whole text)
    if (bracketDepth(text) > MAX_BRACKET_DEPTH) return;
    // (brackets in brackets: one round per level, the innermost first; the depth check bounds the rounds)
    for (let round = 0; round < MAX_BRACKET_DEPTH; round++) {
      // (the name without its brackets is the same for every bracket: made once, not once per bracket)
      let outer: string | undefined;
      let isName: ((part: string) => boolean) | undefined;
      let nested = false;
      for (const bracket of text.matchAll(BRACKETED)) {
        const inner = bracketedNameText(bracket[1]!.trim());
        if (outer === undefined) {
          outer = text.replace(BRACKETED, ' ').replace(/\s+/g, ' ').trim();
          isName = bracketedNameTest(outer);
          nested = ONE_BRACKET.test(outer);
          // (the outer brackets are read next round, and this half-read name is not indexed)
          if (outer !== '' && !nested) push({ ...entry, text: outer, source: 'long-form' });
        }
        if (inner !== '' && isName!(inner)) {
          // (a bracketed list of names, 'حسن غول (Hassan Ghul; Hassan Gul)', holds whole names, each as its field's)
          const names = splitNameList(inner);
          for (const name of names) push({ ...entry, text: name, source: names.length > 1 ? entry.source : 'short-form' });
        }
      }
      if (outer === undefined || !nested) return;
      text = outer;
    }
  };
  const add = (entry: NameEntry): void => {
    for (const text of splitNameList(entry.text)) if (push({ ...entry, text })) addBracketed({ ...entry, text }, text);
  };
  add({ text: record.name, source: 'primary', origin: 'primary' });
  if (options.includeAliases !== false) {
    for (const alias of record.aliases) {
      add({
        text: alias.name,
        source: 'alias',
        origin: 'alias',
        ...(alias.quality === undefined ? {} : { quality: alias.quality }),
      });
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
