/**
 * One typo model for the whole name (issue 19, item 2): a part may be one
 * typo further from its listed part than its own edit budget allows when the
 * rest of the name agrees. A swap or a dropped letter in a part of three
 * letters (which the part-by-part rules give no edit: Ali is not Ala) counts
 * when two other parts agree, one of them at least spelt alike (YUN YUAN TSANG /
 * TSANG YUNG YUAN, whose reordered words the letters rule cannot compare); a
 * part of four or five letters (budget one edit) two edits away, the lengths
 * differing so that one edit adds or drops a letter, counts the same way when,
 * q and c written k, every edit adds or drops a letter (BAKR / BAQER; not
 * SAMI / SALIM). A part of six letters or more never: its budget plus one is half its
 * letters, where real names of other people lie (KARIMI / KARAMAT, RAHIMI /
 * RAHMANI). When the rest does not agree, the part-by-part budget stands.
 */
import { boundedEditDistance } from '../text/distance.js';
import { isOneSlip } from './letters.js';
import { editBudget } from './similarity.js';
import type { MatchableName } from './units.js';
import { SCORING_MODEL, type ScoringModel } from '../scoring-model.js';

/** What the rest of an alignment is: its weakest pair's similarity, how many pairs pair a name part of the query, and how many are spelt alike. */
export interface AgreeingRest {
  weakest: number;
  nameParts: number;
  /** Pairs by the rules of spelling (`exact`, `doubled`, `edit`), not by sound or script (`variant`, `korean`, `consonants`…). */
  spelt: number;
}

/** A pair the rest vouches for: token indices of each side and the similarity. */
export interface RestTypo {
  query: number;
  listed: number;
  similarity: number;
}

const LETTERS = /^[a-z]+$/;

/**
 * The pair of the one name part left on each side (particles, company words,
 * initials and titles aside) when the rest vouches for it: every other pair
 * scores at least `editBudget.restSimilarity`, at least
 * `editBudget.restParts` of them pair name parts, and a part of the query
 * that agrees weighs more than the mistyped one (or as much and comes
 * before it: a name search then requires it wherever it requires the
 * mistyped one, `requiredTokens`, and finds what this rule scores; a word
 * the list does not have weighs most, so a long word mistyped into one
 * seldom qualifies). The two parts, Latin letters only, are
 *
 * - of at most `editBudget.noEditUpTo` letters: one slip apart (neighbours
 *   swapped, a letter dropped or added; a substitution makes another name);
 * - of at most `editBudget.oneEditUpTo` letters (own budget one edit): at most
 *   `editBudget.restAgrees` edits beyond it, the lengths differing by at least
 *   as many (so that each such edit adds or drops a letter; the edits within
 *   the budget may be substitutions, BAKR / BAQER) and the first letters the
 *   same (Zurab is not Murad, Chun is not Chol), and with q and c written k
 *   every edit adds or drops a letter (BAKR / BAQER: bakr inside baker; not
 *   SAMI / SALIM, TAHA / TAHIR, AISHA / AGHA, where a letter is replaced);
 * - longer: never (KARIMI / KARAMAT, three edits in six letters, are two names);
 *
 * scored as the edit rule scores: 1 − edits / (shorter length + 1). One
 * of the other pairs at least must be spelt alike (exact, doubled letters,
 * within its edit budget): parts that only sound alike (Yon / Yun, Chun /
 * Chin) vouch for no typo (CHO YON CHUN is not HO YUN CHIN).
 * `undefined` otherwise, and always with `editBudget.restAgrees` 0.
 *
 * @param queryMask - The query tokens the alignment has paired (bit i for token i).
 * @param listedMask - The same for the listed name.
 *
 * @example
 * ```ts
 * // YUN YUAN TSANG / TSANG YUNG YUAN: tsang and yuan paired exactly, yun and yung left.
 * typoWhereRestAgrees(query, listed, 0b110, 0b101, { weakest: 1, nameParts: 2, spelt: 2 }); // { query: 0, listed: 1, similarity: 0.75 }
 * ```
 */
export function typoWhereRestAgrees(
  query: MatchableName,
  listed: MatchableName,
  queryMask: number,
  listedMask: number,
  rest: AgreeingRest,
  model: ScoringModel = SCORING_MODEL,
): RestTypo | undefined {
  const budget = model.editBudget;
  if (budget.restAgrees <= 0 || rest.spelt === 0 || rest.nameParts < budget.restParts || rest.weakest < budget.restSimilarity) return undefined;
  const q = loneNamePart(query, queryMask);
  const l = q < 0 ? -1 : loneNamePart(listed, listedMask);
  if (l < 0 || !agreeingPartComesFirst(query, queryMask, q)) return undefined;
  const a = query.tokens[q]!.form;
  const b = listed.tokens[l]!.form;
  const edits = restTypoEdits(a, b, model);
  return edits === undefined ? undefined : { query: q, listed: l, similarity: 1 - edits / (Math.min(a.length, b.length) + 1) };
}

