import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { NameIndex } from '../src/search/name-index.js';
import { buildState, makeAlert, nameThreshold, sameDayThreshold, screenWith } from '../src/screen/list-state.js';
import { normalizeQuery } from '../src/screen/query.js';
import type { Alert } from '../src/screen/result.js';
import { sameDayWeight } from '../src/screen/evidence.js';
import { SCORING_MODEL, withScoringModel, type ScoringModel } from '../src/scoring-model.js';
import type { Individual } from '../src/types.js';
import { fixtureList } from './helpers/fixtures.js';
import { noisyNameOf } from './helpers/noise.js';

/** The fitted evidence variant (bench/models/evidence-A.json): much larger lifts than the default model's. */
const fitted: ScoringModel = withScoringModel(JSON.parse(readFileSync(new URL('../bench/models/evidence-A.json', import.meta.url), 'utf8')));

describe('the name search reaches every name that evidence could lift to the threshold', () => {
  const list = fixtureList('2026-02-27');
  // A third of the list keeps each exhaustive scan short; the property does not depend on the list's size.
  const records = list.records.filter((_, i) => i % 3 === 0);
  const namesOf = (r: Individual) => [r.name, ...r.aliases.map((a) => a.name)].filter((name) => name.includes(' '));
  const people = records.filter((r): r is Individual => r.kind === 'individual' && r.datesOfBirth[0]?.date !== undefined && r.nationality[0] !== undefined && namesOf(r).length > 0);
  // A listed person's name with typing noise, with that person's birth date and nationality (evidence
  // that lifts it) or another listed person's (evidence that may lift or lower other designations).
  const query = fc
    .tuple(fc.constantFrom(...people), fc.constantFrom(...people), fc.boolean(), fc.constantFrom(5, 10), fc.constantFrom(0.8, 0.7))
    .chain(([named, other, own, limit, threshold]) =>
      noisyNameOf(namesOf(named)).map((name) => {
        const person = own ? named : other;
        return { name, dateOfBirth: person.datesOfBirth[0]!.date!, nationality: person.nationality[0]!, limit, threshold };
      }),
    );
  const shown = (alerts: Alert[]) => alerts.map((a) => `${a.referenceNumber} ${a.score.toFixed(6)} ${a.nameScore.toFixed(6)} ${a.priority}`);

  for (const model of [SCORING_MODEL, fitted]) {
    it(`with model ${model.version}: the screen's alerts are those of every name scored, evidence added`, () => {
      const state = buildState(list, model, NameIndex.build(list, { records, model }));
      let lifted = 0;
      fc.assert(
        fc.property(query, (raw) => {
          const q = normalizeQuery(raw, { threshold: model.threshold, limit: 10 });
          // Every name scored down to the model's floor (a name sharing nothing is no name match,
          // whatever a same-day date and a nationality add), no candidate step, each designation's best, then the evidence.
          const every = state.names.searchExhaustive(q.name, { threshold: model.search.minNameThreshold, limit: 100_000 });
          const expected = every
            .map((hit) => makeAlert(q, hit.record, hit, [], model))
            .filter((alert): alert is Alert => alert !== undefined)
            .sort((a, b) => b.score - a.score || b.nameScore - a.nameScore || a.referenceNumber.localeCompare(b.referenceNumber))
            .slice(0, q.limit);
          lifted += expected.filter((alert) => alert.nameScore < q.threshold).length;
          // Below the name search, only a designation born on the query's day (the birth-date index) or a low alert.
          const sameDay = (alert: Alert) => alert.evidence.some((e) => e.kind === 'dateOfBirth' && e.outcome === 'match' && e.adjustment === sameDayWeight(q, model));
          expect(
            expected.every(
              (alert) => alert.nameScore >= nameThreshold(q, model) || alert.priority === 'low' || (sameDay(alert) && alert.nameScore >= sameDayThreshold(q, model)!),
            ),
          ).toBe(true);
          expect(shown(screenWith(state, q)), raw.name).toEqual(shown(expected));
        }),
        { numRuns: 80, seed: 20261129 },
      );
      // The property is not empty: some alerts come from a name below the threshold that evidence lifted.
      expect(lifted).toBeGreaterThan(0);
    }, 120_000);
  }
});
