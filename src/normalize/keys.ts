import { memoize } from '../text/memo.js';

/**
 * Keys derived from one folded token: the consonant skeleton that
 * transliterations of one name share, and deletion neighbourhoods for
 * finding tokens within a few edits without scanning the vocabulary.
 */

/** Letter pairs that transliterations write in several ways, reduced to one letter. */
function simplifyConsonants(token: string): string {
  return token
    .replace(/dj/g, 'j')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/q/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c(?!h)/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/([kgsztdc])h/g, '$1');
}

/** Removes a letter repeated right after itself (`mm` → `m`). */
export function collapseDoubles(token: string): string {
  // A loop, not /(.)\1+/g: this runs for every unit of every name screened.
  let out = '';
  let start = 0;
  for (let i = 1; i < token.length; i++) {
    if (token.charCodeAt(i) !== token.charCodeAt(i - 1)) continue;
    out += token.slice(start, i);
    start = i + 1;
  }
  return start === 0 ? token : out + token.slice(start);
}

const LATIN = /^[a-z]+$/;

/**
 * The vowel key of a folded Latin token: runs of vowels (and w, which French
 * transliteration writes `ou`: Oualid, Sahraoui) become one `a`,
 * letter pairs that transliterations spell differently become one letter
 * (`kh`→`k`, `ph`→`f`, `dj`→`j`, `q`→`k`, `c`→`k` or `s`), doubled letters
 * collapse. Transliterations of one name (Mohammed, Muhammad, Mohamed) share
 * it, while names that differ in their syllables (Mahmoud) do not.
 *
 * @example
 * ```ts
 * vowelKey('mohammed') // 'mahamad'
 * vowelKey('muhammad') // 'mahamad'
 * vowelKey('mahmoud') // 'mahmad'
 * vowelKey('qaeda') === vowelKey('qaida') // true
 * vowelKey('sahraoui') === vowelKey('sahrawi') // true (w is a vowel here: French ou)
 * vowelKey('oualid') === vowelKey('walid') // true ('walad': a w starting a word is a consonant)
 * vowelKey('william') === vowelKey('alim') // false
 * ```
 */
export function vowelKey(token: string): string {
  if (!LATIN.test(token)) return token;
  // A w starting a word before a vowel is a consonant (William is not Alim),
  // and so is the French ou that writes it there (Oualid is Walid).
  const word = token.replace(INITIAL_FRENCH_W, 'w');
  if (INITIAL_W.test(word)) return `w${vowelRuns(word.slice(1))}`;
  return vowelRuns(word);
}

const INITIAL_FRENCH_W = /^ou(?=[aeiy])/;
const INITIAL_W = /^w[aeiouy]/;

/** The spelling simplifications, then runs of vowels and w as one `a`, doubled letters single. */
function vowelRuns(token: string): string {
  return collapseDoubles(simplifyConsonants(token).replace(/[aeiouyw]+/g, 'a'));
}

/**
 * The consonants of a folded Latin token in order: spelling pairs made one
 * letter (`kh`→`k`, `q`→`k`…), vowels (and y) removed, doubled letters
 * single. Unlike the consonant key, `w` stays a consonant and no letters
 * are merged into classes (Rahmawati is not Rahmat, Kirby not Corp). Made
 * on demand (memoized), for the `vowels` similarity rule only.
 *
 * @example
 * ```ts
 * latinConsonants('sulayman') === latinConsonants('salman') // true ('slmn')
 * latinConsonants('rahmawati') === latinConsonants('rahmat') // false
 * ```
 */
export const latinConsonants = memoize((token: string) => collapseDoubles(simplifyConsonants(token).replace(/[aeiouy]+/g, '')), 20_000);

/** Consonants that transliterations of Arabic names confuse, as one class letter. */
const CONSONANT_CLASSES: Readonly<Record<string, string>> = { q: 'k', g: 'k', c: 'k', d: 't', p: 'b', v: 'f' };

/**
 * The material of a consonant key for a folded Latin token: one letter per
 * sound, consonant classes merged (k/q/g/c, d/t, p/b, v/f), doubles collapsed.
 */
