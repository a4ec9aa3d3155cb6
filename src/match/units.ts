/**
 * The units a name is compared by: each token that carries weight, and each
 * pair of adjacent tokens written together (`RamiMakhlouf`, `al-Assad` as
 * `alassad`), so that joining or splitting words costs little.
 */
import { collapseDoubles, consonantKeyFrom } from '../normalize/keys.js';
import { foldName } from '../normalize/fold.js';
import type { NameToken, PreparedName } from '../normalize/tokens.js';
import { SCORING_MODEL, type ScoringModel } from '../scoring-model.js';
import type { ComparableUnit } from './similarity.js';
import { nameLetters, type NameLetters } from './letters.js';

/**
 * Gives each token its weight: class weight times rarity. Its `matched`
 * weigher, when it has one, gives the weight a token counts for when it is
 * matched (at most its weight: a name part common among ordinary people says
 * less when it agrees, but costs as much when it is missing).
 */
export type TokenWeigher = ((token: NameToken) => number) & { readonly matched?: (token: NameToken) => number };

/**
 * The class weight of a token (`weights.classes` of the model), lowered by
 * `weights.shortName` for name parts of at most `weights.shortNameMaxLength`
 * letters (Ali, Kim, Un say less about who is meant than a longer one).
 */
export function baseWeight(token: NameToken, model: ScoringModel = SCORING_MODEL): number {
  const weights = model.weights;
  const weight = weights.classes[token.cls];
  return token.cls === 'name' && token.form.length <= weights.shortNameMaxLength ? weight * weights.shortName : weight;
}

/** The weigher of class weights only (no rarity), for a model. */
export function classWeigher(model: ScoringModel): TokenWeigher {
  return (token) => baseWeight(token, model);
}

/** Class weight only, with {@link SCORING_MODEL}: what `compareNames` uses when no list is at hand. */
export const classWeight: TokenWeigher = (token) => baseWeight(token);

/** One unit: a token or two adjacent tokens joined. */
export interface Unit extends ComparableUnit {
  /** Index of the first and last token covered (in `MatchableName.tokens`). */
  first: number;
  last: number;
  weight: number;
}

/** A name ready for alignment: its weighted tokens and units. */
export interface MatchableName {
  /** Tokens that carry weight (titles are left out). */
  tokens: NameToken[];
  /** Each token's weight: what it costs when it is left unmatched. */
  weights: number[];
  /** Each token's weight when it is matched (≤ its weight; see `TokenWeigher`). */
  matchedWeights: number[];
  units: Unit[];
  totalWeight: number;
  /**
   * The same facts in flat arrays and bit masks, for the alignment's inner
   * loops (a listed name is read for every search it is a candidate of,
   * and its unit objects need not be): each unit's weight, the tokens
   * each unit covers (bit i for token i), the initials and the legal forms.
   */
  unitWeights: number[];
  unitMatchedWeights: number[];
  unitSpans: number[];
  initialTokens: number;
  legalTokens: number;
  /**
   * Whether the name is an entity's: only then does a company word the
   * query adds or replaces (Trading, Group) cost `alignment.unmatchedGeneric`
   * instead of a name part's cost (YUSUF TRADING is not Muhammad Yusuf).
   */
  entity: boolean;
  /** The name as one string of letters, compared whole besides the alignment (`letters.ts`). */
  letters: NameLetters;
}

/** How a name is made matchable. */
export interface MatchableOptions {
  /**
   * Whether its Korean syllables meet their other romanizations (Cho'ng /
   * Jong). For listed names, on for the designations of Korean persons and
   * entities only, since short Western names are Korean syllables too (Don,
   * Joe). @default whether every name part reads as Korean (`looksKorean`)
   */
  korean?: boolean;
  /**
   * Whether the name is an entity's (a listed name: its record's kind).
   * @default whether the name has a company word or a legal form (Trading, Ltd)
   */
  entity?: boolean;
}

/**
 * Whether every name part of a name reads as Korean syllables (Kim Cho'ng-sik,
 * Cho Yongwon), so that its syllables may meet their other romanizations;
 * Joe Young is not (young is no syllable of either system).
 */
