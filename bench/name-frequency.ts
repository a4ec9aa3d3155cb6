/**
 * Builds the table of how common each name part is among ordinary people
 * (`src/search/name-frequency-data.json`) from the public name-frequency data in
 * `fixtures/name-frequency/` (US SSA given names, US Census 1990 surnames and
 * first names, per-country top names; provenance and licences in its
 * SOURCES.md). Rerun it after changing the data or the normalization:
 *
 *   npm run data:name-frequency [-- --check]
 *
 * `--check` writes nothing and exits 1 when the table in src/ is not what the
 * data and the current normalization give (a test runs the same comparison).
 *
 * What a name part's share is: the fraction of people in one population who
 * carry it, as a given name or a surname. Each source name is prepared with
 * the matcher's own `prepareName`, so the table is keyed by the folded forms
 * the index sees (`Abdul-Rahman` gives `abd` and `rahman`, `García` gives
 * `garcia`, `Иванов` `ivanov`); the shares of the source names that give one
 * form are added within a source, and a form keeps the largest share any
 * source gives it (a name common in one country is common among the
 * customers of that culture):
 * - SSA: births with the name / all births, 1880–2023;
 * - Census 1990 surnames: `frequency_percent` / 100 (rows at 0.000 are left out);
 * - Census 1990 first names: `frequency_percent` / 100 of one sex, halved;
 * - per-country top names: the source's share when it gives one (`Percent`),
 *   else an estimate from the rank, Zipf's law with the top name at
 *   {@link TOP_SHARE} of its population (forenames are per sex, so halved).
 *   These lists give ranks only for most countries: the estimate says "among
 *   the commonest in that country", not how common exactly.
 * Shares below {@link MIN_SHARE} are left out (the scoring model treats them
 * as rare), so the table stays small; each is written in people per million,
 * rounded.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { prepareName } from '../src/normalize/tokens.js';
import { isMain, projectPath } from './lib.js';

/** Where the table is written. */
export const TABLE_PATH = 'src/search/name-frequency-data.json';
const SOURCE_DIR = 'fixtures/name-frequency';

/** The source files and their sha256 (fixtures/name-frequency/SOURCES.md): another file is refused. */
const SOURCES = {
  ssa: ['given-names-us-ssa.csv', '06376d33e45d2464982c1c99897ec618b05d3b7c6f1832718a1808df1740b1a0'],
  censusSurnames: ['surnames-us-census1990.csv', '45318b0184eea941e6882936c7f4079d9afcbe4337513257a05416de76d2ed5f'],
  censusFirst: ['first-names-us-census1990.csv', '20f0114cf9d34c8abfc94d5134da37dacfdd1110717d96b8543cdff49cc3ccd0'],
  countryForenames: ['popular-names-by-country-forenames.csv', 'b55fbdd0cbc8ddfa7345322e9ebd479cc52fa1f90a5ee7e382a68b5487b01292'],
  countrySurnames: ['popular-names-by-country-surnames.csv', '32cb28bea558a9d353feeef097da03c6488a4e7ba9398e5983cee2f0b9caa91c'],
} as const;

/** Share of the commonest name of a country's list when the list gives none (rank r: TOP_SHARE / r). */
export const TOP_SHARE = 0.02;
/** Shares below this (1 in 100,000) are left out of the table. */
export const MIN_SHARE = 1e-5;

type Row = Record<string, string>;

function read(source: keyof typeof SOURCES): Row[] {
  const [file, sha256] = SOURCES[source];
  const bytes = readFileSync(projectPath(`${SOURCE_DIR}/${file}`));
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== sha256) throw new Error(`${SOURCE_DIR}/${file}: sha256 ${actual}, expected ${sha256} (see SOURCES.md)`);
  return parse(bytes, { columns: true, bom: true, skip_empty_lines: true }) as Row[];
}

/** The folded name parts of a source name, as the index makes them (name-class tokens only). */
function nameParts(name: string): string[] {
  return prepareName(name).tokens.filter((token) => token.cls === 'name').map((token) => token.form);
}

