/**
 * Fits the evidence weights of the scoring model as Fellegi–Sunter
 * log-likelihood ratios, on one fold of the dev sets, and writes them as a
 * model variant the accuracy bench can run (`--model FILE.json`).
 *
 *   npm run model:fit [-- --fold A|B|all] [-- --strangers real|all]
 *
 * writes bench/models/evidence-{A,B,all}.json (the model variants) and
 * evidence-*.tables.json (the m/u counts and ln(m/u) weights behind them).
 * Run a variant: `npm run bench:accuracy -- --model bench/models/evidence-A.json`;
 * its fold-B column is the honest figure (estimated on A, reported on B).
 *
 * For each field's outcome o: m(o) = P(o | same party), u(o) = P(o | a name
 * candidate that is another party); its weight is ln(m/u).
 * - m of birth date and nationality: UN persons of un-persons-dev.csv with the
 *   birth date and nationality their row gives (the noise customers' data carry:
 *   a year only, a wrong day, a second nationality), against their own designation.
 * - m of the name: the list's own aliases of individuals, left out one
 *   designation at a time: the name score of their own designation.
 * - u of all three: every designation the name search returns (name score ≥
 *   {@link FLOOR}) for a real negative (real-negatives-dev.csv) with its own
 *   birth date and nationality; `--strangers all` adds the synthetic negatives,
 *   whose nationalities are drawn at random and so make a nationality match
 *   look rarer among strangers than it is (same-culture names share one).
 * The name's weights by score band give the slope b of ln(m/u) per unit of
 * name score (least squares); an evidence outcome's weight divided by b is its
 * adjustment in name-score units, which is what `SCORING_MODEL.evidence` holds.
 * Counts are smoothed by adding 0.5.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseList } from '../src/parse/index.js';
import { NameIndex } from '../src/search/name-index.js';
import { birthDateEvidence, nationalityEvidence } from '../src/screen/evidence.js';
import { normalizeQuery, type NormalizedQuery } from '../src/screen/query.js';
import { SCORING_MODEL, withScoringModel, type ScoringModel } from '../src/scoring-model.js';
import type { SanctionsRecord } from '../src/types.js';
import { evalDir, loadNegatives, loadPersons, loadRealNegatives } from '../harness/data.js';
import { foldOf, type Fold } from './accuracy/decisions.js';
import { aliasCases } from '../harness/evaluate.js';
import { isMain, newestListBytes, projectPath } from './lib.js';

/** Lowest name score of a candidate pair. */
const FLOOR = 0.5;
/** Name score bands: lower bounds. */
const BANDS = [0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5];

/** A model whose evidence numbers name the outcome (1, 2, 3…), to read outcomes back from `birthDateEvidence`. */
const PROBE = withScoringModel({
  version: 'probe',
  evidence: { birthDateSameDay: 1, birthYearMatch: 2, birthYearNear: 3, birthDateConflict: 4, personAgainstEntity: 5, nationalityMatch: 1, nationalityConflict: 2 },
});
const DOB = ['unknown', 'birthDateSameDay', 'birthYearMatch', 'birthYearNear', 'birthDateConflict', 'personAgainstEntity'] as const;
const NAT = ['compatible-or-unknown', 'nationalityMatch', 'nationalityConflict'] as const;

function dobOutcome(q: NormalizedQuery, record: SanctionsRecord): (typeof DOB)[number] {
  const e = birthDateEvidence(q, record, PROBE);
  return DOB[e === undefined ? 0 : e.adjustment]!;
}
function natOutcome(q: NormalizedQuery, record: SanctionsRecord): (typeof NAT)[number] | 'unknown' {
  const e = nationalityEvidence(q, record, PROBE);
  if (e === undefined) return 'unknown';
  return NAT[e.adjustment]!;
}
const bandOf = (score: number) => BANDS.find((b) => score >= b - 1e-9);

type Table = Map<string, number>;
const bump = (t: Table, key: string) => t.set(key, (t.get(key) ?? 0) + 1);

function query(name: string, dateOfBirth: string, nationality: string): NormalizedQuery | undefined {
  const attempt = (q: Record<string, string>) => {
    try {
      return normalizeQuery(q, { threshold: 0.8, limit: 10 });
    } catch {
      return undefined;
    }
  };
  const withDob = dateOfBirth === '' ? undefined : attempt({ name, dateOfBirth });
  const withNat = nationality === '' ? undefined : attempt({ name, nationality });
  return attempt({
    name,
    ...(withDob === undefined ? {} : { dateOfBirth }),
    ...(withNat === undefined ? {} : { nationality }),
  });
}

export interface Fit {
  fold: Fold | 'all';
  counts: { m: Record<string, Record<string, number>>; u: Record<string, Record<string, number>> };
  /** ln(m/u) per outcome. */
  weights: Record<string, Record<string, number>>;
  /** ln(m/u) per unit of name score. */
  slope: number;
  /** The model variant: SCORING_MODEL with the fitted evidence adjustments. */
  changes: { version: string; evidence: Partial<ScoringModel['evidence']> };
}

