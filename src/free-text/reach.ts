/**
 * What a whole text can match of a listed name, worked out once per text: an
 * upper bound of what any window of the text can match, so that a name that
 * no window could make a hit of is dropped before any window is made for it.
 * A word of a text anchors some twenty names on average (Mohammad, Ali,
 * Rashid are words of hundreds); for nineteen of them the text holds nothing
 * else of the name, and growing a window around the word to find that out
 * cost more than screening the rest of the text.
 */
import { foldName } from '../normalize/fold.js';
import { bitCount, letterBit, plainTokenBegun, type TextIndex } from './text-index.js';
import type { LookedUpText } from './windows.js';
import type { IndexedName } from '../search/name-index.js';

/** Per text index: stamps reused from text to text (a text marks what it has with its own generation). */
interface Scratch {
  /** Per vocabulary entry: the generation of the last text that has a word similar to it. */
  similar: Uint32Array;
  /** Per pair of first letters (aa … zz): the generation of the last text that has a word beginning with them. */
  starts: Uint32Array;
  /** Per pair of first letters: the length of the shortest such word of that text. */
  shortest: Uint16Array;
  generation: number;
  /** Per name: `cutStartsOf`, made on first use. */
  cutStarts: Array<readonly number[] | undefined>;
}

const scratches = new WeakMap<TextIndex, Scratch>();

/** Index of a word's first two letters (a–z), or -1. */
function startKey(word: string): number {
  const a = word.charCodeAt(0) - 97;
  const b = word.charCodeAt(1) - 97;
  return a >= 0 && a < 26 && b >= 0 && b < 26 ? a * 26 + b : -1;
}

/**
 * The list's units that the words of one text are similar to, and what that
 * allows of each name (`mayHold`). Made for one text and used before the next
 * is read (the stamps it marks are shared by every text of the index).
 *
 * @example
 * ```ts
 * const reach = new TextReach(textIndex, lookUpText(textIndex, splitWords('PAYMENT TO AL RASHID TRUST')));
 * reach.mayHold(alRashidTrustId); // true
 * reach.mayHold(rashidAhmadId);   // false: nothing of the text is similar to Ahmad
 * ```
 */
export class TextReach {
  readonly #index: TextIndex;
  readonly #scratch: Scratch;
  readonly #generation: number;
  /** First letters of the text's initials (`M. RUKUNDA`), as `letterBit`s. */
  readonly #initials: number;
  /** The text's words folded, plain letters of 2 or more (what may begin a word a line cut off). */
  readonly #pieces: readonly string[];

  constructor(index: TextIndex, text: LookedUpText) {
    this.#index = index;
    let scratch = scratches.get(index);
    if (scratch === undefined) {
      scratch = {
        similar: new Uint32Array(index.names.vocabulary.entries.length),
        starts: new Uint32Array(26 * 26),
        shortest: new Uint16Array(26 * 26),
        generation: 0,
        cutStarts: new Array<readonly number[] | undefined>(index.names.names.length),
      };
      scratches.set(index, scratch);
    }
    if (++scratch.generation === 0xffffffff) {
      scratch.similar.fill(0);
      scratch.starts.fill(0);
      scratch.generation = 1;
    }
    this.#scratch = scratch;
    const generation = (this.#generation = scratch.generation);
    let initials = 0;
    const pieces: string[] = [];
    for (let k = 0; k < text.words.length; k++) {
      for (const id of text.lookups[k]!.similar.keys()) scratch.similar[id] = generation;
      const joined = text.joinedBefore[k];
      if (joined !== undefined) for (const id of joined.similar.keys()) scratch.similar[id] = generation;
      const word = text.words[k]!;
      if (word.initial) initials |= letterBit(word.text.toLowerCase());
      const piece = word.text.length < 2 ? '' : LETTERS.test(word.text) ? word.text.toLowerCase() : foldName(word.text);
      const key = startKey(piece);
      if (key >= 0 && PLAIN.test(piece)) {
        if (scratch.starts[key] !== generation || piece.length < scratch.shortest[key]!) scratch.shortest[key] = Math.min(piece.length, 0xffff);
        scratch.starts[key] = generation;
        pieces.push(piece);
      }
    }
    this.#initials = initials;
    this.#pieces = pieces;
  }

  /**
   * The tokens of name `id` that some word of the text may stand for (bit
   * mask): every window's `covered` (windows.ts) is within it.
   */
  tokens(id: number): number {
    const { unitStart, unitVocabulary, unitSpan } = this.#index;
    const { similar } = this.#scratch;
    const generation = this.#generation;
    let mask = 0;
    for (let u = unitStart[id]!, end = unitStart[id + 1]!; u < end; u++) if (similar[unitVocabulary[u]!] === generation) mask |= unitSpan[u]!;
    if ((this.#initials & this.#index.nameLetters[id]!) !== 0) {
      const { tokens } = this.#index.names.nameAt(id).matchable;
      for (let t = 0; t < tokens.length; t++) if (tokens[t]!.cls === 'name' && (this.#initials & letterBit(tokens[t]!.form)) !== 0) mask |= 1 << t;
    }
    return mask;
  }

  /**
   * Whether some window of the text may hold a hit on name `id`:
   * `TextIndex.mayBeHit` with every word the text has (its words may match
   * `tokens(id)`, as many words as it likes are written, and any word of the
   * text may be the cut-off word after the window). Necessary, not
   * sufficient: a name failing it has no window that passes `mayBeHit`.
   */
  mayHold(id: number): boolean {
    const index = this.#index;
    if (index.eligible[id] === 0) return false;
    const reachable = this.tokens(id);
    if ((reachable & index.anchors[id]!) === 0) return false;
    const content = index.content[id]!;
    const needed = index.needed[id]!;
    const matched = bitCount(reachable & content);
    if ((reachable & index.heaviest[id]!) !== 0 && matched >= needed) return true;
    if (matched + 1 < needed) return false;
    const name = index.names.nameAt(id);
    // A window may reach fewer tokens than the text does: any content word may be the one a cut word begins.
    if (!this.#mayBeginOne(id, name, content)) return false;
    for (const piece of this.#pieces) if (plainTokenBegun(name, piece, content) !== undefined) return true;
    return false;
  }

  /** Whether a word of the text begins with the first two letters of a content word of the name and is shorter than it. */
  #mayBeginOne(id: number, name: IndexedName, content: number): boolean {
    const { cutStarts, starts, shortest } = this.#scratch;
    const keys = (cutStarts[id] ??= cutStartsOf(name, content));
    for (let i = 0; i < keys.length; i += 2) {
      const key = keys[i]!;
      if (starts[key] === this.#generation && shortest[key]! < keys[i + 1]!) return true;
    }
    return false;
  }
}

const PLAIN = /^[a-z]+$/;
/** A word of plain Latin letters folds to itself in lowercase. */
const LETTERS = /^[A-Za-z]+$/;

/**
 * The first two letters (`startKey`) and the length of each content word of a
 * name, as listed and as written (key, length, key, length…): what a word cut
 * off must begin with, and be shorter than (`tokenBegun`).
 */
function cutStartsOf(name: IndexedName, content: number): number[] {
  const keys: number[] = [];
  name.matchable.tokens.forEach((token, t) => {
    if ((content & (1 << t)) === 0) return;
    for (const form of [token.form, foldName(token.original).replace(/ /g, '')]) {
      const key = form.length > 2 ? startKey(form) : -1;
      if (key >= 0) keys.push(key, form.length);
    }
  });
  return keys;
}
