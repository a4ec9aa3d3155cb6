/**
 * Whether the part of a listed name in brackets is a name of its own. The
 * list brackets many things: an abbreviation of the name (`RECONNAISSANCE
 * GENERAL BUREAU (RGB)`), the name in another script (`Jin Tiesan (金铁三)`),
 * but also where a branch is (`AL-HARAMAIN FOUNDATION (KENYA)`, `LEADER (HONG
 * KONG) INTERNATIONAL`), a title (`(Sheikh) Musa Hilal`), a type (`(NGO)`), a
 * note (`(birth name)`, `(previously listed as)`) or another designation's
 * number (`(KPE.018)`). Indexed as names, the latter make a payment to any
 * Hong Kong trading company alert on a listed one.
 *
 * The test needs no word list: a bracketed part is a name when it is in
 * another script than the rest (a transliteration pair), or when it could be
 * written from the rest of the name: its first letter begins one of the
 * other words, and its letters follow in order among the letters after it (an
 * abbreviation, or the same name spelt another way: `Lom-ali Butayev
 * (Butaev)`). `KENYA` cannot be written from `AL-HARAMAYN FOUNDATION`.
 */

const LATIN = /\p{Script=Latin}/u;
const OTHER_SCRIPT = /[^\p{Script=Latin}\P{L}]/u;
const WORD_BREAK = /[\s\-–—/:,.;()'’"]+/u;

/** Whether `text` has letters of Latin script only, of other scripts only, or both (`mixed`), or none. */
function scriptOf(text: string): 'latin' | 'other' | 'mixed' | 'none' {
  const latin = LATIN.test(text);
  const other = OTHER_SCRIPT.test(text);
  return latin ? (other ? 'mixed' : 'latin') : other ? 'other' : 'none';
}

/** The letters of `text`, upper case and without accents (Qaïda is Qaida), in order. */
function lettersOf(text: string): string[] {
  return [...text.normalize('NFD').toUpperCase()].filter((c) => /\p{L}/u.test(c));
}

/** Whether `part` could be written from `rest`: its first letter starts a word of `rest`, the others follow in order. */
function writtenFrom(part: string, rest: string): boolean {
  const letters = lettersOf(part);
  if (letters.length === 0) return false;
  const words = rest.split(WORD_BREAK).filter((word) => word !== '');
  for (let w = 0; w < words.length; w++) {
    if (lettersOf(words[w]!)[0] !== letters[0]) continue;
    const after = lettersOf(words.slice(w).join(' '));
    let i = 1;
    for (let j = 1; j < after.length && i < letters.length; j++) if (after[j] === letters[i]) i++;
    if (i === letters.length) return true;
  }
  return false;
}

/**
 * The name a bracketed part holds: after a label that ends in a colon
 * (`original script: Амир Хазмат` → `Амир Хазмат`), else the part as it is.
 *
 * @example
 * ```ts
 * bracketedNameText('original script: Амир Хазмат'); // 'Амир Хазмат'
 * bracketedNameText('RGB'); // 'RGB'
 * ```
 */
export function bracketedNameText(part: string): string {
  const label = /^[^:]{1,40}:\s*(\S.*)$/su.exec(part);
  return label === null ? part : label[1]!;
}

/**
 * Whether `part`, found in brackets in a listed name whose other text is
 * `rest`, is a name of its own (see the file comment).
 *
 * @example
 * ```ts
 * isBracketedName('RGB', 'RECONNAISSANCE GENERAL BUREAU'); // true
 * isBracketedName('金铁三', 'Jin Tiesan'); // true
 * isBracketedName('KENYA', 'AL-HARAMAYN FOUNDATION'); // false
 * isBracketedName('HONG KONG', 'LEADER INTERNATIONAL'); // false
 * isBracketedName('birth name', 'Encep Nurjaman'); // false
 * ```
 */
export function isBracketedName(part: string, rest: string): boolean {
  part = bracketedNameText(part);
  const inside = scriptOf(part);
  const outside = scriptOf(rest);
  if ((inside === 'latin' && outside === 'other') || (inside === 'other' && outside === 'latin') || inside === 'mixed' || outside === 'none') return true;
  return part.split(/\s*,\s*/).some((piece) => writtenFrom(piece, rest));
}