export function consonantSource(token: string): string {
  if (!LATIN.test(token)) return token;
  return collapseDoubles(simplifyConsonants(token).replace(/[qgcdpv]/g, (c) => CONSONANT_CLASSES[c] ?? c));
}

/**
 * A second consonant source of a folded Latin token, for meeting Arabic
 * script only: the token read letter by letter as a spelling of an Arabic
 * name. French spellings write ش as `ch` (Alouche, Akkacha) and ص or س as
 * `ç`, folded to `c` (Faycal), so `ch` and a `c` before a vowel are `s` here.
 * In a word without these French letters the `h` of `sh`, `th`, `dh`, `zh`, `kh`, `gh` is its
 * own letter, as where Arabic writes two (اسحاق Ishaq, أزهر Azhar, لكحل
 * Lakhal); a French spelling writes the other digraphs as one letter, as the
 * consonant source does (Chadhli: ش ذ). `undefined` when this reading is the
 * consonant source itself.
 *
 * @example
 * ```ts
 * latinSpellingSource('alouche') // 'alouse'
 * latinSpellingSource('faycal') // 'faysal'
 * latinSpellingSource('ishaq') // 'ishak'
 * latinSpellingSource('omar') // undefined
 * ```
 */
export function latinSpellingSource(token: string, source: string = consonantSource(token)): string | undefined {
  if (!SPELLING_LETTERS.test(token) || !LATIN.test(token)) return undefined;
  // One pass (this runs for every new word of every query): the spelling
  // pairs of `simplifyConsonants`, then the classes of `consonantSource`.
  const french = FRENCH_SPELLING.test(token);
  let out = '';
  for (let i = 0; i < token.length; i++) {
    const c = token[i]!;
    const next = token[i + 1] ?? '';
    if (next === 'h' && DIGRAPH_FIRST.includes(c)) {
      out += (CONSONANT_CLASSES[c] ?? c) + (french ? '' : 'h');
      i++;
    } else if (c === 'c') {
      if (next === 'h') {
        out += 's';
        i++;
      } else if (next === 'k') {
        out += 'k';
        i++;
      } else out += next !== '' && VOWELS.includes(next) ? 's' : 'k';
    } else if (c === 'd' && next === 'j') {
      out += 'j';
      i++;
    } else if (c === 'p' && next === 'h') {
      out += 'f';
      i++;
    } else if (c === 'g') out += 'j';
    else if (c === 'x') out += 'ks';
    else out += CONSONANT_CLASSES[c] ?? c;
  }
  const spelled = collapseDoubles(out);
  return spelled === source ? undefined : spelled;
}

/** Letters whose `h` after them makes a Latin digraph that may be two Arabic letters. */
const DIGRAPH_FIRST = 'kgsztd';
const VOWELS = 'aeiouy';

/** A `ch` (not `sch`, German), or a `c` before a, o, u (a folded `ç`): a French spelling. */
const FRENCH_SPELLING = /(?<!s)ch|c(?=[aou])/;
/** Letters that the spelling reading reads otherwise than the consonant source: c, and h after a consonant it would merge. */
const SPELLING_LETTERS = /c|g|[kgsztd]h/;

/**
 * Turns a consonant source into a key: the first letter (a vowel becomes
 * `a`), then the consonants, without vowels, `w` and `y`.
 */
export function consonantKeyFrom(source: string): string {
  if (!LATIN.test(source)) return source;
  const first = /[aeiouy]/.test(source[0] ?? '') ? 'a' : (source[0] ?? '');
  return first + source.slice(1).replace(/[aeiouyw]/g, '');
}

/**
 * The consonant key of a folded Latin token. Arabic script writes no short
 * vowels, so a romanized Arabic name meets its Latin transliterations here
 * (see `arabicConsonantSource` in transliterate.ts).
 *
 * @example
 * ```ts
 * consonantKey('mohammed') // 'mhmt'
 * consonantKey('belgacem') === consonantKey('belkassem') // true
 * consonantKey('usama') === consonantKey('osama') // true
 * ```
 */
export function consonantKey(token: string): string {
  return consonantKeyFrom(consonantSource(token));
}

