/**
 * Listed names inside free text (remittance information, purpose, an
 * unstructured address): the words of the text, windows around the words
 * that anchor a listed name, each window screened as a name.
 */
import { ArgumentTypeError, describeValue, ErrorCodes } from '../errors.js';
import type { IndexedName } from '../search/name-index.js';
import { expectObject, validateLimit, validateThreshold } from '../validate.js';
import { ENGINE } from '../engine.js';
import { makeAlert, type ListState } from '../screen/list-state.js';
import type { NormalizedQuery } from '../screen/query.js';
import type { Alert } from '../screen/result.js';
import type { TextHit, TextScreenOptions, TextScreenResult } from './result.js';
import { acceptTextHit, latinOnly, readsAsCutName } from './gate.js';
import type { MatchableName } from '../match/units.js';
import { plainTokenBegun, TextIndex } from './text-index.js';
import { firstAtOrAfter } from '../text/sorted.js';
import { completeWindow, lookUpText, unwrittenScore, WINDOW_SLACK, windowFor, type LookedUpText, type TextWindow, type WindowCompletion } from './windows.js';
import { splitWords } from './words.js';
import { TextReach } from './reach.js';
import { foldName } from '../normalize/fold.js';

/**
 * Most windows scored per text, as written; the windows for words a line cut
 * off and the windows written out have a budget of the same size of their
 * own, made after. A payment field has a handful; the cap keeps a huge text
 * (a whole file passed by mistake) linear in its length, and a text that
 * reaches either is marked `truncated`.
 */
export const MAX_TEXT_WINDOWS = 1_000;

/** Validated options of one call, with the Screener's defaults. */
function textOptions(options: unknown, defaults: { threshold: number; limit: number }): { threshold: number; limit: number } {
  const o = expectObject(options, 'options', ErrorCodes.INVALID_OPTION, true) as TextScreenOptions;
  return {
    threshold: validateThreshold(o.threshold ?? defaults.threshold, { aboveZero: true }),
    limit: validateLimit(o.limit ?? defaults.limit),
  };
}

/**
 * Screens one free text against one list state (`Screener.screenText`).
 *
 * @throws {ArgumentTypeError} (code `UNSC_ERR_INVALID_QUERY`) when `text` is not a string.
 * @throws {ArgumentRangeError} (code `UNSC_ERR_INVALID_OPTION`) for a bad threshold or limit.
 */
export function screenTextWith(
  state: ListState,
  text: unknown,
  options: unknown,
  defaults: { threshold: number; limit: number },
): TextScreenResult {
  if (typeof text !== 'string') {
    throw new ArgumentTypeError(ErrorCodes.INVALID_QUERY, `Expected the text to be a string, got ${describeValue(text)}`);
  }
  const { threshold, limit } = textOptions(options, defaults);
  const index = TextIndex.of(state.names);
  const looked = lookUpText(index, splitWords(text));
  const { words, queryTexts } = looked;
  const folded = new Array<string | undefined>(words.length);
  const { windows, truncated } = collectWindows(index, looked, folded);

  // Each window screened as a name; hits must cover enough of the listed name.
  const candidates: Array<TextHit & { score: number }> = [];
  const searchLimit = Math.max(limit * state.model.search.namesPerAlert, state.model.search.minNames);
  // Windows as written first; a window written out is searched only for a designation not found there yet.
  const ordered = [...windows.values()].sort((a, b) => Number(a.completed !== undefined) - Number(b.completed !== undefined));
  for (const window of ordered) {
    const { first, last, completed } = window;
    if (completed !== undefined && foundAlready(state, window, candidates, words)) continue;
    const name = completed === undefined ? queryTexts.slice(first, last + 1).join(' ') : completed.query;
    const written = writtenIn(looked, window);
    const next = nextWord(looked, window, folded);
    // The same words at another place of the text (a repeated line), or in an earlier text, are searched once: the
    // key holds all that `admits` reads of the window (what its look-ups covered, the words written out, how many
    // words are written), else the first place decides for all.
    const latin = latinOnly(words, first, last);
    const key = windowSearchKey(name, next, threshold, searchLimit, latin, written, window);
    let hits = index.searchedWindow(key);
    if (hits === undefined) {
      // Only names the gate could accept are scored (see TextIndex.mayBeHit): else the best name of a
      // designation may be one the gate refuses (its original script, for Latin words) and hide the others.
      // A window written out is scored for the names that have the listed words put in.
      // What needs no look-up is asked first (`skip`, before the search works out what the words reach of the name).
      const skip = (indexed: IndexedName): boolean =>
        index.eligible[indexed.id] === 0 ||
        (latin && indexed.source === 'original-script') ||
        (completed !== undefined && !completed.words.every((word) => hasWord(indexed, word)));
      // What the search finds the words may match, or what the text's own look-ups found (a word a line cut in two, joined).
      const admits = (indexed: IndexedName, reachable: number): boolean => {
        if (index.mayBeHit(indexed.id, reachable, written, next)) return true;
        const covered = coveredFor(window, indexed.id);
        return (covered & ~reachable) !== 0 && index.mayBeHit(indexed.id, reachable | covered, written, next);
      };
      hits = state.names.search(name, { threshold, limit: searchLimit, skip, admits });
      index.keepSearchedWindow(key, hits);
    }
    if (hits.length === 0) continue;
    const q: NormalizedQuery = { name, nationalities: [], countries: [], documents: [], threshold, limit };
    let prepared: MatchableName | undefined;
    for (const hit of hits) {
      const decision = acceptTextHit(hit, words, first, last, written);
      if (!decision.accepted) continue;
      if (completed !== undefined && !readsAsCutName(hit, (prepared ??= state.names.prepareQuery(name)), completed)) continue;
      const start = words[decision.first]!.start;
      const end = words[decision.last]!.end;
      // Listed words put in after the text's end were not written: the name scores below exact (windows.ts, `unwrittenScore`).
      const scored = completed?.tail === undefined ? hit : { ...hit, score: unwrittenScore(hit.name, hit.score, completed.tail) };
      const alert = makeAlert(q, hit.record, scored, [], state.model);
      if (alert !== undefined && completed !== undefined) markWrittenOut(alert, completed, (word) => state.names.prepareQuery(word));
      if (alert !== undefined) candidates.push({ start, end, text: text.slice(start, end), alert, score: alert.score });
    }
  }
  return {
    hits: mergeHits(candidates, limit),
    list: state.version,
    options: { threshold, limit, engine: ENGINE, model: state.model.version },
    truncated,
  };
}

