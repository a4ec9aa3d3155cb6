/**
 * Fits the evidence weights of the scoring model as Fellegi–Sunter
 * log-likelihood ratios, on one fold of the dev sets, and writes them as a
 * model variant the accuracy bench can run (`--model FILE.json`).
 *
 *   npm run model:fit [-- --fold A|B|all] [-- --strangers real|all] [-- --no-list-countries] [-- --year-count] [-- --given-fields]
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
 * - u of a same-day birth date: no stranger of the dev sets shares one, so it
 *   is the strangers' share of the same year with both dates full (`other-day`
 *   and `same-day`), times the list's own share of pairs of people born in the
 *   same year who share the day and month too, by the day (`sameDayShares`): 1
 *   January, the day a record gives when only the year is known, is shared
 *   one time in ten (`birthDateSameDayFirstJanuary`), another day about 1/365
 *   (`birthDateSameDay`).
 * - u of a nationality match, by the caller's nationality: among real
 *   strangers of one nationality the listed names they meet are often of that
 *   nationality (North Korean names meet North Koreans) or seldom (Syrian names
 *   meet Iraqis, Jordanians…); each country's share is shrunk towards the
 *   pooled one by {@link PRIOR_PAIRS} pairs, and becomes
 *   `nationalityMatchByCountry` for the countries with at least
 *   {@link MIN_PAIRS} candidate pairs. Its strangers are the real negatives
 *   and (since model 1.9.0; `--no-list-countries` leaves them out) the UN
 *   persons of un-persons-dev.csv against every other designation their name
 *   brings up: the list's own same-culture strangers, with real birth dates
 *   and nationalities, where the real negatives have few (no Afghan: a shared
 *   Afghan nationality weighed the pooled +0.11, and is +0.05 among the
 *   list's Afghans meeting each other's Mohammad, Akhund, Wali).
 * - `npm run model:fit` (every fold) also writes the fit on both folds into
 *   the `evidence` block of `src/scoring-model.ts` (the default model), between
 *   its markers; `-- --check` exits 1 when that block is out of date. A variant
 *   flag (`--strangers all`, `--no-list-countries`, `--year-count`,
 *   `--given-fields`) writes `bench/models/evidence-{fold}-{variant}.json`
 *   (git-ignored) instead, and never the default block (`fitOutputs`,
 *   harness/fit-outputs.ts).
 * - `--year-count` (measured, not kept: docs/ACCURACY.md, "With birth date and nationality") weighs a
 *   same year and a range per year that gives it (`yearsGiving`): u of one
 *   year is the pooled share spread over the years the strangers' candidates
 *   give it for, m the share among the persons whose designation can give it
 *   at all (it does not fall with the count: the persons' rows hit 1, 2 or 3
 *   listed years alike); `birthYearsCountWeight` = 1 / slope takes ln(N) off.
 * - `--given-fields` (measured, not kept) counts a field's outcomes only for
 *   parties that give the field: a stranger with no birth date is an
 *   `unknown` that the default fit counts among the birth-date outcomes,
 *   which lowers u of a same year (and raises its weight) by half.
 * Outcomes that are neither for nor against (one year off, another day of the
 *   same year) never lower a score: their weight is at least 0. How the fields
 *   combine (a year needs an agreeing nationality and a name of 0.5 or more; a
 *   nationality alone counts half) is {@link RULES}: measured, not fitted.
 * The name's weights by score band give the slope b of ln(m/u) per unit of
 * name score (least squares over the bands from 0.5); an evidence outcome's
 * weight divided by b is its adjustment in name-score units, which is what
 * `SCORING_MODEL.evidence` holds. Counts are smoothed by adding 0.5.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseList } from '../src/parse/index.js';
import { NameIndex } from '../src/search/name-index.js';
import { compareBirthDate, yearsGiving, type BirthDateOutcome } from '../src/screen/birth-dates.js';
import { listedBirthDates } from '../src/screen/evidence.js';
import { countryCodes } from '../src/screen/countries.js';
import { normalizeQuery, type NormalizedQuery } from '../src/screen/query.js';
import { SCORING_MODEL, type ScoringModel } from '../src/scoring-model.js';
import type { Individual, SanctionsList, SanctionsRecord } from '../src/types.js';
import { evalDir, loadNegatives, loadPersons, loadRealNegatives } from '../harness/data.js';
import { foldOf, type Fold } from './accuracy/decisions.js';
import { fitOutputs, type FitVariant } from '../harness/fit-outputs.js';
import { aliasCases } from '../harness/evaluate.js';
import { isMain, newestListBytes, projectPath } from './lib.js';

/** Lowest name score of a candidate pair. */
const FLOOR = 0.3;
/** Name score bands: lower bounds. */
const BANDS = [0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5, 0.45, 0.4, 0.35, 0.3];
/** Bands the slope is fitted on: from 0.5 up, where the weights rise steadily. */
const SLOPE_FROM = 0.5;
/** Pairs of the pooled share a country's own share of nationality matches is shrunk towards. */
const PRIOR_PAIRS = 20;
/** Candidate pairs a country needs for a weight of its own (fewer: the pooled `nationalityMatch`). */
const MIN_PAIRS = 30;

