/**
 * How common a name part is among ordinary people, from public name
 * frequencies (US births and census, per-country top names: the table in
 * `name-frequency-data.json`, built by `npm run data:name-frequency`). A name
 * part many people carry (Mohammad, Ali, Kim, Garcia, Maria) says less about
 * who is meant than a rare one, wherever it stands on the list.
 */
import { SCORING_MODEL, type ScoringModel } from '../scoring-model.js';
import { loadOnFirstUse, requireFromHere } from '../text/load-on-first-use.js';

let table: Map<string, number> | undefined;

/**
 * The table's text, loaded on first use from `name-frequency-data.json`: as a
 * module it was 0.27 MB of source that every import of the package parsed
 * (about 8 ms of CPU, 6% of the import) though the default model never reads
 * it. JSON, so that Node's `require` loads it from `dist/` and from `src/`
 * alike; the `require` is written out for bundlers (text/load-on-first-use.ts).
 *
 * @example
 * ```ts
 * nameFrequencyData().split('\n').find((line) => line.startsWith('smith ')); // 'smith 20000'
 * ```
 */
export function nameFrequencyData(): string {
  type Data = { data: string };
  return loadOnFirstUse(
    () => require('./name-frequency-data.json') as Data,
    () => requireFromHere('../search/name-frequency-data.json') as Data,
  ).data;
}

/** The table, parsed on first use (one `form perMillion` line each). */
function frequencies(): Map<string, number> {
  if (table !== undefined) return table;
  table = new Map();
  for (const line of nameFrequencyData().split('\n')) {
    const space = line.indexOf(' ');
    if (space > 0) table.set(line.slice(0, space), Number(line.slice(space + 1)) / 1e6);
  }
  return table;
}

/**
 * The share of people in the population where a folded name part is
 * commonest (0 when it is rarer than 1 in 100,000 in every population of the
 * sources, or not in them).
 *
 * @example
 * ```ts
 * populationShare('mohammad'); // 0.012361: one person in 81 (Iran's top names)
 * populationShare('belmukhtar'); // 0
 * ```
 */
export function populationShare(form: string): number {
  return frequencies().get(form) ?? 0;
}

/**
 * A name part's weight factor from its population share, in
 * [`weights.population.minFactor`, 1]: 1 up to `rareShare`, `minFactor`
 * from `commonShare` on, linear in the logarithm of the share between.
 *
 * @example
 * ```ts
 * // with rareShare 1e-4, commonShare 1e-2, minFactor 0.5:
 * populationFactor('belmukhtar'); // 1
 * populationFactor('hassan'); // share 0.002: 1 − 0.5 × ln(20) / ln(100) ≈ 0.67
 * populationFactor('kim'); // share 0.02 ≥ commonShare: 0.5
 * ```
 */
export function populationFactor(form: string, model: ScoringModel = SCORING_MODEL): number {
  const { rareShare, commonShare, minFactor } = model.weights.population;
  if (minFactor >= 1) return 1; // off (the default model): the table is not even read
  const share = populationShare(form);
  if (share <= rareShare) return 1;
  const t = commonShare > rareShare ? Math.min(1, Math.log(share / rareShare) / Math.log(commonShare / rareShare)) : 1;
  return 1 - t * (1 - minFactor);
}