/**
 * Whether every designation a window was made for (`TextWindow.madeFor`)
 * has a hit already (`candidates`) on words that overlap the window's.
 */
function foundAlready(state: ListState, window: TextWindow, candidates: ReadonlyArray<TextHit>, words: LookedUpText['words']): boolean {
  const { madeFor } = window;
  if (madeFor === undefined) return false;
  const start = words[window.first]!.start;
  const end = words[window.last]!.end;
  for (let i = 0; i < madeFor.length; i += 2) {
    const ref = state.names.nameAt(madeFor[i]!).record.referenceNumber;
    if (!candidates.some((hit) => hit.alert.referenceNumber === ref && hit.start < end && start < hit.end)) return false;
  }
  return true;
}

/**
 * Marks the pairs of an alert's alignment whose query word the window wrote
 * out (`WindowCompletion`): rule `cut` for the word a line or the text cut
 * off, `initial` for an initial, so no one reads them as spelt in the text:
 * every unit the matcher makes of such a word (MUJAHIDIN is `mujah` and `din`).
 *
 * @example
 * // screenText('/BNF/SAMYAR MOHAMMAD AHM'): { query: 'ahmadi', listed: 'ahmadi', similarity: 1, rule: 'cut' }
 */
function markWrittenOut(alert: Alert, completed: WindowCompletion, prepare: (name: string) => MatchableName): void {
  // A word's units as the matcher makes them: a written-out word may be more than one (MUJAHIDIN: mujah, din) or
  // another form than its folded spelling (ABDUL: abd), and each of them was not in the text.
  const unitsOf = (word: string): Set<string> => new Set([foldName(word), ...prepare(word).tokens.map((token) => token.form)]);
  const cutOff = [...(completed.cutLast === undefined ? [] : [completed.cutLast]), ...(completed.tail ?? [])];
  const cut = new Set(cutOff.flatMap((word) => [...unitsOf(word)]));
  const initials = new Set(completed.words.filter((word) => !cutOff.includes(word)).flatMap((word) => [...unitsOf(word)]));
  for (const pair of alert.alignment) {
    if (cut.has(pair.query)) pair.rule = 'cut';
    else if (initials.has(pair.query)) pair.rule = 'initial';
  }
}

/**
 * Everything a window's search depends on besides the list (see the `admits`
 * of `screenTextWith`): the words searched, the word after them, the options,
 * whether the words are Latin only, how many words they were written for,
 * the listed words a completed window put in, and the names it was made for
 * with what its words match of each. Two windows of the same key get the
 * same hits; `TextIndex.searchedWindow` keeps them across texts.
 *
 * @example
 * ```ts
 * // the window AL RASHID TRUST before KARACHI, as written, made for name 812 (its tokens 0b111)
 * windowSearchKey('AL RASHID TRUST', 'karachi', 0.8, 40, true, 3, { first: 4, last: 6, covered: 7, madeFor: [812, 7] });
 * // 'AL RASHID TRUST\0karachi\00.8\040\01\03\0-\0812:7 ' (\0: U+0000)
 * ```
 */