/**
 * Every string obtained by deleting up to `maxDeletions` characters (the
 * token itself included): two tokens within `d` edits share at least one
 * such key when both sides use `d` deletions (the SymSpell method).
 *
 * With one deletion a string may appear twice (when a letter repeats).
 * Memoized per word.
 *
 * @example
 * ```ts
 * deletions('omar', 1) // ['omar', 'mar', 'oar', 'omr', 'oma']
 * ```
 */
export function deletions(token: string, maxDeletions: number): readonly string[] {
  if (maxDeletions === 0) return [token];
  return memoizedDeletions(`${maxDeletions}${token}`);
}

/** Deletion neighbourhoods are pure and words recur: computed once per word (bounded). */
const memoizedDeletions = memoize((key: string) => computeDeletions(key.slice(1), Number(key[0])), 30_000);

function computeDeletions(token: string, maxDeletions: number): string[] {
  if (maxDeletions === 1) {
    // One deletion: no need to deduplicate (a repeated string only repeats a lookup).
    const out = [token];
    for (let i = 0; i < token.length; i++) out.push(token.slice(0, i) + token.slice(i + 1));
    return out;
  }
  const seen = new Set<string>([token]);
  let frontier = [token];
  for (let depth = 0; depth < maxDeletions; depth++) {
    const next: string[] = [];
    for (const word of frontier) {
      if (word.length <= 1) continue;
      for (let i = 0; i < word.length; i++) {
        const shorter = word.slice(0, i) + word.slice(i + 1);
        if (!seen.has(shorter)) {
          seen.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return [...seen];
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a of `token` from `from` to `to` (exclusive), continuing from `hash`. */
function fnvFrom(hash: number, token: string, from: number, to: number): number {
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ token.charCodeAt(i), FNV_PRIME) >>> 0;
  return hash;
}

/** FNV-1a states of the prefixes of a token (`forEachDeletionHash`), reused from call to call unless one is in use. */
let sharedStates = new Uint32Array(64);
let statesInUse = false;

/**
 * Calls `visit` with a 32-bit hash (FNV-1a over the UTF-16 code units) of
 * every string obtained by deleting up to `maxDeletions` (0–2) characters,
 * without making the strings: the token itself, then each one deleted (first
 * to last), then each pair (in order). Equal strings give equal hashes; two
 * different strings rarely do, and a shared hash only makes a candidate that
 * the similarity then checks. Each hash goes on from the hash of the letters
 * before the first deleted one (and, for a pair, of those between the two),
 * so a long word (run together, or two halves a line cut) costs about a
 * third of hashing each string whole.
 *
 * @example
 * ```ts
 * const hashes: number[] = [];
 * forEachDeletionHash('omar', 1, (hash) => hashes.push(hash)); // 5 hashes: omar, mar, oar, omr, oma
 * ```
 */
export function forEachDeletionHash(token: string, maxDeletions: number, visit: (hash: number) => void): void {
  const n = token.length;
  if (maxDeletions < 1 || n <= 1) {
    visit(fnvFrom(FNV_OFFSET, token, 0, n));
    return;
  }
  // states[i]: the hash of the first i code units (a visit that hashes another token gets its own array).
  const shared = !statesInUse;
  if (shared && sharedStates.length <= n) sharedStates = new Uint32Array(n * 2);
  const states = shared ? sharedStates : new Uint32Array(n + 1);
  if (shared) statesInUse = true;
  try {
    states[0] = FNV_OFFSET;
    for (let i = 0; i < n; i++) states[i + 1] = Math.imul(states[i]! ^ token.charCodeAt(i), FNV_PRIME) >>> 0;
    visit(states[n]!);
    for (let i = 0; i < n; i++) visit(fnvFrom(states[i]!, token, i + 1, n));
    if (maxDeletions < 2 || n <= 2) return;
    for (let i = 0; i < n; i++) {
      let between = states[i]!;
      for (let j = i + 1; j < n; j++) {
        if (j > i + 1) between = Math.imul(between ^ token.charCodeAt(j - 1), FNV_PRIME) >>> 0;
        visit(fnvFrom(between, token, j + 1, n));
      }
    }
  } finally {
    if (shared) statesInUse = false;
  }
}
