/** Re-exports of the key functions, plus a helper that compares an Arabic word with a Latin one. */
import { consonantKeyFrom } from '../../src/normalize/keys.js';
import { arabicConsonantSource } from '../../src/normalize/transliterate.js';
import { consonantKey } from '../../src/normalize/keys.js';

export { consonantKey, deletions, vowelKey } from '../../src/normalize/keys.js';

/** True when an Arabic-script word and a Latin word share a consonant key. */
export function skeletonsAgree(arabic: string, latin: string): boolean {
  const source = arabicConsonantSource(arabic);
  return source !== undefined && consonantKeyFrom(source) === consonantKey(latin.toLowerCase());
}
