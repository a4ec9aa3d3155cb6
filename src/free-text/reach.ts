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
import { bitCount, letterBit, type TextIndex } from './text-index.js';
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
  /** Per pair of first letters: the last of the text's words (`TextReach.#pieces`) beginning with them (valid when `starts` has the generation). */
  lastPiece: Int32Array;
  /** Per name: the generation of the last text that asked `mayHold` of it, and the answer (1: may hold). */
  asked: Uint32Array;
  held: Uint8Array;
  generation: number;
  /** Per name: `cutStartsOf`, made on first use. */
  cutStarts: Array<CutStarts | undefined>;
}

/** The content words of a name that a cut word may begin, as listed and as written (`cutStartsOf`). */
interface CutStarts {
  /** Per word: its first two letters (`startKey`) and its length (key, length, key, length…). */
  keys: readonly number[];
  /** The words (one per pair of `keys`). */
  forms: readonly string[];
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
  /** Per piece: the one before it that begins with the same two letters (-1: none); `Scratch.lastPiece` holds each pair's last. */
  readonly #samePair: readonly number[];

  constructor(index: TextIndex, text: LookedUpText) {
    this.#index = index;
    let scratch = scratches.get(index);
    if (scratch === undefined) {
      scratch = {
        similar: new Uint32Array(index.names.vocabulary.entries.length),
        starts: new Uint32Array(26 * 26),
        shortest: new Uint16Array(26 * 26),
        lastPiece: new Int32Array(26 * 26),
        asked: new Uint32Array(index.names.names.length),
        held: new Uint8Array(index.names.names.length),
        generation: 0,
        cutStarts: new Array<CutStarts | undefined>(index.names.names.length),
      };
      scratches.set(index, scratch);
    }
    if (++scratch.generation === 0xffffffff) {
      scratch.similar.fill(0);
      scratch.starts.fill(0);
      scratch.asked.fill(0);
      scratch.generation = 1;
    }
    this.#scratch = scratch;
    const generation = (this.#generation = scratch.generation);
    let initials = 0;
    const pieces: string[] = [];
    const samePair: number[] = [];
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
        samePair.push(scratch.starts[key] === generation ? scratch.lastPiece[key]! : -1);
        scratch.starts[key] = generation;
        scratch.lastPiece[key] = pieces.length;
        pieces.push(piece);
      }
    }
    this.#initials = initials;
    this.#pieces = pieces;
    this.#samePair = samePair;
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
   * Worked out once per name and text (every word that anchors the name asks).
   */
  mayHold(id: number): boolean {
    const { asked, held } = this.#scratch;
    if (asked[id] === this.#generation) return held[id] === 1;
    const answer = this.#mayHold(id);
    asked[id] = this.#generation;
    held[id] = answer ? 1 : 0;
    return answer;
  }

  #mayHold(id: number): boolean {
    const index = this.#index;
    if (index.eligible[id] === 0) return false;
    const reachable = this.tokens(id);
    if ((reachable & index.anchors[id]!) === 0) return false;
    const content = index.content[id]!;
    const needed = index.needed[id]!;
    const matched = bitCount(reachable & content);
    if ((reachable & index.heaviest[id]!) !== 0 && matched >= needed) return true;
    if (matched + 1 < needed) return false;
    // A window may reach fewer tokens than the text does: any content word may be the one a cut word begins.
    return this.#mayBeginOne(id, content);
  }

  /**
   * Whether a word of the text begins a content word of name `id` and is
   * shorter than it (`plainTokenBegun`): only the words that begin with the
   * same two letters are compared, and none when the shortest of them is
   * not shorter than the content word.
   */
  #mayBeginOne(id: number, content: number): boolean {
    const { cutStarts, starts, shortest, lastPiece } = this.#scratch;
    const { keys, forms } = (cutStarts[id] ??= cutStartsOf(this.#index.names.nameAt(id), content));
    for (let i = 0; i < keys.length; i += 2) {
      const key = keys[i]!;
      const length = keys[i + 1]!;
      if (starts[key] !== this.#generation || shortest[key]! >= length) continue;
      const form = forms[i >> 1]!;
      for (let p = lastPiece[key]!; p !== -1; p = this.#samePair[p]!) {
        const piece = this.#pieces[p]!;
        if (piece.length < length && form.startsWith(piece)) return true;
      }
    }
    return false;
  }
}

const PLAIN = /^[a-z]+$/;
/** A word of plain Latin letters folds to itself in lowercase. */
const LETTERS = /^[A-Za-z]+$/;

/**
 * Each content word of a name, as listed and as written, with its first two
 * letters (`startKey`) and its length: what a word cut off must begin with,
 * and be shorter than (`plainTokenBegun`); a word written as the list folds
 * it is there once. A word of 2 letters or fewer, or that does not begin
 * with two letters a–z, is begun by no such word.
 */
function cutStartsOf(name: IndexedName, content: number): CutStarts {
  const keys: number[] = [];
  const forms: string[] = [];
  name.matchable.tokens.forEach((token, t) => {
    if ((content & (1 << t)) === 0) return;
    const written = foldName(token.original).replace(/ /g, '');
    for (const form of written === token.form ? [written] : [token.form, written]) {
      const key = form.length > 2 ? startKey(form) : -1;
      if (key < 0) continue;
      keys.push(key, form.length);
      forms.push(form);
    }
  });
  return { keys, forms };
}