export function windowSearchKey(name: string, next: string | undefined, threshold: number, limit: number, latin: boolean, written: number, window: TextWindow): string {
  const put = window.completed === undefined ? '-' : window.completed.words.join(' ');
  let madeFor = '';
  const ids = window.madeFor ?? [];
  for (let i = 0; i < ids.length; i += 2) madeFor += `${ids[i]}:${ids[i + 1]} `;
  return `${name}\u0000${next ?? '-'}\u0000${threshold}\u0000${limit}\u0000${latin ? 1 : 0}\u0000${written}\u0000${put}\u0000${madeFor}`;
}

/** What a window's words match of name `id` when it was made for it (`TextWindow.madeFor`), else 0. */
function coveredFor({ madeFor }: TextWindow, id: number): number {
  if (madeFor !== undefined) for (let i = 0; i < madeFor.length; i += 2) if (madeFor[i] === id) return madeFor[i + 1]!;
  return 0;
}

/** Whether a listed name has a word written `word` (one a window was written out with). */
function hasWord(name: IndexedName, word: string): boolean {
  for (const token of name.matchable.tokens) if (token.original === word) return true;
  return false;
}

/** Words written in a window (a run-together word counts for its pieces). */
function writtenIn({ pieces }: LookedUpText, { first, last }: TextWindow): number {
  let written = 0;
  for (let k = first; k <= last; k++) written += pieces[k]!;
  return written;
}

/** The word after a window (folded, kept in `folded`), which may complete a listed word a line cut off. */
function nextWord({ words }: LookedUpText, { last }: TextWindow, folded: Array<string | undefined>): string | undefined {
  return last + 1 < words.length ? (folded[last + 1] ??= foldName(words[last + 1]!.text)) : undefined;
}

/**
 * The windows of a text, each once, from every word (or line-cut pair) that
 * anchors a name the text may hold (reach.ts), kept when their words may
 * match what the gate asks for (`TextIndex.mayBeHit`); `truncated` when
 * there were more than `MAX_TEXT_WINDOWS` as written, or written out.
 */
function collectWindows(index: TextIndex, looked: LookedUpText, folded: Array<string | undefined>): { windows: Map<number | string, TextWindow>; truncated: boolean } {
  return new WindowCollector(index, looked, folded).collect();
}

/**
 * The state of `collectWindows` for one text. A class, not closures: a text
 * makes no functions (a payment line has a few words; making four closures
 * per line, named as the tsx loader names them, was 1.5% of screenText).
 */
class WindowCollector {
  readonly windows = new Map<number | string, TextWindow>();
  readonly #index: TextIndex;
  readonly #looked: LookedUpText;
  readonly #folded: Array<string | undefined>;
  readonly #count: number;
  readonly #tried = new Set<number>();
  readonly #reach: TextReach;
  /** The words a line or the text may have cut off (sorted). */
  readonly #cutAt: number[] = [];
  readonly #hasInitials: boolean;
  #writtenOut = 0;
  #forCutWords = false;
  #extraCut = false;