/**
 * How the fields' weights combine: rules, not fits (the independence of
 * Fellegi–Sunter fails for them), each kept because it lowered real and
 * synthetic strangers' alerts on both folds for a small loss of aliases:
 * a birth year (or an other day, or a range) lifts half its weight without an
 * agreeing nationality (model 1.14.0; 1.6.0–1.12.0 nothing: at 1 real
 * strangers alert, Hossein TALA, a year alone; 0.25–0.6 find 2–3 more
 * aliases held out on fold A and 1 on B, no stranger more; chosen on fold A
 * alone 0.75 would have, reported on B, made 2 more UN persons alert on
 * other designations), and nothing at all to a name below
 * {@link SLOPE_FROM}, where the name's weights stop rising in line with its
 * score, so that an adjustment in score units (weight / slope) no longer
 * means what it says (model 1.9.0; 1.6.0 had 0.6, which left out aliases of
 * 0.5–0.6 on both folds: chosen on fold B, 0.5 adds no stranger's alert
 * there; chosen on fold A, 0.45 would have, reported on B, added a real one);
 * a nationality with no agreeing birth date lifts half its weight (Ali Akbar,
 * Iranian, meets Ali Akbar Tahmaesebi).
 */
const RULES = { birthYearAloneFactor: 0.5, birthYearMinNameScore: SLOPE_FROM, nationalityAloneFactor: 0.5 } as const;

/** Birth-date outcomes as the fit counts them. */
const DOB = ['same-day', 'same-year', 'other-day', 'within-range', 'near', 'conflict', 'entity', 'unknown'] as const;
type DobOutcome = (typeof DOB)[number];
const NAT = ['match', 'related', 'conflict', 'unknown'] as const;
type NatOutcome = (typeof NAT)[number];

const RANK: Record<BirthDateOutcome, number> = { 'same-day': 6, 'same-year': 5, 'within-range': 5, 'other-day': 4, near: 3, conflict: 1, unknown: 0 };

/** The best outcome of a caller's birth date against a designation's dates, as `screen/evidence.ts` reads it. */
function dobOutcome(q: NormalizedQuery, record: SanctionsRecord): DobOutcome {
  if (q.dateOfBirth === undefined) return 'unknown';
  if (record.kind === 'entity') return 'entity';
  let best: BirthDateOutcome = 'unknown';
  for (const dob of record.datesOfBirth) {
    const o = compareBirthDate(q.dateOfBirth, dob, SCORING_MODEL.birthDates);
    if (RANK[o] > RANK[best]) best = o;
  }
  return best;
}

const codes = (texts: Array<string | undefined>) => new Set(texts.flatMap((t) => (t === undefined ? [] : countryCodes(t))));

/** A caller's nationality against a designation's, as `screen/evidence.ts` reads it. */
function natOutcome(q: NormalizedQuery, record: SanctionsRecord): NatOutcome {
  if (q.nationalities.length === 0 || record.kind !== 'individual') return 'unknown';
  const person = record as Individual;
  const listed = codes(person.nationality);
  const related = codes([...person.placesOfBirth.map((p) => p.country), ...person.addresses.map((a) => a.country), ...person.documents.map((d) => d.issuingCountry ?? d.countryOfIssue)]);
  if (listed.size === 0 && related.size === 0) return 'unknown';
  if (q.nationalities.some((c) => listed.has(c))) return 'match';
  if (q.nationalities.some((c) => related.has(c))) return 'related';
  return 'conflict';
}

const bandOf = (score: number) => BANDS.find((b) => score >= b - 1e-9);

type Table = Map<string, number>;
const bump = (t: Table, key: string) => t.set(key, (t.get(key) ?? 0) + 1);
const totalOf = (t: Table) => [...t.values()].reduce((a, b) => a + b, 0);
/** The smoothed share of `key` among `keys`. */
const share = (t: Table, key: string, keys: readonly string[]) => ((t.get(key) ?? 0) + 0.5) / (keys.reduce((sum, k) => sum + (t.get(k) ?? 0), 0) + 0.5 * keys.length);

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

