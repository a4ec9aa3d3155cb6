/**
 * The name index as columns: one table of strings and typed arrays, instead
 * of ~80,000 small objects. `v8.deserialize` rebuilds an object graph one
 * property at a time (≈0.5 s for the index of the 2026 list on a busy
 * machine); reading typed arrays is a copy, and the objects are then made
 * here by object literals, in the field order the index's own code uses (so
 * that they have the same shapes as in a freshly built index).
 *
 * Every object kind has its field list below; encoding throws when an object
 * has a field the list does not know, so a field added to a token, unit or
 * vocabulary entry fails the snapshot tests instead of being lost.
 */
import type { IndexedName, LazyNames, NameIndexData } from '../search/name-index.js';
import type { VocabularyEntry } from '../search/vocabulary.js';
import type { Unit } from '../match/units.js';
import type { NameToken, TokenClass } from '../normalize/tokens.js';
import type { SanctionsRecord } from '../types.js';

/** The index of a list as columns (see the file comment); `records` are the list's, by position. */
export interface IndexColumns {
  /** Every distinct string, joined by U+0000 (no name, form or key contains it). */
  strings: string;
  tokens: { text: Int32Array; flags: Uint8Array };
  units: { text: Int32Array; flags: Uint8Array; first: Uint8Array; last: Uint8Array; weight: Float64Array };
  names: {
    record: Int32Array;
    text: Int32Array;
    tokenStart: Int32Array;
    tokenIds: Int32Array;
    weights: Float64Array;
    matchedWeights: Float64Array;
    unitStart: Int32Array;
    unitWeights: Float64Array;
    unitMatchedWeights: Float64Array;
    unitSpans: Int32Array;
    unitIds: Int32Array;
    totals: Float64Array;
    masks: Int32Array;
    /** Per name, its letters (a string id) and their number of words. */
    letters: Int32Array;
  };
  entries: { text: Int32Array; flags: Uint8Array; weight: Float64Array; postingStart: Int32Array; postings: Int32Array };
  rarity: NameIndexData['rarity'];
  tables: NameIndexData['vocabulary']['tables'];
  letters: NameIndexData['letters'];
}

const NONE = -1;
const TOKEN_FIELDS = ['form', 'original', 'cls', 'vowelKey', 'consonantKey', 'consonantSource', 'altConsonantSource', 'altConsonantKey', 'collapsed', 'fromArabic', 'koreanKey', 'koreanWord'] as const;
const TOKEN_TEXT = ['form', 'original', 'cls', 'vowelKey', 'consonantKey', 'consonantSource', 'altConsonantSource', 'altConsonantKey', 'collapsed', 'koreanKey'] as const;
const UNIT_FIELDS = ['form', 'vowelKey', 'consonantKey', 'consonantSource', 'altConsonantSource', 'altConsonantKey', 'collapsed', 'fromArabic', 'koreanKey', 'joined', 'first', 'last', 'weight'] as const;
const UNIT_TEXT = ['form', 'vowelKey', 'consonantKey', 'consonantSource', 'altConsonantSource', 'altConsonantKey', 'collapsed', 'koreanKey'] as const;
const ENTRY_FIELDS = ['form', 'vowelKey', 'consonantKey', 'consonantSource', 'altConsonantKey', 'altConsonantSource', 'collapsed', 'fromArabic', 'koreanKey', 'joined', 'weight', 'postings'] as const;
const ENTRY_TEXT = ['form', 'vowelKey', 'consonantKey', 'consonantSource', 'altConsonantKey', 'altConsonantSource', 'collapsed', 'koreanKey'] as const;
const NAME_FIELDS = ['id', 'record', 'text', 'source', 'origin', 'quality', 'matchable', 'unitIds'] as const;
const NAME_TEXT = ['text', 'source', 'origin', 'quality'] as const;
// (`entity` is stored as the name's record: NameIndex.build sets it to the record's kind, and so does the decoder)
const MATCHABLE_FIELDS = ['tokens', 'weights', 'matchedWeights', 'units', 'totalWeight', 'unitWeights', 'unitMatchedWeights', 'unitSpans', 'initialTokens', 'legalTokens', 'entity', 'letters'] as const;

