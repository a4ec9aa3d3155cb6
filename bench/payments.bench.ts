/**
 * Payment messages screened per second (pacs.008 and MT103), side by side in
 * the same process with `screen()` names per second. Each message is a real
 * sample with its debtor and creditor names replaced by distinct ordinary
 * names (the dev negatives, seeded order), so no two messages are alike.
 * Reported, never asserted.
 */
import { readFileSync } from 'node:fs';
import { Bench } from 'tinybench';
import { parseList } from '../src/parse/index.js';
import { Screener } from '../src/screen/screener.js';
import { evalDir, loadNegatives } from './accuracy/data.js';
import { benchOptions, isMain, newestListBytes, projectPath, writeReport, type BenchOptions } from './lib.js';
import { seededShuffle } from './random.js';

const sample = (file: string) => readFileSync(projectPath(`fixtures/payments/${file}`), 'utf8');

/** pacs.008: 7 parties (debtor, creditor, 5 agents by BIC), free text in the address lines and remittance. */
const PACS008 = sample('iso_pacs008_v08_from_mt103_p2_3_1_b_AtoD.xml');
/** MT103: 50K, 52D, 56D, 57A, 59, and 4 lines of 70 and 3 of 72. */
const MT103 = sample('mt103_goplasmatic_norm.txt');

export async function main(options: BenchOptions): Promise<void> {
  const screener = new Screener(parseList(newestListBytes()));
  const names = seededShuffle(loadNegatives(evalDir()).map((c) => c.query), 20261129);
  const count = options.quick ? 300 : 3000;
  const pair = (i: number) => [names[(2 * i) % names.length]!, names[(2 * i + 1) % names.length]!] as const;
  const pacs = Array.from({ length: count }, (_, i) => {
    const [debtor, creditor] = pair(i);
    return PACS008.replace('>A Debiter<', `>${debtor}<`).replace('>B Creditor Co<', `>${creditor}<`);
  });
  const mt = Array.from({ length: count }, (_, i) => {
    const [debtor, creditor] = pair(i + count);
    return MT103.replace('John Doe', debtor).replace('Jane Smith', creditor);
  });
  const screenNames = names.slice(0, count * 4);

  // Check the results before timing them.
  const planted = screener.screenPayment(PACS008.replace('>B Creditor Co<', '>AL RASHID TRUST<'));
  if (planted.transactions[0]?.alerts[0]?.path !== 'CdtTrfTxInf[0]/Cdtr') throw new Error('payments bench: the planted creditor was not found');
  if (screener.screenPayment(mt[0]!).transactions[0]?.parties.length !== 5) throw new Error('payments bench: MT103 parties not read');
  const screens = {
    pacs008: screener.screenPayment(pacs[0]!).transactions[0]!,
    mt103: screener.screenPayment(mt[0]!).transactions[0]!,
  };
  for (const message of pacs.slice(0, 50)) screener.screenPayment(message);
  for (const message of mt.slice(0, 50)) screener.screenPayment(message);
  for (const name of screenNames.slice(0, 200)) screener.screen({ name });

  let i = 0;
  let j = 0;
  let k = 0;
  const bench = new Bench({ name: 'payments', time: 0, iterations: count, warmupIterations: 0 });
  bench
    .add('screen(): one name', () => {
      screener.screen({ name: screenNames[k++ % screenNames.length]! });
    })
    .add('screenPayment(): one pacs.008', () => {
      screener.screenPayment(pacs[i++ % pacs.length]!);
    })
    .add('screenPayment(): one MT103', () => {
      screener.screenPayment(mt[j++ % mt.length]!);
    });
  await bench.run();
  // Rates from the median latency: on a shared machine the mean is dominated by the pauses other processes cause.
  const perSecond = (index: number) => {
    const result = bench.tasks[index]?.result;
    return result !== undefined && 'latency' in result ? 1000 / result.latency.p50! : NaN;
  };
  const namesPerSecond = perSecond(0);
  const pacsPerSecond = perSecond(1);
  const mtPerSecond = perSecond(2);
  const figures = {
    messages: count,
    namesPerSecond,
    pacs008PerSecond: pacsPerSecond,
    mt103PerSecond: mtPerSecond,
    pacs008VsNames: pacsPerSecond / namesPerSecond,
    mt103VsNames: mtPerSecond / namesPerSecond,
    pacs008: { parties: screens.pacs008.parties.length, named: screens.pacs008.parties.filter((p) => p.name !== undefined).length, freeTextFields: screens.pacs008.freeText.length },
    mt103: { parties: screens.mt103.parties.length, named: screens.mt103.parties.filter((p) => p.name !== undefined).length, freeTextFields: screens.mt103.freeText.length },
  };
  console.log(`\n## payments: ${count} distinct messages of each format, ${count} names`);
  console.table(bench.table());
  const line = (label: string, rate: number, ratio: number) => `${label} ${Math.round(rate)}/s (${ratio.toFixed(3)}× the names/s of screen())`;
  console.log(
    `screen() ${Math.round(namesPerSecond)} names/s; ${line('pacs.008', pacsPerSecond, figures.pacs008VsNames)}; ${line('MT103', mtPerSecond, figures.mt103VsNames)}. ` +
      '(rates from median latencies) The machine is shared: compare the ratios, not the rates.',
  );
  writeReport(
    'payments',
    figures,
    [
      '# payment messages screened per second (side by side with screen() in one process; rates from median latencies)',
      '',
      '| measure | value |',
      '|---|---|',
      `| screen(): names/s | ${Math.round(namesPerSecond)} |`,
      `| pacs.008 messages/s (${figures.pacs008.named} named parties of ${figures.pacs008.parties}, ${figures.pacs008.freeTextFields} free-text fields) | ${Math.round(pacsPerSecond)} (${figures.pacs008VsNames.toFixed(3)}× names/s) |`,
      `| MT103 messages/s (${figures.mt103.named} named parties of ${figures.mt103.parties}, ${figures.mt103.freeTextFields} free-text fields) | ${Math.round(mtPerSecond)} (${figures.mt103VsNames.toFixed(3)}× names/s) |`,
    ].join('\n'),
  );
}

if (isMain(import.meta.url)) await main(benchOptions());
