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