/** Fits the evidence weights on `fold` (or every case). */
export function fitEvidence(fold: Fold | 'all', dir = evalDir(), strangers: 'real' | 'all' = 'real'): Fit {
  const inFold = (key: string) => fold === 'all' || foldOf(key) === fold;
  const list = parseList(newestListBytes());
  const index = NameIndex.build(list, { model: SCORING_MODEL });
  const m = { name: new Map(), dob: new Map(), nat: new Map() } as Record<'name' | 'dob' | 'nat', Table>;
  const u = { name: new Map(), dob: new Map(), nat: new Map() } as Record<'name' | 'dob' | 'nat', Table>;

  for (const c of aliasCases(list)) {
    if (c.record.kind !== 'individual' || !inFold(c.record.referenceNumber)) continue;
    const hit = index
      .search(c.query, { threshold: FLOOR, limit: 30, skip: (n) => n.record === c.record && n.origin !== 'primary' })
      .find((h) => h.record === c.record);
    bump(m.name, hit === undefined ? 'below' : String(bandOf(hit.score)));
  }
  const byRef = new Map(list.records.map((r) => [r.referenceNumber, r]));
  for (const p of loadPersons(dir)) {
    const record = byRef.get(p.expectedRefs[0] ?? '');
    if (record === undefined || !inFold(record.referenceNumber) || p.variant !== 'primary') continue;
    const q = query(p.query, p.dateOfBirth, p.nationality);
    if (q === undefined) continue;
    bump(m.dob, dobOutcome(q, record));
    bump(m.nat, natOutcome(q, record));
  }
  for (const n of [...(strangers === 'all' ? loadNegatives(dir) : []), ...loadRealNegatives(dir)]) {
    if (!inFold(n.query)) continue;
    const q = query(n.query, n.dateOfBirth, n.nationality);
    if (q === undefined) continue;
    for (const hit of index.search(n.query, { threshold: FLOOR, limit: 30 })) {
      bump(u.name, String(bandOf(hit.score)));
      bump(u.dob, dobOutcome(q, hit.record));
      bump(u.nat, natOutcome(q, hit.record));
    }
  }
  const share = (t: Table, key: string) => {
    const total = [...t.values()].reduce((a, b) => a + b, 0);
    return ((t.get(key) ?? 0) + 0.5) / (total + 0.5 * Math.max(2, t.size));
  };
  const weights: Fit['weights'] = { name: {}, dob: {}, nat: {} };
  for (const field of ['name', 'dob', 'nat'] as const) {
    for (const key of new Set([...m[field].keys(), ...u[field].keys()])) {
      if (key === 'below') continue;
      weights[field]![key] = Math.log(share(m[field], key) / share(u[field], key));
    }
  }
  // Slope of the name weight per unit of score, over the bands (band midpoints).
  const points = BANDS.map((b, i) => [i === 0 ? 0.975 : b + 0.025, weights['name']![String(b)]] as const).filter(
    (p): p is readonly [number, number] => p[1] !== undefined,
  );
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const mx = mean(points.map((p) => p[0]));
  const my = mean(points.map((p) => p[1]));
  const slope = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0) / points.reduce((s, [x]) => s + (x - mx) ** 2, 0);

  const adjust = (w: number | undefined) => (w === undefined ? undefined : Math.round((w / slope) * 1000) / 1000);
  const evidence: { -readonly [K in keyof ScoringModel['evidence']]?: number } = {};
  for (const key of ['birthDateSameDay', 'birthYearMatch', 'birthYearNear', 'birthDateConflict'] as const) {
    const a = adjust(weights['dob']![key]);
    if (a !== undefined) evidence[key] = a;
  }
  for (const key of ['nationalityMatch', 'nationalityConflict'] as const) {
    const a = adjust(weights['nat']![key]);
    if (a !== undefined) evidence[key] = a;
  }
  const plain = (t: Table) => Object.fromEntries([...t.entries()].sort());
  return {
    fold,
    counts: {
      m: { name: plain(m.name), dob: plain(m.dob), nat: plain(m.nat) },
      u: { name: plain(u.name), dob: plain(u.dob), nat: plain(u.nat) },
    },
    weights,
    slope,
    changes: { version: `fs-evidence-${fold}`, evidence },
  };
}

if (isMain(import.meta.url)) {
  const argv = process.argv.slice(2);
  const at = (flag: string) => (argv.indexOf(flag) >= 0 ? argv[argv.indexOf(flag) + 1] : undefined);
  const folds = (at('--fold') === undefined ? ['A', 'B', 'all'] : [at('--fold')]) as Array<Fold | 'all'>;
  const strangers = (at('--strangers') ?? 'real') as 'real' | 'all';
  mkdirSync(projectPath('bench/models'), { recursive: true });
  for (const fold of folds) {
    const fit = fitEvidence(fold, evalDir(), strangers);
    const out = projectPath(`bench/models/evidence-${fold}.json`);
    writeFileSync(out, `${JSON.stringify(fit.changes, null, 2)}\n`);
    writeFileSync(projectPath(`bench/models/evidence-${fold}.tables.json`), `${JSON.stringify({ counts: fit.counts, weights: fit.weights, slope: fit.slope }, null, 2)}\n`);
    console.log(`fold ${fold}: slope ${fit.slope.toFixed(2)} per unit of name score; wrote ${out}: ${JSON.stringify(fit.changes.evidence)}`);
  }
}