/**
 * The edits by which the rule pairs two Latin name parts (the conditions on
 * the parts alone, `typoWhereRestAgrees`), or `undefined` when it does not:
 * one slip in a part of at most `editBudget.noEditUpTo` letters; in a part
 * of at most `editBudget.oneEditUpTo` letters, more edits than its own
 * budget by at most `editBudget.restAgrees`, the lengths differing by at
 * least as many, the same first letter, and with q and c written k only
 * letters added or dropped (so the shorter part, written so, is the longer
 * with letters left out: what `search/rest-typo-partners.ts` looks up).
 *
 * @example
 * ```ts
 * restTypoEdits('bakr', 'baqer'); // 2
 * restTypoEdits('sami', 'salim'); // undefined: m became l
 * restTypoEdits('yun', 'yung'); // 1
 * ```
 */
export function restTypoEdits(a: string, b: string, model: ScoringModel = SCORING_MODEL): number | undefined {
  const budget = model.editBudget;
  const shorter = Math.min(a.length, b.length);
  if (shorter <= budget.noEditUpTo) return isOneSlip(a, b) ? 1 : undefined;
  // Only a part whose own budget is one edit (up to `oneEditUpTo` letters): beyond, its budget plus one is half
  // its letters or more, and a real name of another person lies that far (KARIMI / KARAMAT, RAHIMI / RAHMANI).
  if (shorter > budget.oneEditUpTo) return undefined;
  const own = editBudget(shorter, false, model);
  const edits = boundedEditDistance(a, b, own + budget.restAgrees);
  // (within its own budget the edit rule has scored the pair already, or a rule that knows better has refused it;
  // the lengths differing by at least the edits beyond the budget, those edits add or drop letters)
  if (edits <= own || edits > own + budget.restAgrees || Math.abs(a.length - b.length) < edits - own || a.charCodeAt(0) !== b.charCodeAt(0)) return undefined;
  // Every edit adds or drops a letter once k, q and c are one letter (BAKR / BAQER: baker has bakr inside): a
  // substitution of another letter, even within the budget, makes another name (SAMI / SALIM, TAHA / TAHIR, AISHA / AGHA).
  return addsLettersOnly(oneK(a), oneK(b)) ? edits : undefined;
}

/**
 * A Latin name part with q and c written k (the letters one sound is spelt with: Baqer, Baker, Bacer).
 *
 * @example
 * ```ts
 * oneK('baqer'); // 'baker'
 * ```
 */
export function oneK(form: string): string {
  return form.replace(/[qc]/g, 'k');
}

/**
 * Whether the shorter of two words is the longer with letters left out (in
 * order, none replaced).
 *
 * @example
 * ```ts
 * addsLettersOnly('bakr', 'baker'); // true
 * addsLettersOnly('sami', 'salim'); // false: m became l
 * ```
 */
export function addsLettersOnly(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  for (let j = 0; j < long.length && i < short.length; j++) if (long.charCodeAt(j) === short.charCodeAt(i)) i++;
  return i === short.length;
}

/** The one unpaired Latin name part of a name (2+ letters), or −1 when there is none or more than one. */
function loneNamePart(name: MatchableName, paired: number): number {
  let found = -1;
  for (let i = 0; i < name.tokens.length; i++) {
    if ((paired & (1 << i)) !== 0) continue;
    const token = name.tokens[i]!;
    if (token.cls !== 'name') continue;
    if (found >= 0 || token.fromArabic || token.form.length < 2 || !LETTERS.test(token.form)) return -1;
    found = i;
  }
  return found;
}

/**
 * Whether a paired query token (not an initial) comes before token `t` as
 * `requiredTokens` takes them, heaviest first (the earlier on ties): a name
 * search that requires `t` then requires it too.
 */
function agreeingPartComesFirst(query: MatchableName, paired: number, t: number): boolean {
  const weight = query.weights[t]!;
  for (let i = 0; i < query.tokens.length; i++) {
    if ((paired & (1 << i)) === 0 || query.tokens[i]!.cls === 'initial') continue;
    const w = query.weights[i]!;
    if (w > weight || (w === weight && i < t)) return true;
  }
  return false;
}
