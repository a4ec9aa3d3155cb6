/**
 * Free text against names, side by side in one process: Screener.screenText
 * lines per second (the payment text set: remittance, purpose, SWIFT lines,
 * addresses) against Screener.screen names per second (the name sets),
 * interleaved in rounds so that both sides see the same machine load.
 * Every line timed is a line not screened before in the process (nor is any
 * name), as in production where each payment is new: the memos that carry
 * across texts (words, window searches) help only as far as distinct lines
 * share words. Target (issue 20): screenText ≥ 0.5 × the screen() rate.
 * Reported, never asserted. Writes bench/results/text.{json,md}.
 */
import { parseList } from '../src/parse/index.js';
import { Screener } from '../src/screen/screener.js';
import { evalDir, loadNegatives, loadPersons } from '../harness/data.js';
import { loadTextCases } from '../harness/text.js';
import { benchOptions, isMain, newestListBytes, writeReport, type BenchOptions } from './lib.js';
import { seededShuffle } from '../harness/random.js';

export const TEXT_RATE_TARGET = 0.5;

export async function main(options: BenchOptions): Promise<void> {
  const screener = new Screener(parseList(newestListBytes()));
  const dir = evalDir();
  const names = seededShuffle([...loadNegatives(dir).map((c) => c.query), ...loadPersons(dir).map((c) => c.query)], 20260227);
  const lines = seededShuffle(loadTextCases(dir).map((c) => c.text), 20260314);
  const perRound = options.quick ? 1_000 : 3_000;
  const rounds = options.quick ? 2 : 4;
  // Distinct lines only: the set has 11,500, and a line timed twice (or after the warm-up) would find its windows searched already.
  const linesPerRound = Math.min(perRound, Math.floor((lines.length - 1_000) / rounds));

  // Checked before timing; warmed up (the text index is built on the first screenText).
  const check = screener.screenText('/BNF/PAYMENT TO AL RASHID\nTRUST KARACHI').hits[0]?.alert.referenceNumber;
  if (check !== 'QDe.005') throw new Error(`text bench: expected QDe.005, got ${check}`);
  for (const name of names.slice(0, 1_000)) screener.screen({ name });
  for (const line of lines.slice(0, 1_000)) screener.screenText(line);

  let nameMs = 0;
  let textMs = 0;
  let nameCount = 0;
  let textCount = 0;
  let hits = 0;
  for (let round = 0; round < rounds; round++) {
    const nameBatch = names.slice(1_000 + round * perRound, 1_000 + (round + 1) * perRound);
    const lineBatch = lines.slice(1_000 + round * linesPerRound, 1_000 + (round + 1) * linesPerRound);
    let start = performance.now();
    for (const name of nameBatch) screener.screen({ name });
    nameMs += performance.now() - start;
    nameCount += nameBatch.length;
    start = performance.now();
    for (const line of lineBatch) hits += screener.screenText(line).hits.length;
    textMs += performance.now() - start;
    textCount += lineBatch.length;
  }
  const namesPerSecond = (nameCount / nameMs) * 1000;
  const linesPerSecond = (textCount / textMs) * 1000;
  const ratio = linesPerSecond / namesPerSecond;
  const report = {
    quick: options.quick,
    rounds,
    perRound,
    linesPerRound,
    screen: { names: nameCount, ms: nameMs, perSecond: namesPerSecond },
    screenText: { lines: textCount, ms: textMs, perSecond: linesPerSecond, hits },
    ratio,
    target: TEXT_RATE_TARGET,
  };
  const markdown = [
    '# screenText against screen(), same process',
    '',
    `${rounds} interleaved rounds of ${perRound} distinct names (negatives and UN persons) and ${linesPerRound} distinct payment text lines (text-dev.csv), none screened before.`,
    '',
    '| | items | ms | per second |',
    '|---|---|---|---|',
    `| screen() names | ${nameCount} | ${nameMs.toFixed(0)} | ${namesPerSecond.toFixed(0)} |`,
    `| screenText() lines | ${textCount} | ${textMs.toFixed(0)} | ${linesPerSecond.toFixed(0)} |`,
    '',
    `screenText rate / screen rate: **${ratio.toFixed(2)}** (target ≥ ${TEXT_RATE_TARGET}).`,
    '',
  ].join('\n');
  writeReport('text', report, markdown);
  console.log(markdown);
}

if (isMain(import.meta.url)) await main(benchOptions());