/**
 * Of pairs of listed people born in the same year, both with a full date, the
 * share born on the same day and month too, by the first one's day: on 1
 * January (the day a record gives when only the year is known: one pair in
 * ten) or on another day (one in 300, near 1/365). How much a full date says
 * beyond its year depends on which day it is.
 */
export function sameDayShares(list: SanctionsList): { firstJanuary: number; otherDay: number } {
  const byYear = new Map<number, string[]>();
  for (const r of list.records) {
    if (r.kind !== 'individual') continue;
    const days = new Set(r.datesOfBirth.flatMap((d) => (d.date === undefined ? [] : [d.date])));
    for (const date of days) {
      const year = Number(date.slice(0, 4));
      byYear.set(year, [...(byYear.get(year) ?? []), date.slice(5)]);
    }
  }
  const count = { firstJanuary: { pairs: 0, same: 0 }, otherDay: { pairs: 0, same: 0 } };
  for (const days of byYear.values()) {
    for (let i = 0; i < days.length; i++) {
      for (let j = 0; j < days.length; j++) {
        if (i === j) continue;
        const c = days[i] === '01-01' ? count.firstJanuary : count.otherDay;
        c.pairs++;
        if (days[i] === days[j]) c.same++;
      }
    }
  }
  const smoothed = (c: { pairs: number; same: number }) => (c.same + 0.5) / (c.pairs + 1);
  return { firstJanuary: smoothed(count.firstJanuary), otherDay: smoothed(count.otherDay) };
}

export interface Fit {
  fold: Fold | 'all';
  counts: { m: Record<string, Record<string, number>>; u: Record<string, Record<string, number>>; uByCountry: Record<string, Record<string, number>> };
  /** ln(m/u) per outcome. */
  weights: Record<string, Record<string, number>>;
  /** ln(m/u) per unit of name score. */
  slope: number;
  /** Of listed pairs born in the same year with full dates, the share on the same day, by the first one's day. */
  sameDayShares: { firstJanuary: number; otherDay: number };
  /** The model variant: SCORING_MODEL with the fitted evidence adjustments. */
  changes: { version: string; evidence: Partial<ScoringModel['evidence']> };
}

/** Variants of the fit, each measured and not kept (docs/ACCURACY.md, "With birth date and nationality"); the defaults make the model's numbers. */
export interface FitOptions extends FitVariant {
  dir?: string;
}

