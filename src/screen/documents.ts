/**
 * Identity document numbers: the list writes them with prose around them
 * ("CAR diplomatic passport no. 06FBO2262"), callers with spaces and dashes.
 */
import type { IdentityDocument } from '../types.js';
import { expectString } from '../validate.js';

/** Shorter numbers are left out: too easily equal by chance. */
export const MIN_DOCUMENT_NUMBER_LENGTH = 5;

/** Words that stand between the parts of a number in the list's prose. */
const FILLER = /\b(?:no|nr|number|num|n°|numero|número)\b\.?/gi;

/**
 * A document number as compared: letters and digits only, uppercase.
 *
 * @example
 * ```ts
 * normalizeDocumentNumber(' d-379 312 ') // 'D379312'
 * ```
 */
export function normalizeDocumentNumber(text: string): string {
  return expectString(text, 'text').normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
}

/**
 * The numbers a listed document may be quoted by: the whole NUMBER
 * normalized, each word of it that holds a digit, and runs of such words
 * joined ("8208 No. 555627" → `8208555627`), with a short letter prefix
 * written apart ("DE- 473900" → `DE473900`). The NOTE is read only when
 * there is no NUMBER. Numbers of fewer than 5 characters are left out (too
 * easily equal by chance).
 *
 * @example
 * ```ts
 * documentKeys({ number: 'CAR diplomatic passport no. 06FBO2262' }) // includes '06FBO2262'
 * ```
 */
export function documentKeys(document: IdentityDocument): string[] {
  const keys = new Set<string>();
  const text = document.number ?? document.note;
  if (text === undefined) return [];
  const add = (key: string) => {
    if (key.length >= MIN_DOCUMENT_NUMBER_LENGTH && key.length <= 20 && /\d/.test(key)) keys.add(key);
  };
  add(normalizeDocumentNumber(text));
  let run = '';
  let prefix = '';
  for (const word of text.replace(FILLER, ' ').split(/[\s,;:()]+/)) {
    const normalized = normalizeDocumentNumber(word);
    if (/\d/.test(normalized)) {
      add(normalized);
      add(prefix + normalized);
      run += normalized;
      add(run);
      prefix = '';
    } else {
      run = '';
      prefix = normalized.length <= 3 ? normalized : '';
    }
  }
  return [...keys];
}
