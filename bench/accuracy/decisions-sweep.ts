/**
 * Decision rules swept offline, held out: the candidate pairs of every case
 * of the decisions bench (each alias's own designation, each negative's and
 * UN person's other designations the name search returns from 0.3, and those
 * born on its full date) are collected once; each model variant then decides
 * them again (`makeAlert`), the fit on fold B reported on fold A and the fit
 * on A on B. It assumes the name search reaches every pair a variant could
 * lift; the decisions bench (`decisions-run.ts`) confirms a variant kept.
 *
 *   node --import tsx bench/accuracy/decisions-sweep.ts [VARIANTS.json] [--per-band]
 *
 * VARIANTS.json: `[{ "name": "...", "changes": { "evidence": { … } } }]`,
 * changes applied over each fold's fit (`bench/models/evidence-{A,B}.json`).
 * `--per-band` adds per-band calibration: a name below the threshold counts
 * as the score whose fitted line gives its own band's weight (the other
 * fold's `*.tables.json`), so evidence lifts it as the band's m/u says.
 */
import { readFileSync } from 'node:fs';
import { parseList } from '../../src/parse/index.js';
import { buildState, makeAlert, type ListState } from '../../src/screen/list-state.js';
import { scoreRecordNames } from '../../src/screen/record-names.js';
import { normalizeQuery, type NormalizedQuery, type ScreenQuery } from '../../src/screen/query.js';
import { SCORING_MODEL, withScoringModel, type ScoringModel, type ScoringModelChanges } from '../../src/scoring-model.js';
import type { IndexedName, NameHit } from '../../src/search/name-index.js';
import type { SanctionsRecord } from '../../src/types.js';
import { evalDir, loadNegatives, loadPersons, loadRealNegatives } from '../../harness/data.js';
import { aliasCases } from '../../harness/evaluate.js';
import { isMain, newestListBytes, projectPath } from '../lib.js';
import { firstBirthDate, firstNationality, foldOf, type Fold } from './decisions.js';

type CaseSet = 'near' | 'mid' | 'far' | 'originalScript' | 'synthetic' | 'real' | 'others';
/** One case: its query and the pairs that decide it (for an alias, its own designation only). */
interface Case {
  set: CaseSet;
  fold: Fold;
  label: string;
  q: NormalizedQuery;
  pairs: Array<{ record: SanctionsRecord; hit: NameHit | undefined }>;
}

const SEARCH_FLOOR = 0.3;

function normalized(name: string, dateOfBirth: string, nationality: string): NormalizedQuery | undefined {
  const attempt = (q: ScreenQuery) => {
    try {
      return normalizeQuery(q, { threshold: SCORING_MODEL.threshold, limit: 10 });
    } catch {
      return undefined;
    }
  };
  const withDob = dateOfBirth !== '' && attempt({ name, dateOfBirth }) !== undefined;
  const withNat = nationality !== '' && attempt({ name, nationality }) !== undefined;
  return attempt({ name, ...(withDob ? { dateOfBirth } : {}), ...(withNat ? { nationality } : {}) });
}