/** Fits the evidence weights on `fold` (or every case). */
export function fitEvidence(fold: Fold | 'all', options: FitOptions = {}): Fit {
  const { dir = evalDir(), strangers = 'real', listCountries = true, yearCount = false, givenFields = false } = options;
  const inFold = (key: string) => fold === 'all' || foldOf(key) === fold;
  const list = parseList(newestListBytes());
  const index = NameIndex.build(list, { model: SCORING_MODEL });
  const m = { name: new Map(), dob: new Map(), nat: new Map() } as Record<'name' | 'dob' | 'nat', Table>;
  const u = { name: new Map(), dob: new Map(), nat: new Map() } as Record<'name' | 'dob' | 'nat', Table>;
  const uByCountry = new Map<string, Table>();
  // m: persons whose designation can give a same year (or a range) at all; u: the years that give it, summed over the pairs.
  const years = { m: new Map(), u: new Map() } as Record<'m' | 'u', Table>;

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
    if (!givenFields || q.dateOfBirth !== undefined) bump(m.dob, dobOutcome(q, record));
    if (!givenFields || q.nationalities.length > 0) bump(m.nat, natOutcome(q, record));
    const listed = listedBirthDates(record);
    if (yearsGiving('same-year', listed) > 0) bump(years.m, 'same-year');
    if (yearsGiving('within-range', listed) > 0) bump(years.m, 'within-range');
  }
  // Strangers: the negatives (in the fold by their query) for every u; UN persons against the other
  // designations their name brings up (in the fold by their own) for the per-country nationality u only.
  const strangersOf = [
    ...[...(strangers === 'all' ? loadNegatives(dir) : []), ...loadRealNegatives(dir)].map((n) => ({ ...n, key: n.query, own: [] as string[], countriesOnly: false })),
    ...(listCountries ? loadPersons(dir).filter((p) => p.variant === 'primary').map((p) => ({ ...p, key: p.expectedRefs[0] ?? p.query, own: p.expectedRefs, countriesOnly: true })) : []),
  ];
  for (const n of strangersOf) {
    if (!inFold(n.key)) continue;
    const q = query(n.query, n.dateOfBirth, n.nationality);
    if (q === undefined) continue;
    for (const hit of index.search(n.query, { threshold: FLOOR, limit: 30 })) {
      if (n.own.includes(hit.record.referenceNumber)) continue;
      const nat = natOutcome(q, hit.record);
      if (!n.countriesOnly) {
        bump(u.name, String(bandOf(hit.score)));
        if (!givenFields || q.dateOfBirth !== undefined) bump(u.dob, dobOutcome(q, hit.record));
        if (!givenFields || q.nationalities.length > 0) bump(u.nat, nat);
        const listed = listedBirthDates(hit.record);
        years.u.set('same-year', (years.u.get('same-year') ?? 0) + yearsGiving('same-year', listed));
        years.u.set('within-range', (years.u.get('within-range') ?? 0) + yearsGiving('within-range', listed));
      }
      if (nat !== 'unknown' && q.nationalities.length === 1) {
        const code = q.nationalities[0]!;
        if (!uByCountry.has(code)) uByCountry.set(code, new Map());
        bump(uByCountry.get(code)!, nat);
      }
    }
  }

  const weights: Fit['weights'] = { name: {}, dob: {}, nat: {}, nationalityMatchByCountry: {} };
  const bandKeys = BANDS.map(String);
  for (const key of bandKeys) {
    const mShare = ((m.name.get(key) ?? 0) + 0.5) / (totalOf(m.name) + 0.5 * (bandKeys.length + 1));
    weights['name']![key] = Math.log(mShare / share(u.name, key, bandKeys));
  }
  for (const key of DOB) weights['dob']![key] = Math.log(share(m.dob, key, DOB) / share(u.dob, key, DOB));
  // No stranger shares a full date: its u is the same year with both dates full, times the list's
  // same-day share for that day (1 January, or another day).
  const sameDay = sameDayShares(list);
  const uSameYearFull = share(u.dob, 'same-day', DOB) + share(u.dob, 'other-day', DOB);
  weights['dob']!['same-day'] = Math.log(share(m.dob, 'same-day', DOB) / (uSameYearFull * sameDay.otherDay));
  weights['dob']!['same-day-1-january'] = Math.log(share(m.dob, 'same-day', DOB) / (uSameYearFull * sameDay.firstJanuary));
  // Per year that gives it (yearsGiving): m among the persons whose designation can give the outcome,
  // u = the pooled share spread over the years the strangers' candidates give it for.
  for (const key of ['same-year', 'within-range'] as const) {
    const mShare = share(m.dob, key, DOB) * (totalOf(m.dob) / Math.max(1, years.m.get(key) ?? 0));
    const uShare = share(u.dob, key, DOB) * (totalOf(u.dob) / Math.max(1, years.u.get(key) ?? 0));
    weights['dob']![`${key}-one-year`] = Math.log(mShare / uShare);
  }
  for (const key of NAT) weights['nat']![key] = Math.log(share(m.nat, key, NAT) / share(u.nat, key, NAT));
  const known = ['match', 'related', 'conflict'] as const;
  const mMatch = share(m.nat, 'match', known);
  const pooled = share(u.nat, 'match', known);
  weights['nat']!['match'] = Math.log(mMatch / pooled);
  for (const [code, t] of [...uByCountry.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const pairs = known.reduce((sum, k) => sum + (t.get(k) ?? 0), 0);
    if (pairs < MIN_PAIRS) continue;
    weights['nationalityMatchByCountry']![code] = Math.log(mMatch / (((t.get('match') ?? 0) + PRIOR_PAIRS * pooled) / (pairs + PRIOR_PAIRS)));
  }

  // Slope of the name weight per unit of score, over the bands from SLOPE_FROM (band midpoints).
  const points = BANDS.filter((b) => b >= SLOPE_FROM - 1e-9).map((b, i) => [i === 0 ? 0.975 : b + 0.025, weights['name']![String(b)]!] as const);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const mx = mean(points.map((p) => p[0]));
  const my = mean(points.map((p) => p[1]));
  const slope = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0) / points.reduce((s, [x]) => s + (x - mx) ** 2, 0);

  const adjust = (w: number) => Math.round((w / slope) * 1000) / 1000;
  const neutral = (w: number) => Math.max(0, adjust(w));
  const dob = weights['dob']!;
  const nat = weights['nat']!;
  const evidence: { -readonly [K in keyof ScoringModel['evidence']]?: ScoringModel['evidence'][K] } = {
    birthDateSameDay: adjust(dob['same-day']!),
    birthDateSameDayFirstJanuary: adjust(dob['same-day-1-january']!),
    birthYearMatch: adjust(dob[yearCount ? 'same-year-one-year' : 'same-year']!),
    birthDateOtherDay: neutral(dob['other-day']!),
    birthDateInRange: adjust(dob[yearCount ? 'within-range-one-year' : 'within-range']!),
    birthYearsCountWeight: yearCount ? Math.round((1 / slope) * 1000) / 1000 : 0,
    birthYearAloneFactor: RULES.birthYearAloneFactor,
    birthYearMinNameScore: RULES.birthYearMinNameScore,
    birthYearNear: neutral(dob['near']!),
    birthDateConflict: adjust(dob['conflict']!),
    nationalityMatch: adjust(nat['match']!),
    nationalityMatchByCountry: Object.fromEntries(Object.entries(weights['nationalityMatchByCountry']!).map(([code, w]) => [code, adjust(w)])),
    nationalityAloneFactor: RULES.nationalityAloneFactor,
    nationalityConflict: adjust(nat['conflict']!),
  };
  const plain = (t: Table) => Object.fromEntries([...t.entries()].sort());
  return {
    fold,
    counts: {
      m: { name: plain(m.name), dob: plain(m.dob), nat: plain(m.nat) },
      u: { name: plain(u.name), dob: plain(u.dob), nat: plain(u.nat) },
      uByCountry: Object.fromEntries([...uByCountry.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([code, t]) => [code, plain(t)])),
    },
    weights,
    slope,
    sameDayShares: sameDay,
    changes: { version: `fs-evidence-${fold}`, evidence },
  };
}

