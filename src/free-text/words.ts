/**
 * The words of a free text, with where each one is in the original string.
 */
import { foldName } from '../normalize/fold.js';

/** One word of a text. */
export interface TextWord {
  /** Offset of its first UTF-16 code unit in the text. */
  start: number;
  /** Offset just after its last code unit. */
  end: number;
  /** The word as written. */
  text: string;
  /**
   * Whether it may be an initial: one letter, not joined by a slash or an
   * ampersand to another one-letter word (C/O, S/O, T/A, A&M are no
   * initials; the P of `/REC/P CHERIF` is one).
   */
  initial: boolean;
  /** Whether a line break separates it from the word before (a SWIFT 35-character line may cut a name, or a word, there). */
  afterLineBreak: boolean;
  /**
   * Whether only a line break separates it from the word before (spaces,
   * and the `//` that begins a SWIFT continuation line): the two may be
   * halves of one word the line cut (`BELMOK` / `HTAR`, `KAWTH` / `//AR`),
   * which `C/` / `O` are not.
   */
  lineCut: boolean;
  /**
   * Whether only blanks follow it before a line break or the end of the
   * text: a SWIFT line of 35 characters, or a field, may have cut it
   * (`BANK OF EAS`, `AMIN INDUSTRIAL⏎COMPL`).
   */
  endsLine: boolean;
  /** Whether a comma separates it from the word before (`NAIMULLAH, MULLAH`: a title after a name, in comma form). */
  commaBefore: boolean;
}

/**
 * Letters, marks, digits and the apostrophes names carry (Qa'ida, N'Djamena).
 * Everything else separates words, periods and hyphens included: in payment
 * text `KHORASAN.METALLURGY.INDUSTRIES` and `NOOR-CHARITY-TRUST` are words
 * joined by punctuation, not one word (a name's `A.B.C.` is read by the name
 * folding once the window is made).
 */
const WORD = /[\p{L}\p{M}\p{N}'’ʼ`]+/gu;

const SLASHED = /[/&\\]/;

const HAS_DIGIT = /\p{N}/u;

/** Whether only spaces and tabs follow `from` up to a line break or the end of the text. */
function blankToLineEnd(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * Splits a text into words with their offsets, in one pass, at most `max`
 * words (the rest of the text is not read: see `TextScreenResult.truncated`).
 *
 * @example
 * ```ts
 * splitWords('/BNF/AL RASHID\nTRUST').map((w) => [w.text, w.start, w.afterLineBreak]);
 * // [['BNF', 1, false], ['AL', 5, false], ['RASHID', 8, false], ['TRUST', 15, true]]
 * ```
 */
export function splitWords(text: string, max = Number.POSITIVE_INFINITY): TextWord[] {
  const words: TextWord[] = [];
  let previousEnd = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    if (words.length >= max) break;
    const start = match.index;
    let afterLineBreak = false;
    let blank = true;
    let commaBefore = false;
    for (let i = previousEnd; i < start; i++) {
      const c = text.charCodeAt(i);
      if (c === 44) commaBefore = true;
      if (c === 10 || c === 13) afterLineBreak = true;
      else if (c !== 32 && c !== 9 && !(c === 47 && afterLineBreak)) blank = false;
    }
    const end = start + match[0].length;
    // A letter alone at the start of a line after a word, or at the end of a line before one, is a word the line cut (SOFI / A).
    // Not after a reference or an account number (`/PK05SCBL…` / `A MANAN NYAZI`): a line cuts words of letters.
    const cutBefore = words.length > 0 && afterLineBreak && !HAS_DIGIT.test(words[words.length - 1]!.text);
    const cutAfter = /^[ \t]*\r?\n[ \t]*\p{L}/u.test(text.slice(end, end + 8));
    const slashed = pairedAcross(text, start - 1, -1) || pairedAcross(text, end, 1);
    const initial = match[0].length === 1 && /\p{L}/u.test(match[0]) && !slashed && !cutBefore && !cutAfter;
    const endsLine = blankToLineEnd(text, end);
    words.push({ start, end, text: match[0], initial, afterLineBreak: words.length > 0 && afterLineBreak, lineCut: words.length > 0 && afterLineBreak && blank, endsLine, commaBefore: words.length > 0 && commaBefore });
    previousEnd = start + match[0].length;
  }
  return words;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether the character at `at` is a slash or an ampersand that joins a
 * one-letter word to another one-letter word (`C/O`, `S/O`, `T/A`, `A&M`),
 * looking in `direction` (-1: before the word, 1: after it). A slash that
 * ends a SWIFT code (`/REC/P CHERIF`) joins nothing.
 */
function pairedAcross(text: string, at: number, direction: -1 | 1): boolean {
  if (!SLASHED.test(text.charAt(at))) return false;
  const other = at + direction;
  return LETTER_OR_DIGIT.test(text.charAt(other)) && !LETTER_OR_DIGIT.test(text.charAt(other + direction));
}

/**
 * A word as written, folded to its letters a–z (no spaces, separators or
 * digits): how the text's words and the list's are compared as written.
 *
 * @example
 * ```ts
 * writtenForm('AL-AMDOUNI'); // 'alamdouni'
 * writtenForm('Shaykh,');    // 'shaykh'
 * ```
 */
export function writtenForm(word: string): string {
  return foldName(word).replace(/[^a-z]/g, '');
}
