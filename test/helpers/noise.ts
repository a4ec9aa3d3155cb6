/** Listed names with typing noise: the queries that stress candidate steps. */
import fc from 'fast-check';

/**
 * An arbitrary name drawn from `names` with up to three edits: a letter
 * dropped, doubled or swapped with the next, words joined or split, a vowel
 * changed, another name's first word added.
 */
export function noisyNameOf(names: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...names), fc.array(fc.tuple(fc.nat(), fc.constantFrom('drop', 'double', 'swap', 'join', 'split', 'vowel', 'word', 'middle')), { maxLength: 3 }))
    .map(([name, edits]) => {
      let text = name;
      for (const [at, edit] of edits) {
        const i = text.length === 0 ? 0 : at % text.length;
        if (edit === 'drop') text = text.slice(0, i) + text.slice(i + 1);
        else if (edit === 'double') text = text.slice(0, i + 1) + text.slice(i);
        else if (edit === 'swap') text = text.slice(0, i) + (text[i + 1] ?? '') + (text[i] ?? '') + text.slice(i + 2);
        else if (edit === 'join') text = text.replace(' ', '');
        else if (edit === 'split') text = `${text.slice(0, i)} ${text.slice(i)}`;
        else if (edit === 'vowel') text = text.replace(/[aeiou]/i, (v) => ({ a: 'e', e: 'i', i: 'o', o: 'u', u: 'a' })[v.toLowerCase()] ?? v);
        else if (edit === 'middle') text = text.replace(' ', ` ${names[at % names.length]!.split(' ')[0]} `);
        else text = `${text} ${names[at % names.length]!.split(' ')[0]}`;
      }
      return text;
    });
}

/** One slip of the keyboard in a name (see {@link singleSlips}). */
export interface Slip {
  kind: 'swap' | 'drop' | 'boundary';
  text: string;
}

/**
 * Every name one slip away from `name` (words split on spaces): two
 * different neighbours of a word swapped, one letter of a word of 2+
 * letters dropped, or a word boundary moved by one letter either way (the
 * last letter of a word typed on the next, or the next word's first on this one).
 */
export function singleSlips(name: string): Slip[] {
  const words = name.split(' ');
  const slips: Slip[] = [];
  const put = (kind: Slip['kind'], at: number, ...replacing: string[]) => {
    const changed = [...words];
    changed.splice(at, replacing.length, ...replacing);
    slips.push({ kind, text: changed.join(' ') });
  };
  words.forEach((word, i) => {
    for (let j = 0; j + 1 < word.length; j++) if (word[j] !== word[j + 1]) put('swap', i, word.slice(0, j) + word[j + 1] + word[j] + word.slice(j + 2));
    if (word.length >= 2) for (let j = 0; j < word.length; j++) if (j === 0 || word[j] !== word[j - 1]) put('drop', i, word.slice(0, j) + word.slice(j + 1));
    const next = words[i + 1];
    if (next === undefined) return;
    if (word.length >= 2) put('boundary', i, word.slice(0, -1), word.slice(-1) + next);
    if (next.length >= 2) put('boundary', i, word + next[0], next.slice(1));
  });
  return slips;
}

/** A name drawn from `names` with one slip (any of {@link singleSlips}, uniformly). */
export function slippedNameOf(names: readonly string[]): fc.Arbitrary<{ name: string } & Slip> {
  return fc
    .tuple(fc.constantFrom(...names), fc.nat())
    .map(([name, at]) => {
      const slips = singleSlips(name);
      const slip = slips[at % Math.max(1, slips.length)];
      return slip === undefined ? { name, kind: 'swap' as const, text: name } : { name, ...slip };
    });
}