export function looksKorean(tokens: readonly NameToken[]): boolean {
  let names = 0;
  for (const token of tokens) {
    if (token.cls !== 'name') continue;
    if (!token.koreanWord) return false;
    names++;
  }
  return names > 0;
}

/** Names longer than this are cut (alignment uses 32-bit masks). */
export const MAX_TOKENS = 30;

/**
 * Builds the units of a prepared name.
 *
 * @example
 * ```ts
 * toMatchable(prepareName('Bashar al-Assad'), classWeight).units.map((u) => u.form);
 * // ['bashar', 'al', 'assad', 'basharal', 'alassad']
 * ```
 */
export function toMatchable(name: PreparedName, weigh: TokenWeigher, options: MatchableOptions = {}): MatchableName {
  const korean = options.korean ?? looksKorean(name.tokens);
  const tokens: NameToken[] = [];
  for (const token of name.tokens) if (token.cls !== 'title' && tokens.length < MAX_TOKENS) tokens.push(token);
  const weights = new Array<number>(tokens.length);
  const matchedWeights = new Array<number>(tokens.length);
  const units: Unit[] = [];
  const unitWeights: number[] = [];
  const unitMatchedWeights: number[] = [];
  const unitSpans: number[] = [];
  let initialTokens = 0;
  let legalTokens = 0;
  let totalWeight = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const weight = weigh(token);
    weights[i] = weight;
    matchedWeights[i] = weigh.matched === undefined ? weight : Math.min(weight, weigh.matched(token));
    totalWeight += weight;
    if (token.cls === 'initial') initialTokens |= 1 << i;
    else if (token.cls === 'legal') legalTokens |= 1 << i;
    unitWeights.push(weight);
    unitMatchedWeights.push(matchedWeights[i]!);
    unitSpans.push(1 << i);
    units.push({
      form: token.form,
      vowelKey: token.vowelKey,
      consonantKey: token.consonantKey,
      consonantSource: token.consonantSource,
      altConsonantSource: token.altConsonantSource,
      altConsonantKey: token.altConsonantKey,
      collapsed: token.collapsed,
      fromArabic: token.fromArabic,
      koreanKey: korean ? token.koreanKey : undefined,
      joined: false,
      first: i,
      last: i,
      weight,
    });
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    const left = tokens[i]!;
    const right = tokens[i + 1]!;
    // An initial is never written joined to a word (William W / Williamw).
    if (left.cls === 'initial' || right.cls === 'initial') continue;
    const form = left.form + right.form;
    const fromArabic = left.fromArabic || right.fromArabic;
    // Joined pairs use no vowel key, and consonant keys only when romanized
    // from Arabic script (see similarity.ts): skip making what is never read.
    const source = fromArabic ? collapseDoubles(left.consonantSource + right.consonantSource) : '';
    // (a Latin pair's second reading is never read: Latin joined pairs never meet Arabic script by consonants)
    const hasAlt = fromArabic && (left.altConsonantSource !== undefined || right.altConsonantSource !== undefined);
    const altSource = hasAlt
      ? collapseDoubles((left.altConsonantSource ?? left.consonantSource) + (right.altConsonantSource ?? right.consonantSource))
      : undefined;
    unitWeights.push(weights[i]! + weights[i + 1]!);
    unitMatchedWeights.push(matchedWeights[i]! + matchedWeights[i + 1]!);
    unitSpans.push((1 << i) | (1 << (i + 1)));
    units.push({
      form,
      vowelKey: '',
      consonantKey: fromArabic ? consonantKeyFrom(source) : '',
      consonantSource: source,
      altConsonantSource: altSource,
      altConsonantKey: altSource === undefined ? undefined : consonantKeyFrom(altSource),
      collapsed: joinCollapsed(left.collapsed, right.collapsed),
      fromArabic,
      koreanKey: undefined,
      joined: true,
      first: i,
      last: i + 1,
      weight: weights[i]! + weights[i + 1]!,
    });
  }
  addWholeWords(tokens, { weights, matchedWeights }, units, { unitWeights, unitMatchedWeights }, unitSpans);
  const entity = options.entity ?? tokens.some((token) => token.cls === 'generic' || token.cls === 'legal');
  return { tokens, weights, matchedWeights, units, totalWeight, unitWeights, unitMatchedWeights, unitSpans, initialTokens, legalTokens, entity, letters: nameLetters(name) };
}

