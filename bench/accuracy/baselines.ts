/**
 * Baselines run side by side with the matcher: a brute-force Jaro-Winkler
 * over every listed name (as-is and token-sorted, like the OFAC search tool)
 * and Fuse.js with its defaults.
 */
import Fuse from 'fuse.js';
import jaroWinkler from 'talisman/metrics/jaro-winkler.js';
import { namesOf } from '../../src/search/names.js';
import { foldName } from '../../src/normalize/fold.js';
import type { SanctionsList, SanctionsRecord } from '../../src/types.js';
import type { LeaveOut, Searcher } from './evaluate.js';

interface BaselineName {
  record: SanctionsRecord;
  origin: string;
  text: string;
  folded: string;
  sorted: string;
}

function baselineNames(list: SanctionsList): BaselineName[] {
  return list.records.flatMap((record) =>
    namesOf(record).map((entry) => {
      const folded = foldName(entry.text);
      return { record, origin: entry.origin, text: entry.text, folded, sorted: folded.split(' ').sort().join(' ') };
    }),
  );
}

function skipped(name: BaselineName, skip: LeaveOut | undefined): boolean {
  return skip !== undefined && name.record === skip.record && name.origin !== 'primary';
}

/** Brute-force Jaro-Winkler: max of as-is and token-sorted similarity over every listed name. */
export class BruteForceJaroWinkler {
  readonly #names: BaselineName[];

  constructor(list: SanctionsList) {
    this.#names = baselineNames(list);
  }

  /** Best score per designation, over all its names. */
  bestScores(query: string, skip?: LeaveOut): Map<SanctionsRecord, number> {
    const folded = foldName(query);
    const sorted = folded.split(' ').sort().join(' ');
    const best = new Map<SanctionsRecord, number>();
    for (const name of this.#names) {
      if (skipped(name, skip)) continue;
      const score = Math.max(jaroWinkler(folded, name.folded), jaroWinkler(sorted, name.sorted));
      if (score > (best.get(name.record) ?? -1)) best.set(name.record, score);
    }
    return best;
  }

  /** The best score over the whole list (what decides whether the query alerts). */
  topScore(query: string): number {
    let top = 0;
    for (const score of this.bestScores(query).values()) top = Math.max(top, score);
    return top;
  }

  searcher(threshold: number): Searcher {
    return {
      search: (query, skip) =>
        [...this.bestScores(query, skip)].filter(([, score]) => score >= threshold).map(([r]) => r.referenceNumber),
    };
  }
}

/** The threshold at which `scores` (one top score per negative) alert on `per10k` in 10,000. */
export function thresholdForAlertRate(topScores: number[], per10k: number): number {
  const sorted = [...topScores].sort((a, b) => b - a);
  const allowed = Math.floor((sorted.length * per10k) / 10_000);
  // Alert when score >= threshold: put the threshold just above the (allowed+1)-th best score.
  const boundary = sorted[allowed] ?? 0;
  return Math.min(1, boundary + 1e-9);
}

/** Fuse.js with its defaults (threshold 0.6) over every listed name. */
export class FuseBaseline {
  readonly #fuse: Fuse<BaselineName>;

  constructor(list: SanctionsList) {
    this.#fuse = new Fuse(baselineNames(list), { keys: ['text'] });
  }

  searcher(): Searcher {
    return {
      search: (query, skip) => {
        const refs = new Set<string>();
        for (const result of this.#fuse.search(query)) {
          if (!skipped(result.item, skip)) refs.add(result.item.record.referenceNumber);
        }
        return [...refs];
      },
    };
  }
}
