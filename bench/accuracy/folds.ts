/**
 * The dev sets split in two folds, the matcher by name alone on each: a rule
 * is kept only when it helps both folds (issue 19, "generalize, do not
 * memorize"). Persons and aliases are split by the hash of the designation's
 * reference number, negatives by the hash of the name, pairs by the hash of
 * the pair. Prints one JSON object (and the changed cases with `--cases`).
 *
 *   node --import tsx bench/accuracy/folds.ts [--model FILE.json] [--cases]
 */
import { NameIndex } from '../../src/search/name-index.js';
import { compareNames } from '../../src/match/compare.js';
import { parseList } from '../../src/parse/index.js';
import { benchModel } from '../accuracy.js';
import { evalDir, loadNegatives, loadPairs, loadPersons, loadRealNegatives } from '../../harness/data.js';
import { aliasCases, evaluateAliases, evaluateNegatives, evaluatePairs, evaluatePersons, matcherSearcher } from '../../harness/evaluate.js';
import { isMain, newestListBytes } from '../lib.js';

/** FNV-1a of a string, its lowest bit: fold 0 or 1. */
export function foldOf(key: string): 0 | 1 {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash & 1) as 0 | 1;
}

export function measureFolds(showCases = false): unknown {
  const model = benchModel();
  const dir = evalDir();
  const list = parseList(newestListBytes());
  const index = NameIndex.build(list, { model });
  const ours = matcherSearcher(index);
  const persons = loadPersons(dir);
  const negatives = loadNegatives(dir);
  const real = loadRealNegatives(dir);
  const pairs = loadPairs(dir);
  const aliases = aliasCases(list);
  const result: Record<string, unknown> = { model: model.version };
  for (const fold of [0, 1] as const) {
    const p = evaluatePersons(ours, persons.filter((c) => foldOf(c.expectedRefs[0] ?? '') === fold));
    const a = evaluateAliases(ours, aliases.filter((c) => foldOf(c.record.referenceNumber) === fold));
    const n = evaluateNegatives(ours, negatives.filter((c) => foldOf(c.query) === fold));
    const r = evaluateNegatives(ours, real.filter((c) => foldOf(c.query) === fold));
    const q = evaluatePairs(
      pairs.filter((c) => foldOf(`${c.group}|${c.name1}|${c.name2}`) === fold),
      (x, y) => compareNames(x, y, { model }),
    );
    const pct = (found: number, total: number) => `${((found / Math.max(1, total)) * 100).toFixed(1)}% (${found}/${total})`;
    result[`fold${fold}`] = {
      treated: pct(p.treated.found, p.treated.total),
      primary: pct(p.primary.found, p.primary.total),
      near: pct(a.near.found, a.near.total),
      mid: pct(a.mid.found, a.mid.total),
      far: pct(a.far.found, a.far.total),
      originalScript: pct(a.originalScript.found, a.originalScript.total),
      negativesPer10k: `${n.per10k.toFixed(2)} (${n.alerts}/${n.total})`,
      realNegativesPer10k: `${r.per10k.toFixed(2)} (${r.alerts}/${r.total})`,
      pairsF1: q.all.f1.toFixed(4),
      pairErrors: q.errors.length,
      strongErrors: q.strongErrors.length,
      ...(showCases
        ? {
            missedTreated: p.treated.missed,
            missedNear: a.near.missed,
            missedMid: a.mid.missed,
            missedScript: a.originalScript.missed,
            negatives: n.alerted,
            real: r.alerted,
            pairErrorList: q.errors,
          }
        : {}),
    };
  }
  return result;
}

if (isMain(import.meta.url)) {
  console.log(JSON.stringify(measureFolds(process.argv.includes('--cases')), null, 1));
}