/** Throws when `object` has a field this codec would drop. */
function checkFields(object: object, known: readonly string[], what: string): void {
  for (const key of Object.keys(object)) {
    if (!known.includes(key)) throw new Error(`snapshot: a ${what} has the field \`${key}\` that src/snapshot/index-codec.ts does not store`);
  }
}

/** Interns strings; `undefined` is NONE. */
class StringTable {
  readonly #ids = new Map<string, number>();
  readonly #strings: string[] = [];

  id(value: string | undefined): number {
    if (value === undefined) return NONE;
    let id = this.#ids.get(value);
    if (id === undefined) {
      if (value.includes('\u0000')) throw new Error('snapshot: a string contains U+0000');
      id = this.#strings.length;
      this.#strings.push(value);
      this.#ids.set(value, id);
    }
    return id;
  }

  joined(): string {
    return this.#strings.join('\u0000');
  }
}

/**
 * The columns of an index's data, whose names point at `records` (the list's).
 *
 * @example
 * ```ts
 * const columns = encodeIndex(NameIndex.build(list).toData(), list.records);
 * const data = decodeIndex(columns, list.records); // NameIndex.fromData(data) searches the same
 * ```
 */
export function encodeIndex(data: NameIndexData, records: readonly SanctionsRecord[]): IndexColumns {
  const strings = new StringTable();
  const recordPosition = new Map<SanctionsRecord, number>();
  records.forEach((record, i) => recordPosition.set(record, i));

  // Tokens are shared between names (prepared once per word): stored once each.
  const tokenIds = new Map<NameToken, number>();
  const tokenText: number[] = [];
  const tokenFlags: number[] = [];
  const { names } = data;
  const unitCount = names.reduce((sum, name) => sum + name.matchable.units.length, 0);
  const tokenRefs = names.reduce((sum, name) => sum + name.matchable.tokens.length, 0);
  const units = { text: new Int32Array(unitCount * UNIT_TEXT.length), flags: new Uint8Array(unitCount), first: new Uint8Array(unitCount), last: new Uint8Array(unitCount), weight: new Float64Array(unitCount) };
  const columns: IndexColumns['names'] = {
    record: new Int32Array(names.length),
    text: new Int32Array(names.length * NAME_TEXT.length),
    tokenStart: new Int32Array(names.length + 1),
    tokenIds: new Int32Array(tokenRefs),
    weights: new Float64Array(tokenRefs),
    matchedWeights: new Float64Array(tokenRefs),
    unitStart: new Int32Array(names.length + 1),
    unitWeights: new Float64Array(unitCount),
    unitMatchedWeights: new Float64Array(unitCount),
    unitSpans: new Int32Array(unitCount),
    unitIds: new Int32Array(unitCount),
    totals: new Float64Array(names.length),
    masks: new Int32Array(names.length * 2),
    letters: new Int32Array(names.length * 2),
  };
  let t = 0;
  let u = 0;
  names.forEach((name, n) => {
    checkFields(name, NAME_FIELDS, 'indexed name');
    checkFields(name.matchable, MATCHABLE_FIELDS, 'matchable name');
    if (name.id !== n) throw new Error(`snapshot: indexed name ${n} has id ${name.id}`);
    const position = recordPosition.get(name.record);
    if (position === undefined) throw new Error(`snapshot: indexed name ${n} points at a record that is not the list's`);
    if (name.matchable.entity !== (name.record.kind === 'entity')) throw new Error(`snapshot: indexed name ${n} is not marked as its record's kind`);
    columns.record[n] = position;
    NAME_TEXT.forEach((field, f) => (columns.text[n * NAME_TEXT.length + f] = strings.id(name[field])));
    const m = name.matchable;
    columns.tokenStart[n] = t;
    m.tokens.forEach((token, i) => {
      let id = tokenIds.get(token);
      if (id === undefined) {
        checkFields(token, TOKEN_FIELDS, 'token');
        id = tokenIds.size;
        tokenIds.set(token, id);
        for (const field of TOKEN_TEXT) tokenText.push(strings.id(token[field]));
        tokenFlags.push((token.fromArabic ? 1 : 0) | (token.koreanWord ? 2 : 0));
      }
      columns.tokenIds[t] = id;
      columns.matchedWeights[t] = m.matchedWeights[i]!;
      columns.weights[t++] = m.weights[i]!;
    });
    columns.unitStart[n] = u;
    m.units.forEach((unit, i) => {
      checkFields(unit, UNIT_FIELDS, 'unit');
      UNIT_TEXT.forEach((field, f) => (units.text[u * UNIT_TEXT.length + f] = strings.id(unit[field])));
      units.flags[u] = (unit.fromArabic ? 1 : 0) | (unit.joined ? 2 : 0);
      units.first[u] = unit.first;
      units.last[u] = unit.last;
      units.weight[u] = unit.weight;
      columns.unitWeights[u] = m.unitWeights[i]!;
      columns.unitMatchedWeights[u] = m.unitMatchedWeights[i]!;
      columns.unitSpans[u] = m.unitSpans[i]!;
      columns.unitIds[u++] = name.unitIds[i]!;
    });
    columns.totals[n] = m.totalWeight;
    columns.masks[n * 2] = m.initialTokens;
    columns.masks[n * 2 + 1] = m.legalTokens;
    columns.letters[n * 2] = strings.id(m.letters.letters);
    columns.letters[n * 2 + 1] = m.letters.words;
  });
  columns.tokenStart[names.length] = t;
  columns.unitStart[names.length] = u;

  const entries = data.vocabulary.entries;
  const postingCount = entries.reduce((sum, entry) => sum + entry.postings.length, 0);
  const entryColumns = { text: new Int32Array(entries.length * ENTRY_TEXT.length), flags: new Uint8Array(entries.length), weight: new Float64Array(entries.length), postingStart: new Int32Array(entries.length + 1), postings: new Int32Array(postingCount) };
  let p = 0;
  entries.forEach((entry, e) => {
    checkFields(entry, ENTRY_FIELDS, 'vocabulary entry');
    ENTRY_TEXT.forEach((field, f) => (entryColumns.text[e * ENTRY_TEXT.length + f] = strings.id(entry[field])));
    entryColumns.flags[e] = (entry.fromArabic ? 1 : 0) | (entry.joined ? 2 : 0);
    entryColumns.weight[e] = entry.weight;
    entryColumns.postingStart[e] = p;
    for (const id of entry.postings) entryColumns.postings[p++] = id;
  });
  entryColumns.postingStart[entries.length] = p;

  return {
    strings: strings.joined(),
    tokens: { text: Int32Array.from(tokenText), flags: Uint8Array.from(tokenFlags) },
    units,
    names: columns,
    entries: entryColumns,
    rarity: data.rarity,
    tables: data.vocabulary.tables,
    letters: data.letters,
  };
}