  constructor(index: TextIndex, looked: LookedUpText, folded: Array<string | undefined>) {
    this.#index = index;
    this.#looked = looked;
    this.#folded = folded;
    this.#count = looked.words.length;
    this.#reach = new TextReach(index, looked.completing ?? looked);
    if (looked.completing !== undefined) looked.cut.forEach((piece, k) => piece !== undefined && this.#cutAt.push(k));
    this.#hasInitials = looked.words.some((word) => word.initial);
  }

  collect(): { windows: Map<number | string, TextWindow>; truncated: boolean } {
    const { windows } = this;
    const { lookups, joinedBefore, completing } = this.#looked;
    for (let k = 0; k < this.#count; k++) {
      if (!this.#addWindowsFor(lookups[k]!.seeds, k, k)) return { windows, truncated: true };
      const joined = joinedBefore[k];
      if (joined !== undefined && !this.#addWindowsFor(joined.seeds, k - 1, k)) return { windows, truncated: true };
    }
    // Then the names cut words begin, once every window as written is in.
    this.#forCutWords = true;
    for (let k = 0; k < this.#count; k++) {
      const cutSeeds = completing?.lookups[k];
      if (cutSeeds !== undefined && cutSeeds !== lookups[k] && !this.#addWindowsFor(cutSeeds.seeds, k, k)) return { windows, truncated: true };
    }
    return { windows, truncated: this.#extraCut };
  }

  /** Whether a cut word within a window's reach of the words `first`–`last` begins a content word of name `id`. */
  #mayComplete(name: IndexedName, id: number, first: number, last: number): boolean {
    const reach = name.matchable.tokens.length + WINDOW_SLACK;
    const cutAt = this.#cutAt;
    // Only the cut words within reach (cutAt is sorted): scanning them all made a text of many cut lines quadratic.
    for (let i = firstAtOrAfter(cutAt, first - reach); i < cutAt.length && cutAt[i]! <= last + reach; i++) {
      if (plainTokenBegun(name, this.#looked.cut[cutAt[i]!]!, this.#index.content[id]!) !== undefined) return true;
    }
    return false;
  }

  #addWindowsFor(seeds: readonly number[], first: number, last: number): boolean {
    const index = this.#index;
    const looked = this.#looked;
    const count = this.#count;
    for (const id of seeds) {
      if (!this.#reach.mayHold(id)) continue;
      const key = id * count + first;
      if (this.#tried.has(key)) continue;
      this.#tried.add(key);
      const name = index.names.nameAt(id);
      const window = windowFor(name, looked, first, last);
      if (!this.#add(id, window, window.first * count + window.last)) return false;
      // And written out: initials, and a word a line or the text cut off, as the name writes them.
      // Initials only where the window has every content word of the name (I IBRAHIM AL-DURI for IZZAT IBRAHIM AL-DURI).
      // And a window that ends the text inside the name, with the name's words after it (windows.ts, `unwrittenTail`).
      if (((this.#hasInitials && (window.covered & index.content[id]!) === index.content[id]!) || window.last === count - 1) && !this.#addCompleted(id, window)) return false;
      const { completing } = looked;
      if (completing === undefined || !this.#mayComplete(name, id, first, last)) continue;
      if (!this.#addCompleted(id, windowFor(name, completing, first, last))) return false;
    }
    return true;
  }

  /** `add` for the window written out for name `id` (`completeWindow`), when it shortened some of its words. */
  #addCompleted(id: number, window: TextWindow): boolean {
    const index = this.#index;
    const completed = completeWindow(index.names.nameAt(id), this.#looked, window, index.content[id]!);
    if (completed === undefined) return true;
    // The words put in after the text's end are the name's: what the window covers of it includes them.
    const covered = completed.tail === undefined ? window.covered : window.covered | index.content[id]!;
    return this.#add(id, { ...window, covered, completed }, `${window.first * this.#count + window.last} ${completed.query}`);
  }

  /** Keeps a window (once) when it may hold a hit on name `id`; false when there are too many. */
  #add(id: number, window: TextWindow, key: number | string): boolean {
    if (!this.#index.mayBeHit(id, window.covered, writtenIn(this.#looked, window), nextWord(this.#looked, window, this.#folded))) return true;
    const { windows } = this;
    const known = windows.get(key);
    if (known !== undefined) {
      known.madeFor?.push(id, window.covered);
      return true;
    }
    // Windows for cut words (and written out) have their own budget: they must not crowd out the windows as written.
    const extra = this.#forCutWords || window.completed !== undefined;
    if (extra && this.#writtenOut >= MAX_TEXT_WINDOWS) {
      this.#extraCut = true; // no more of them, but the windows as written still go in
      return true;
    }
    if (!extra && windows.size - this.#writtenOut >= MAX_TEXT_WINDOWS) return false;
    if (extra) this.#writtenOut++;
    window.madeFor = [id, window.covered];
    windows.set(key, window);
    return true;
  }
}

/**
 * One hit per designation and span: the best first, dropping the others of
 * the same designation that overlap it; then the `limit` best, in text order.
 */
export function mergeHits(candidates: Array<TextHit & { score: number }>, limit: number): TextHit[] {
  candidates.sort((a, b) => b.score - a.score || a.end - a.start - (b.end - b.start) || a.start - b.start);
  const kept: Array<TextHit & { score: number }> = [];
  const keptByDesignation = new Map<string, Array<TextHit & { score: number }>>();
  for (const hit of candidates) {
    const ref = hit.alert.referenceNumber;
    const same = keptByDesignation.get(ref) ?? [];
    if (same.some((k) => k.start < hit.end && hit.start < k.end)) continue;
    same.push(hit);
    keptByDesignation.set(ref, same);
    kept.push(hit);
  }
  return kept
    .slice(0, limit)
    .sort((a, b) => a.start - b.start || b.score - a.score)
    .map(({ start, end, text, alert }) => ({ start, end, text, alert }));
}
