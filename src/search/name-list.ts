/**
 * A listed name field that holds several names. The list sometimes writes two
 * or more spellings in one field, joined by semicolons: the alias of IRi.019
 * reads `Syed Husain Husaini; Syed Husein Huseini`, the name of CDe.003
 * `COMPAGNIE AERIENNE DES GRANDS LACS (CAGL) ; GREAT LAKES BUSINESS COMPANY
 * (GLBC)`, and a bracket may hold a list of transliterations (`حسن غول (Hassan
 * Ghul; Hassan Gul; Hasan Gul)`). Indexed as one name, each spelling is only
 * half of a longer name, and a query of one of them scores low.
 *
 * The split is conservative: only at a semicolon outside brackets (a bracket
 * is never cut in two: its content is a name list of its own, split when the
 * index reads it), and only where the text on both sides has at least two
 * words, so that a semicolon after a lone word (a label, a stray letter) does
 * not make a name of it. The record keeps the raw text; only the index splits.
 */

/** Whether `text` has at least two words (letters or digits, split at spaces and hyphens). */
function hasTwoWords(text: string): boolean {
  return text.split(/[\s\-–—]+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length >= 2;
}

/**
 * The names one listed name field holds: split at every semicolon outside
 * brackets that has at least two words on each side, trimmed; the text as it
 * is (trimmed) when there is no such semicolon.
 *
 * @example
 * ```ts
 * splitNameList('Syed Husain Husaini; Syed Husein Huseini'); // ['Syed Husain Husaini', 'Syed Husein Huseini']
 * splitNameList('حسن غول (Hassan Ghul; Hassan Gul)'); // ['حسن غول (Hassan Ghul; Hassan Gul)']
 * splitNameList('Hassan Ghul; Hassan Gul'); // ['Hassan Ghul', 'Hassan Gul']
 * splitNameList('Hassan; Hassan Gul'); // ['Hassan; Hassan Gul']
 * ```
 */
export function splitNameList(text: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '(') depth++;
    // (a stray closing bracket, as in 'Mohammad Sabet b) M. Javad Kareemi Sabet', opens nothing)
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (char === ';' && depth === 0) {
      pieces.push(text.slice(start, i));
      start = i + 1;
    }
  }
  pieces.push(text.slice(start));
  const names = [pieces[0]!];
  for (let i = 1; i < pieces.length; i++) {
    const cut = hasTwoWords(pieces[i - 1]!) && hasTwoWords(pieces[i]!);
    if (cut) names.push(pieces[i]!);
    else names[names.length - 1] += `;${pieces[i]!}`;
  }
  return names.map((name) => name.trim());
}