const BEGIN = '    // evidence:begin (written by `npm run model:fit` from the fit on both folds)';
const END = '    // evidence:end';

/** `source` (src/scoring-model.ts) with its evidence block made of `fit`'s numbers; the numbers the fit does not give stay. */
export function withDefaultEvidence(source: string, fit: Fit): string {
  const start = source.indexOf(BEGIN);
  const end = source.indexOf(END);
  if (start < 0 || end < start) throw new Error('src/scoring-model.ts has no evidence:begin / evidence:end markers');
  const lines = Object.entries(fit.changes.evidence).map(([key, value]) =>
    typeof value === 'number'
      ? `    ${key}: ${value},`
      : `    ${key}: {${Object.entries(value)
          .map(([code, w]) => ` ${code}: ${w}`)
          .join(',')} },`,
  );
  return `${source.slice(0, start)}${BEGIN}\n${lines.join('\n')}\n${source.slice(end)}`;
}

if (isMain(import.meta.url)) {
  const argv = process.argv.slice(2);
  const at = (flag: string) => (argv.indexOf(flag) >= 0 ? argv[argv.indexOf(flag) + 1] : undefined);
  const folds = (at('--fold') === undefined ? ['A', 'B', 'all'] : [at('--fold')]) as Array<Fold | 'all'>;
  const strangers = (at('--strangers') ?? 'real') as 'real' | 'all';
  const listCountries = !argv.includes('--no-list-countries');
  const variant: FitOptions = { strangers, listCountries, yearCount: argv.includes('--year-count'), givenFields: argv.includes('--given-fields') };
  mkdirSync(projectPath('bench/models'), { recursive: true });
  if (argv.includes('--check')) {
    // The evidence block is the default fit's, whatever variant flags come with --check.
    const file = projectPath('src/scoring-model.ts');
    const current = readFileSync(file, 'utf8');
    if (withDefaultEvidence(current, fitEvidence('all')) !== current) {
      console.error('src/scoring-model.ts: the evidence block is not the fit of the dev sets; run npm run model:fit');
      process.exitCode = 1;
    }
  } else for (const fold of folds) {
    const fit = fitEvidence(fold, variant);
    const outputs = fitOutputs(fold, variant);
    const out = projectPath(outputs.model);
    writeFileSync(out, `${JSON.stringify(fit.changes, null, 2)}\n`);
    writeFileSync(projectPath(outputs.tables), `${JSON.stringify({ counts: fit.counts, weights: fit.weights, slope: fit.slope, sameDayShares: fit.sameDayShares }, null, 2)}\n`);
    console.log(`fold ${fold}: slope ${fit.slope.toFixed(2)} per unit of name score; wrote ${out}: ${JSON.stringify(fit.changes.evidence)}`);
    if (outputs.defaultBlock) {
      const file = projectPath('src/scoring-model.ts');
      writeFileSync(file, withDefaultEvidence(readFileSync(file, 'utf8'), fit));
      console.log(`wrote the evidence block of ${file}`);
    }
  }
}
