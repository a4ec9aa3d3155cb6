/**
 * Near-namesakes (review #3 of the rest-agrees rule): one word of each
 * Latin individual primary name of 3+ words replaced by a real name of
 * fixtures/name-frequency that is exactly one edit beyond the word's edit
 * budget, of another length, with the same first letter (KARIMI → KARAMAT).
 * Each such query names someone else; it counts those that alert on the
 * record they were made from, at the model's threshold.
 *
 *   node --import tsx bench/accuracy/near-namesakes.ts [--rest-agrees-off]
 *
 * (`--rest-agrees-off`: the same with `editBudget.restAgrees` 0, what the other rules alert for alone.)
 */
import { readFileSync } from 'node:fs';
import { NameIndex } from '../../src/search/name-index.js';
import { parseList } from '../../src/parse/index.js';
import { editBudget } from '../../src/match/similarity.js';
import { boundedEditDistance } from '../../src/text/distance.js';
import { SCORING_MODEL, withScoringModel } from '../../src/scoring-model.js';
import { newestListBytes } from '../lib.js';

/** Names of the frequency tables (first column or romanized column), most frequent first within each table. */
function realNames(): string[] {
  const dir = new URL('../../fixtures/name-frequency/', import.meta.url);
  const names = new Set<string>();
  const read = (file: string, column: (cells: string[]) => string | undefined) => {
    for (const line of readFileSync(new URL(file, dir), 'utf8').split('\n').slice(1)) {
      const name = column(line.split(','))?.trim().toLowerCase();
      if (name !== undefined && /^[a-z]{4,}$/.test(name)) names.add(name);
    }
  };
  read('first-names-us-census1990.csv', (c) => c[0]);
  read('popular-names-by-country-forenames.csv', (c) => c[11]);
  read('popular-names-by-country-surnames.csv', (c) => c[5]);
  read('surnames-us-census1990.csv', (c) => c[0]);
  return [...names];
}

const list = parseList(newestListBytes());
const model = process.argv.includes('--rest-agrees-off') ? withScoringModel({ version: `${SCORING_MODEL.version}-rest-agrees-off`, editBudget: { restAgrees: 0 } }) : SCORING_MODEL;
const index = NameIndex.build(list, { model });
const pool = realNames();
let queries = 0;
let alerts = 0;
const examples: string[] = [];
for (const record of list.records) {
  if (record.kind !== 'individual') continue;
  const name = record.name.trim().toUpperCase();
  if (!/^[A-Z]+( [A-Z]+){2,}$/.test(name)) continue;
  const words = name.split(' ');
  words.forEach((word, i) => {
    const w = word.toLowerCase();
    if (w.length < 4) return;
    const other = pool.find((p) => {
      if (p.length === w.length || p[0] !== w[0]) return false;
      const own = editBudget(Math.min(p.length, w.length), false);
      return boundedEditDistance(p, w, own + 1) === own + 1;
    });
    if (other === undefined) return;
    const query = words.map((x, j) => (j === i ? other.toUpperCase() : x)).join(' ');
    queries++;
    const hit = index.search(query, { threshold: model.threshold, limit: 50 }).find((h) => h.record === record);
    if (hit !== undefined) {
      alerts++;
      if (examples.length < 8) examples.push(`${query} ~ ${name} ${hit.score.toFixed(2)}`);
    }
  });
}
console.log(JSON.stringify({ model: model.version, queries, alerts, examples }, null, 1));