/**
 * The index data `encodeIndex` stored, its names pointing at `records`. The
 * names are made when the index first asks for each (`LazyNames`): a cold
 * screen makes a few dozen of them, not all.
 */
export function decodeIndex(columns: IndexColumns, records: readonly SanctionsRecord[]): Omit<NameIndexData, 'names'> & { names: LazyNames } {
  const strings = columns.strings.split('\u0000');
  const text = (id: number): string => strings[id]!;
  const maybe = (id: number): string | undefined => (id === NONE ? undefined : strings[id]);

  const tokenText = columns.tokens.text;
  const tokenFlags = columns.tokens.flags;
  // Tokens are shared between names: each is made once, when a name that has it is first made.
  const tokens: (NameToken | undefined)[] = new Array<NameToken | undefined>(tokenFlags.length);
  const token = (i: number): NameToken => {
    const made = tokens[i];
    if (made !== undefined) return made;
    const s = i * TOKEN_TEXT.length;
    return (tokens[i] = {
      form: text(tokenText[s]!),
      original: text(tokenText[s + 1]!),
      cls: text(tokenText[s + 2]!) as TokenClass,
      vowelKey: text(tokenText[s + 3]!),
      consonantKey: text(tokenText[s + 4]!),
      consonantSource: text(tokenText[s + 5]!),
      altConsonantSource: maybe(tokenText[s + 6]!),
      altConsonantKey: maybe(tokenText[s + 7]!),
      collapsed: text(tokenText[s + 8]!),
      fromArabic: (tokenFlags[i]! & 1) !== 0,
      koreanKey: maybe(tokenText[s + 9]!),
      koreanWord: (tokenFlags[i]! & 2) !== 0,
    });
  };

  const u = columns.units;
  const c = columns.names;
  const name = (n: number): IndexedName => {
    const nameTokens: NameToken[] = [];
    const weights: number[] = [];
    const matchedWeights: number[] = [];
    for (let t = c.tokenStart[n]!; t < c.tokenStart[n + 1]!; t++) {
      nameTokens.push(token(c.tokenIds[t]!));
      weights.push(c.weights[t]!);
      matchedWeights.push(c.matchedWeights[t]!);
    }
    const units: Unit[] = [];
    const unitWeights: number[] = [];
    const unitMatchedWeights: number[] = [];
    const unitSpans: number[] = [];
    const start = c.unitStart[n]!;
    const end = c.unitStart[n + 1]!;
    for (let i = start; i < end; i++) {
      const s = i * UNIT_TEXT.length;
      units.push({
        form: text(u.text[s]!),
        vowelKey: text(u.text[s + 1]!),
        consonantKey: text(u.text[s + 2]!),
        consonantSource: text(u.text[s + 3]!),
        altConsonantSource: maybe(u.text[s + 4]!),
        altConsonantKey: maybe(u.text[s + 5]!),
        collapsed: text(u.text[s + 6]!),
        fromArabic: (u.flags[i]! & 1) !== 0,
        koreanKey: maybe(u.text[s + 7]!),
        joined: (u.flags[i]! & 2) !== 0,
        first: u.first[i]!,
        last: u.last[i]!,
        weight: u.weight[i]!,
      });
      unitWeights.push(c.unitWeights[i]!);
      unitMatchedWeights.push(c.unitMatchedWeights[i]!);
      unitSpans.push(c.unitSpans[i]!);
    }
    const s = n * NAME_TEXT.length;
    const quality = maybe(c.text[s + 3]!);
    const record = records[c.record[n]!]!;
    const matchable = {
      tokens: nameTokens,
      weights,
      matchedWeights,
      units,
      totalWeight: c.totals[n]!,
      unitWeights,
      unitMatchedWeights,
      unitSpans,
      initialTokens: c.masks[n * 2]!,
      legalTokens: c.masks[n * 2 + 1]!,
      entity: record.kind === 'entity',
      letters: { letters: text(c.letters[n * 2]!), words: c.letters[n * 2 + 1]! },
    };
    const source = text(c.text[s + 1]!) as IndexedName['source'];
    const origin = text(c.text[s + 2]!) as IndexedName['origin'];
    const unitIds = c.unitIds.slice(start, end);
    // Made as NameIndex.build makes its names (the same literal, spread included): one shape for both.
    return { id: n, record, text: text(c.text[s]!), source, origin, ...(quality === undefined ? {} : { quality }), matchable, unitIds };
  };
  const names: LazyNames = { count: c.record.length, at: name };

  const e = columns.entries;
  const entries: VocabularyEntry[] = new Array<VocabularyEntry>(e.flags.length);
  for (let i = 0, s = 0; i < entries.length; i++, s += ENTRY_TEXT.length) {
    const postings: number[] = [];
    for (let p = e.postingStart[i]!; p < e.postingStart[i + 1]!; p++) postings.push(e.postings[p]!);
    entries[i] = {
      form: text(e.text[s]!),
      vowelKey: text(e.text[s + 1]!),
      consonantKey: text(e.text[s + 2]!),
      consonantSource: text(e.text[s + 3]!),
      altConsonantKey: maybe(e.text[s + 4]!),
      altConsonantSource: maybe(e.text[s + 5]!),
      collapsed: text(e.text[s + 6]!),
      fromArabic: (e.flags[i]! & 1) !== 0,
      koreanKey: maybe(e.text[s + 7]!),
      joined: (e.flags[i]! & 2) !== 0,
      weight: e.weight[i]!,
      postings,
    };
  }
  return { names, rarity: columns.rarity, vocabulary: { entries, tables: columns.tables }, letters: columns.letters };
}