/** One population's shares by folded form, added over the source names that give the form. */
class Population {
  readonly shares = new Map<string, number>();
  add(name: string, share: number): void {
    if (!(share > 0)) return;
    for (const form of new Set(nameParts(name))) this.shares.set(form, (this.shares.get(form) ?? 0) + share);
  }
}

/** Each source as one population or more (one per country list). */
function populations(): Population[] {
  const ssaRows = read('ssa');
  const ssa = new Population();
  const births = ssaRows.reduce((sum, row) => sum + Number(row['count']), 0);
  for (const row of ssaRows) ssa.add(row['name']!, Number(row['count']) / births);

  const surnames = new Population();
  for (const row of read('censusSurnames')) surnames.add(row['name']!, Number(row['frequency_percent']) / 100);
  const firstNames = new Population();
  for (const row of read('censusFirst')) firstNames.add(row['name']!, Number(row['frequency_percent']) / 100 / 2);

  // A country may give several lists (years, regions): a name keeps its best rank of the country.
  const byCountry = new Map<string, Map<string, number>>();
  const best = (country: string, name: string, share: number) => {
    const shares = byCountry.get(country) ?? new Map<string, number>();
    byCountry.set(country, shares);
    shares.set(name, Math.max(shares.get(name) ?? 0, share));
  };
  for (const row of read('countryForenames')) {
    const share = TOP_SHARE / Number(row['Index']) / 2;
    for (const name of new Set([row['Romanized Name']!, row['Localized Name']!])) best(`forenames ${row['Country']}`, name, share);
  }
  for (const row of read('countrySurnames')) {
    const percent = Number(row['Percent']);
    const share = row['Percent'] !== '' && percent > 0 ? percent : TOP_SHARE / Number(row['Rank'] || row['Index']);
    for (const name of new Set([row['Romanized Name']!, row['Localized Name']!])) best(`surnames ${row['Country']}`, name, share);
  }
  const countries = [...byCountry.values()].map((shares) => {
    const population = new Population();
    for (const [name, share] of shares) population.add(name, share);
    return population;
  });
  return [ssa, surnames, firstNames, ...countries];
}

/** The table: folded form → people per million who carry it (the largest share of any population), sorted by form. */
export function buildNameFrequency(): Map<string, number> {
  const table = new Map<string, number>();
  for (const population of populations()) {
    for (const [form, share] of population.shares) {
      if (share >= MIN_SHARE) table.set(form, Math.max(table.get(form) ?? 0, Math.round(Math.min(1, share) * 1e6)));
    }
  }
  return new Map([...table].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The JSON file holding the table (`data`: one `form perMillion` line each).
 * JSON, not a module: it is loaded on first use (`require`, which bundlers
 * follow), so that importing the package does not pay for parsing it.
 */
export function renderNameFrequency(table: ReadonlyMap<string, number>): string {
  const lines = [...table].map(([form, perMillion]) => `${form} ${perMillion}`);
  const about = [
    'Generated by `npm run data:name-frequency` (bench/name-frequency.ts) from fixtures/name-frequency/: do not edit.',
    `How many people in a million carry each folded name part, in the most common population of the sources (at least ${MIN_SHARE * 1e6} in a million; ${table.size} name parts).`,
    'Sources (fixtures/name-frequency/SOURCES.md gives provenance, sha256 and limits): US Social Security Administration, given names of births 1880–2023 (public domain, a US government work, 17 U.S.C. § 105); US Census Bureau, "Frequently Occurring Names in the U.S. — 1990", surnames and first names (public domain, the same); sigpwned popular-names-by-country-dataset (CC0 1.0), compiled from Wikipedia\'s lists of most common given names and surnames.',
  ];
  return `${JSON.stringify({ about, data: `\n${lines.join('\n')}\n` }, null, 1)}\n`;
}

if (isMain(import.meta.url)) {
  const text = renderNameFrequency(buildNameFrequency());
  const path = projectPath(TABLE_PATH);
  if (process.argv.includes('--check')) {
    const same = readFileSync(path, 'utf8') === text;
    console.log(same ? `${TABLE_PATH} is up to date` : `${TABLE_PATH} differs from what the data give: run npm run data:name-frequency`);
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(path, text);
    console.log(`${TABLE_PATH}: ${Buffer.byteLength(text)} bytes`);
  }
}