/**
 * Adds, for each Latin word the tokenizer split into several tokens
 * (`Abdulahi` → abd + ahi, `Nureddine` → nur + din), a unit of the word as
 * written, covering its tokens: a rule that fires on one spelling and not on
 * the other (`Abdullahi` stays whole, `Abdulahi` splits) then still meets it,
 * letters against letters. It is a joined unit (edit budget
 * `editBudget.joined`, never compared with another joined unit), so the name
 * index's tables for joined units find it, as they find adjacent pairs.
 */
function addWholeWords(
  tokens: readonly NameToken[],
  { weights, matchedWeights }: { weights: readonly number[]; matchedWeights: readonly number[] },
  units: Unit[],
  { unitWeights, unitMatchedWeights }: { unitWeights: number[]; unitMatchedWeights: number[] },
  unitSpans: number[],
): void {
  let first = 0;
  while (first < tokens.length) {
    const original = tokens[first]!.original;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.original === original) last++;
    if (last > first && !tokens[first]!.fromArabic && last < 31) {
      const form = foldName(original).replace(/ /g, '');
      let parts = '';
      let weight = 0;
      let matchedWeight = 0;
      let span = 0;
      let initial = false;
      for (let i = first; i <= last; i++) {
        parts += tokens[i]!.form;
        weight += weights[i]!;
        matchedWeight += matchedWeights[i]!;
        span |= 1 << i;
        if (tokens[i]!.cls === 'initial') initial = true;
      }
      // A word written twice (Salah Salah) is two words, not one split; an
      // unchanged spelling is already a joined pair.
      if (!initial && form !== parts && form.length >= parts.length - 1 && /^[a-z0-9]+$/.test(form)) {
        unitWeights.push(weight);
        unitMatchedWeights.push(matchedWeight);
        unitSpans.push(span);
        units.push({
          form,
          vowelKey: '',
          consonantKey: '',
          consonantSource: '',
          altConsonantSource: undefined,
          altConsonantKey: undefined,
          collapsed: collapseDoubles(form),
          fromArabic: false,
          koreanKey: undefined,
          joined: true,
          first,
          last,
          weight,
        });
      }
    }
    first = last + 1;
  }
}

/**
 * A copy of a matchable name, for an index to keep. V8 decides per place in
 * the code that makes an object whether to make it straight in the old
 * generation ("pretenuring"), from how many of the objects made there
 * survived. An index keeps every name `toMatchable` makes; a screen drops
 * its query's a few microseconds later. Were the index's names the ones
 * `toMatchable` made, its objects would be learnt as long-lived during the
 * build, and every query's units would then be made in the old generation,
 * to be reclaimed only by full collections (what that cost a batch is
 * measured in docs/DESIGN.md, "How candidates are found").
 *
 * @example
 * ```ts
 * const kept = keepMatchable(toMatchable(prepareName('Bashar al-Assad'), classWeight));
 * kept.units.map((u) => u.form); // ['bashar', 'al', 'assad', 'basharal', 'alassad']
 * ```
 */
export function keepMatchable(name: MatchableName): MatchableName {
  return {
    tokens: [...name.tokens],
    weights: [...name.weights],
    matchedWeights: [...name.matchedWeights],
    units: name.units.map((unit) => ({ ...unit })),
    totalWeight: name.totalWeight,
    unitWeights: [...name.unitWeights],
    unitMatchedWeights: [...name.unitMatchedWeights],
    unitSpans: [...name.unitSpans],
    initialTokens: name.initialTokens,
    legalTokens: name.legalTokens,
    entity: name.entity,
    letters: { ...name.letters },
  };
}

/** The collapsed form of two collapsed forms written together: only where they meet can a letter double. */
function joinCollapsed(left: string, right: string): string {
  return left.length > 0 && right.length > 0 && left.charCodeAt(left.length - 1) === right.charCodeAt(0) ? left + right.slice(1) : left + right;
}
