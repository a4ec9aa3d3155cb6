/**
 * Hostile names: the time to screen one name, per character, at 1 KB and at
 * 100 KB, for several kinds of input (one long word, many words, random
 * Unicode, apostrophes that join one word), and the same for `screenText` on
 * texts of many lines each ending in a word cut off (every one of them begins
 * listed words, so each may be written out). The screen must be linear in the
 * query's length: the ratio of the two times per character (100 KB / 1 KB)
 * stays near or below 1; a quadratic screen would show about 100.
 * Reported, never asserted (timings on a shared machine are noisy).
 */
import { parseList } from '../src/parse/index.js';
import { Screener } from '../src/screen/screener.js';
import { benchOptions, isMain, newestListBytes, writeReport, type BenchOptions } from './lib.js';
import { seededRandom } from '../harness/random.js';

/** Inputs of `length` characters, by kind. */
function inputs(length: number, random: () => number): Record<string, string> {
  const pick = (alphabet: string) => alphabet[Math.floor(random() * alphabet.length)]!;
  const word = (n: number, alphabet: string) => Array.from({ length: n }, () => pick(alphabet)).join('');
  const fill = (make: () => string) => {
    let text = '';
    while (text.length < length) text += make();
    return text.slice(0, length);
  };
  return {
    'one Latin word': fill(() => word(100, 'abcdefghijklmnopqrstuvwxyz')),
    'one Arabic word': fill(() => word(100, 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي')),
    "apostrophes (a'a'a…)": fill(() => "a'"),
    'many words': fill(() => `${word(3 + Math.floor(random() * 8), 'abcdefghijklmnopqrstuvwxyz')} `),
    'random Unicode': fill(() => String.fromCodePoint(0x20 + Math.floor(random() * 0x2fff))),
  };
}

/** Texts of `length` characters for `screenText`, by kind. */
function texts(length: number, random: () => number): Record<string, string> {
  const cut = ['MOHAM', 'ABDU', 'AL RASH', 'HASSA', 'IBRA', 'AVIATRANS ANS'];
  let text = '';
  while (text.length < length) text += `INV ${Math.floor(random() * 1e6)} ${cut[Math.floor(random() * cut.length)]}\n`;
  return { 'text: lines cut off (screenText)': text.slice(0, length) };
}

export async function main(options: BenchOptions): Promise<void> {
  const screener = new Screener(parseList(newestListBytes()));
  const random = seededRandom(17);
  const sizes = [1_000, 100_000];
  const repeats = options.quick ? 3 : 10;
  const rows: Array<{ kind: string; perCharNs: number[]; ratio: number }> = [];
  const byKind = sizes.map((size) => ({ ...inputs(size, random), ...texts(size, random) }));
  for (const kind of Object.keys(byKind[0]!)) {
    const perCharNs = sizes.map((size, i) => {
      const name = byKind[i]![kind]!;
      const run = kind.startsWith('text:') ? () => screener.screenText(name) : () => screener.screen({ name });
      run(); // warm
      const times: number[] = [];
      for (let r = 0; r < repeats; r++) {
        const start = performance.now();
        run();
        times.push(performance.now() - start);
      }
      const median = times.sort((a, b) => a - b)[times.length >> 1]!;
      return (median * 1e6) / size;
    });
    rows.push({ kind, perCharNs, ratio: perCharNs[1]! / perCharNs[0]! });
  }
  const worstMs = Math.max(...rows.map((row) => (row.perCharNs[1]! * sizes[1]!) / 1e6));
  writeReport(
    'hostile',
    { sizes, repeats, rows, worstMs100k: worstMs },
    [
      '# hostile names: time per character at 1 KB and 100 KB',
      '',
      'Linear means a ratio (100 KB / 1 KB, time per character) near or below 1; quadratic would be about 100.',
      '',
      '| input | ns/char at 1 KB | ns/char at 100 KB | ratio |',
      '|---|---|---|---|',
      ...rows.map((row) => `| ${row.kind} | ${row.perCharNs[0]!.toFixed(0)} | ${row.perCharNs[1]!.toFixed(0)} | ${row.ratio.toFixed(2)} |`),
      '',
      `Slowest 100 KB name: ${worstMs.toFixed(0)} ms.`,
      '',
    ].join('\n'),
  );
  for (const row of rows) console.log(`${row.kind.padEnd(24)} ${row.perCharNs.map((n) => `${n.toFixed(0)} ns/char`).join(' → ')}  ratio ${row.ratio.toFixed(2)}`);
}

if (isMain(import.meta.url)) await main(benchOptions());