/** The pairs a query's name search (from 0.3) and its full birth date bring up. */
function candidates(state: ListState, q: NormalizedQuery, skip?: (name: IndexedName) => boolean): Array<{ record: SanctionsRecord; hit: NameHit }> {
  const hits = state.names.search(q.name, { threshold: SEARCH_FLOOR, limit: 30, skip });
  const found = new Map<SanctionsRecord, NameHit>(hits.map((hit) => [hit.record, hit]));
  if (q.dateOfBirth?.day !== undefined) {
    const { year, month, day } = q.dateOfBirth;
    const prepared = state.names.prepareQuery(q.name);
    for (const { record, names } of state.births.find(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`)) {
      if (found.has(record)) continue;
      const best = scoreRecordNames(prepared, skip === undefined ? names : names.filter((n) => !skip(n)), state.model)[0];
      if (best !== undefined && best.score > 0) found.set(record, { record, ...best });
    }
  }
  return [...found.values()].map((hit) => ({ record: hit.record, hit }));
}

/** Every case of the decisions bench with its candidate pairs. */
export function collectCases(state: ListState): Case[] {
  const dir = evalDir();
  const cases: Case[] = [];
  const namesOf = new Map<SanctionsRecord, IndexedName[]>();
  for (const name of state.names.names) namesOf.set(name.record, [...(namesOf.get(name.record) ?? []), name]);
  for (const c of aliasCases(state.list)) {
    if (c.record.kind !== 'individual') continue;
    const q = normalized(c.query, firstBirthDate(c.record), firstNationality(c.record));
    if (q === undefined) continue;
    // Leave-one-out as the decisions bench: the designation's other names are left out, its primary name stays.
    const own = (namesOf.get(c.record) ?? []).filter((n) => n.origin === 'primary');
    const best = scoreRecordNames(state.names.prepareQuery(q.name), own, state.model)[0];
    cases.push({
      set: c.kind === 'original-script' ? 'originalScript' : c.band,
      fold: foldOf(c.record.referenceNumber),
      label: `${c.query} [${c.record.referenceNumber}]`,
      q,
      pairs: [{ record: c.record, hit: best === undefined ? undefined : { record: c.record, ...best } }],
    });
  }
  for (const [set, rows] of [['synthetic', loadNegatives(dir)], ['real', loadRealNegatives(dir)]] as const) {
    for (const c of rows) {
      const q = normalized(c.query, c.dateOfBirth, c.nationality);
      if (q === undefined) continue;
      cases.push({ set, fold: foldOf(c.query), label: `${c.query} (${c.dateOfBirth || '?'}, ${c.nationality || '?'})`, q, pairs: candidates(state, q) });
    }
  }
  for (const p of loadPersons(dir)) {
    const q = normalized(p.query, p.dateOfBirth, p.nationality);
    if (q === undefined) continue;
    const pairs = candidates(state, q).filter((pair) => !p.expectedRefs.includes(pair.record.referenceNumber));
    cases.push({ set: 'others', fold: foldOf(p.expectedRefs[0] ?? p.query), label: `${p.query} (${p.dateOfBirth || '?'}, ${p.nationality || '?'})`, q, pairs });
  }
  return cases;
}

/** One set on one fold: cases counted (found, or alerting above low), alerting at any priority, in all; the cases counted against (missed, or alerting). */
type Cell = { n: number; any: number; total: number; labels: string[] };

/** Held-out counts of one variant, per set and fold. */
export function sweep(cases: Case[], models: Record<Fold, ScoringModel>, nameScale?: Record<Fold, (score: number) => number>): Record<CaseSet, Record<Fold, Cell>> {
  const out = {} as Record<CaseSet, Record<Fold, Cell>>;
  for (const c of cases) {
    const model = models[c.fold];
    const alerts = c.pairs.flatMap(({ record, hit }) => {
      const scaled = hit === undefined || nameScale === undefined || hit.score >= model.threshold ? hit : { ...hit, score: nameScale[c.fold](hit.score) };
      const a = makeAlert(c.q, record, scaled, [], model);
      return a === undefined ? [] : [a];
    });
    const recall = c.set === 'near' || c.set === 'mid' || c.set === 'far' || c.set === 'originalScript';
    const counted = recall ? alerts.length > 0 : alerts.some((a) => a.priority !== 'low');
    const cell = (out[c.set] ??= { A: { n: 0, any: 0, total: 0, labels: [] }, B: { n: 0, any: 0, total: 0, labels: [] } })[c.fold];
    cell.total++;
    if (alerts.length > 0) cell.any++;
    if (counted) {
      cell.n++;
      if (!recall) cell.labels.push(`${c.label} → ${alerts.filter((a) => a.priority !== 'low').map((a) => a.reason).join(' | ')}`);
    } else if (recall) cell.labels.push(c.label);
  }
  return out;
}

/**
 * Per-band calibration of the name score, from a fold's fit (`*.tables.json`):
 * a name counts as the score whose fitted line (the slope of the bands from
 * 0.5, and its intercept) gives its own band's weight, interpolated between
 * band midpoints; a name below 0.3, where the fit has no band, counts as the
 * 0.3 band (about 0.45). `fromFloor`: names below 0.5 keep their score.
 */
export function perBandScale(fit: 'A' | 'B', fromFloor: boolean): (score: number) => number {
  const t = JSON.parse(readFileSync(projectPath(`bench/models/evidence-${fit}.tables.json`), 'utf8')) as { weights: { name: Record<string, number> }; slope: number };
  const bands = Object.entries(t.weights.name)
    .map(([b, w]) => [Number(b) + 0.025, w] as const)
    .sort((a, b) => a[0] - b[0]);
  const upper = bands.filter(([x]) => x >= 0.5);
  const mx = upper.reduce((a, [x]) => a + x, 0) / upper.length;
  const my = upper.reduce((a, [, y]) => a + y, 0) / upper.length;
  const intercept = my - t.slope * mx;
  return (score: number) => {
    if (fromFloor && score < 0.5) return score;
    const i = bands.findIndex(([x]) => x >= score);
    const w = i <= 0 ? bands[Math.max(0, i)]![1] : bands[i - 1]![1] + ((score - bands[i - 1]![0]) / (bands[i]![0] - bands[i - 1]![0])) * (bands[i]![1] - bands[i - 1]![1]);
    return Math.max(0.01, Math.min(1, (w - intercept) / t.slope));
  };
}

if (isMain(import.meta.url)) {
  const state = buildState(parseList(newestListBytes()), SCORING_MODEL);
  const cases = collectCases(state);
  const fits = {
    A: JSON.parse(readFileSync(projectPath('bench/models/evidence-B.json'), 'utf8')) as ScoringModelChanges,
    B: JSON.parse(readFileSync(projectPath('bench/models/evidence-A.json'), 'utf8')) as ScoringModelChanges,
  };
  const variants: Array<{ name: string; changes?: { evidence?: Record<string, unknown> } }> = [
    { name: 'current' },
    ...(process.argv[2] === undefined || process.argv[2].startsWith('--') ? [] : (JSON.parse(readFileSync(process.argv[2], 'utf8')) as Array<{ name: string; changes: { evidence?: Record<string, unknown> } }>)),
  ];
  const base = sweep(cases, {
    A: withScoringModel(fits.A),
    B: withScoringModel(fits.B),
  });
  if (process.argv.includes('--per-band')) variants.push({ name: 'per-band calibration' }, { name: 'per-band from 0.5' });
  for (const v of variants) {
    const model = (fold: Fold) =>
      withScoringModel({ ...fits[fold], version: v.name, evidence: { ...fits[fold].evidence, ...(v.changes?.evidence ?? {}) } } as ScoringModelChanges);
    const r = sweep(cases, { A: model('A'), B: model('B') }, v.name.startsWith('per-band') ? { A: perBandScale('B', v.name.endsWith('0.5')), B: perBandScale('A', v.name.endsWith('0.5')) } : undefined);
    const cell = (s: CaseSet) => (['A', 'B'] as const).map((f) => `${r[s][f].n}/${r[s][f].total}`).join(' | ');
    const any = (s: CaseSet) => (['A', 'B'] as const).map((f) => r[s][f].any).join(' | ');
    console.log(`${v.name.padEnd(40)} near ${cell('near')}; mid ${cell('mid')}; script ${cell('originalScript')}; far ${cell('far')}; real>low ${cell('real')}; synth>low ${cell('synthetic')}; others>low ${cell('others')}; alerting at any priority: real ${any('real')}, synth ${any('synthetic')}, others ${any('others')}`);
    if (v.name !== 'current') {
      for (const s of Object.keys(r) as CaseSet[]) {
        for (const f of ['A', 'B'] as const) {
          const was = new Set(base[s][f].labels.map((l) => l.split(' → ')[0]));
          const now = new Set(r[s][f].labels.map((l) => l.split(' → ')[0]));
          for (const l of r[s][f].labels) if (!was.has(l.split(' → ')[0])) console.log(`   + ${s} ${f}: ${l}`);
          for (const l of base[s][f].labels) if (!now.has(l.split(' → ')[0])) console.log(`   - ${s} ${f}: ${l.split(' → ')[0]}`);
        }
      }
    }
  }
}
