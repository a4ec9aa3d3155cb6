/**
 * The accuracy benchmark: the matcher at its default threshold, side by side
 * with a brute-force Jaro-Winkler and Fuse.js, on the real list and the
 * public accuracy sets. Writes bench/results/accuracy.{json,md}.
 *
 *   npm run bench:accuracy [-- --quick] [-- --eval-dir DIR] [-- --model FILE.json]
 *
 * `--model FILE.json` measures a variant of the scoring model: the file holds
 * the changes to SCORING_MODEL, with a version of their own
 * (`{ "version": "try-1", "alignment": { "middleName": 0.35 } }`, see
 * `withScoringModel`).
 */
import jaroWinkler from 'talisman/metrics/jaro-winkler.js';
import { NameIndex } from '../src/search/name-index.js';
import { Screener } from '../src/screen/screener.js';
import { compareNames } from '../src/match/compare.js';
import { SCORING_MODEL, withScoringModel, type ScoringModel } from '../src/scoring-model.js';
import { readFileSync } from 'node:fs';
import { foldName } from '../src/normalize/fold.js';
import { parseList } from '../src/parse/index.js';
import { BruteForceJaroWinkler, FuseBaseline, thresholdForAlertRate } from './accuracy/baselines.js';
import { evalDir, loadNegatives, loadPairs, loadPersons, loadRealNegatives } from '../harness/data.js';
import { evaluateDecisions, renderDecisions, type Decisions } from './accuracy/decisions.js';
import {
  aliasCases,
  evaluateAliases,
  evaluateNegatives,
  evaluatePairs,
  evaluatePersons,
  evaluateNegativesWithEvidence,
  evaluatePersonsWithEvidence,
  matcherSearcher,
  type AliasResult,
  type EvidenceEffect,
  type Recall,
} from '../harness/evaluate.js';
import { benchOptions, isMain, newestListBytes, writeReport, type BenchOptions } from './lib.js';
import { seededShuffle } from '../harness/random.js';
import { main as textMain } from './accuracy-text.js';

const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);
const per10k = (n: number, total: number) => ((n / Math.max(1, total)) * 10_000).toFixed(2);
const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
const recallCell = (r: Recall) => `${pct(r.recall)} (${r.found}/${r.total})`;

/** The model to measure: `--model FILE.json` (changes to SCORING_MODEL), else SCORING_MODEL. */
export function benchModel(argv: string[] = process.argv.slice(2)): ScoringModel {
  const i = argv.indexOf('--model');
  if (i < 0 || argv[i + 1] === undefined) return SCORING_MODEL;
  return withScoringModel(JSON.parse(readFileSync(argv[i + 1]!, 'utf8')));
}

export async function main(options: BenchOptions, model: ScoringModel = benchModel()): Promise<void> {
  const started = performance.now();
  const dir = evalDir();
  const list = parseList(newestListBytes());
  const index = NameIndex.build(list, { model });
  const persons = loadPersons(dir);
  const negatives = loadNegatives(dir);
  const pairs = loadPairs(dir);
  const aliases = aliasCases(list);
  const ours = matcherSearcher(index);

  // The matcher, on everything.
  const oursResult = {
    persons: evaluatePersons(ours, persons),
    aliases: evaluateAliases(ours, aliases),
    negatives: evaluateNegatives(ours, negatives),
    realNegatives: evaluateNegatives(ours, loadRealNegatives(dir)),
    pairs: evaluatePairs(pairs, (a, b) => compareNames(a, b, { model })),
  };
  // The Screener with birth dates and nationalities, against the name alone.
  const screener = new Screener(list, { model });
  const evidence = {
    persons: evaluatePersonsWithEvidence(screener, persons),
    negatives: evaluateNegativesWithEvidence(screener, negatives),
  };

  // Decisions with evidence by fold: the current model, and the measured one beside it when it differs.
  const realNegatives = loadRealNegatives(dir);
  const decisionData = {
    persons,
    synthetic: options.quick ? seededShuffle(negatives, 7).slice(0, 10_000) : negatives,
    real: realNegatives,
  };
  const decisions: Decisions[] = [SCORING_MODEL, ...(model === SCORING_MODEL ? [] : [model])].map((m) => evaluateDecisions(list, m, decisionData));

  // Baselines are slow (they scan every name): they run on seeded samples.
  const sample = <T>(items: T[], n: number, seed: number) => seededShuffle(items, seed).slice(0, n);
  const negativeSample = sample(negatives, options.quick ? 300 : 3000, 1);
  const aliasSample = sample(aliases, options.quick ? 200 : 1500, 2);
  const personSample = options.quick ? sample(persons, 150, 3) : persons;
  const fuseNegatives = sample(negatives, options.quick ? 100 : 1000, 4);
  const fuseAliases = sample(aliases, options.quick ? 100 : 800, 5);
  const fusePersons = options.quick ? sample(persons, 100, 6) : persons;

  const jw = new BruteForceJaroWinkler(list);
  const jwThreshold = thresholdForAlertRate(negativeSample.map((c) => jw.topScore(c.query)), 10);
  const jwSearcher = jw.searcher(jwThreshold);
  const sorted = (text: string) => foldName(text).split(' ').sort().join(' ');
  const jwPair = (a: string, b: string) => {
    const score = Math.max(jaroWinkler(foldName(a), foldName(b)), jaroWinkler(sorted(a), sorted(b)));
    return { score, match: score >= jwThreshold };
  };
  const jwResult = {
    threshold: jwThreshold,
    persons: evaluatePersons(jwSearcher, personSample),
    aliases: evaluateAliases(jwSearcher, aliasSample),
    negatives: evaluateNegatives(jwSearcher, negativeSample),
    pairs: evaluatePairs(pairs, jwPair),
  };
  const fuse = new FuseBaseline(list).searcher();
  const fuseResult = {
    persons: evaluatePersons(fuse, fusePersons),
    aliases: evaluateAliases(fuse, fuseAliases),
    negatives: evaluateNegatives(fuse, fuseNegatives),
  };

  const seconds = (performance.now() - started) / 1000;
  const report = {
    list: { dateGenerated: list.dateGenerated, sha256: list.sha256 },
    evalDir: dir,
    threshold: model.threshold,
    model: model === SCORING_MODEL ? model.version : model,
    quick: options.quick,
    seconds,
    samples: {
      jaroWinkler: { negatives: negativeSample.length, aliases: aliasSample.length, persons: personSample.length },
      fuse: { negatives: fuseNegatives.length, aliases: fuseAliases.length, persons: fusePersons.length },
    },
    matcher: oursResult,
    evidence,
    decisions,
    jaroWinkler: jwResult,
    fuse: fuseResult,
  };
  const markdown = renderMarkdown(report);
  writeReport('accuracy', report, markdown);
  console.log(`\n${markdown}`);
  console.log(`accuracy benchmark done in ${seconds.toFixed(1)} s; bench/results/accuracy.{json,md} written`);
  await textMain(options);
}

function aliasRows(name: string, result: AliasResult): string {
  return `| ${name} | ${recallCell(result.near)} | ${recallCell(result.mid)} | ${recallCell(result.far)} | ${recallCell(result.originalScript)} | ${
    result.byQuality['Good'] ? pct(result.byQuality['Good'].recall) : 'n/a'
  } | ${result.byQuality['Low'] ? pct(result.byQuality['Low'].recall) : 'n/a'} |`;
}

interface Report {
  list: { dateGenerated: string; sha256: string };
  model: string | ScoringModel;
  evalDir: string;
  threshold: number;
  quick: boolean;
  samples: Record<string, Record<string, number>>;
  evidence: { persons: EvidenceEffect; negatives: EvidenceEffect };
  decisions: Decisions[];
  matcher: {
    persons: ReturnType<typeof evaluatePersons>;
    aliases: AliasResult;
    negatives: ReturnType<typeof evaluateNegatives>;
    /** Real names other authorities sanction but the UN does not (real-negatives-dev.csv), by name alone. */
    realNegatives: ReturnType<typeof evaluateNegatives>;
    pairs: ReturnType<typeof evaluatePairs>;
  };
  jaroWinkler: {
    threshold: number;
    persons: ReturnType<typeof evaluatePersons>;
    aliases: AliasResult;
    negatives: ReturnType<typeof evaluateNegatives>;
    pairs: ReturnType<typeof evaluatePairs>;
  };
  fuse: { persons: ReturnType<typeof evaluatePersons>; aliases: AliasResult; negatives: ReturnType<typeof evaluateNegatives> };
}

function renderMarkdown(r: Report): string {
  const m = r.matcher;
  const pairRow = (name: string, p: ReturnType<typeof evaluatePairs>['all']) =>
    `| ${name} | ${p.total} | ${pct(p.precision)} | ${pct(p.recall)} | ${p.f1.toFixed(3)} | ${pct(p.accuracy)} |`;
  return [
    `# Accuracy at the default threshold (${r.threshold}), scoring model ${typeof r.model === 'string' ? r.model : r.model.version}`,
    '',
    `List ${r.list.dateGenerated} (sha256 ${r.list.sha256.slice(0, 12)}…), sets from \`${r.evalDir}\`${r.quick ? ' (quick pass: baseline samples are small)' : ''}.`,
    `Brute-force Jaro-Winkler threshold ${r.jaroWinkler.threshold.toFixed(4)}: set so that it alerts on 10 in 10,000 negatives (on its sample).`,
    `Baseline samples (seeded): Jaro-Winkler ${JSON.stringify(r.samples['jaroWinkler'])}, Fuse.js ${JSON.stringify(r.samples['fuse'])}; the matcher runs on every case.`,
    '',
    '## 1. UN persons: recall of expected_refs',
    '',
    '| | primary names | treated names |',
    '|---|---|---|',
    `| unsc-screen | ${recallCell(m.persons.primary)} | ${recallCell(m.persons.treated)} |`,
    `| brute-force JW | ${recallCell(r.jaroWinkler.persons.primary)} | ${recallCell(r.jaroWinkler.persons.treated)} |`,
    `| Fuse.js defaults | ${recallCell(r.fuse.persons.primary)} | ${recallCell(r.fuse.persons.treated)} |`,
    '',
    '## 2. The list\'s own aliases, left out one designation at a time',
    '',
    'Closeness of an alias to its primary name: Jaro-Winkler of the two names folded and token-sorted;',
    'near ≥ 0.9, mid 0.75–0.9, far < 0.75. Original script: NAME_ORIGINAL_SCRIPT against the Latin names.',
    '',
    '| | near | mid | far | original script | Good | Low |',
    '|---|---|---|---|---|---|---|',
    aliasRows('unsc-screen', m.aliases),
    aliasRows('brute-force JW', r.jaroWinkler.aliases),
    aliasRows('Fuse.js defaults', r.fuse.aliases),
    '',
    '## 3. Negatives: alerts per 10,000 names',
    '',
    '| | names | alerts | per 10,000 |',
    '|---|---|---|---|',
    `| unsc-screen | ${m.negatives.total} | ${m.negatives.alerts} | ${m.negatives.per10k.toFixed(2)} |`,
    `| brute-force JW | ${r.jaroWinkler.negatives.total} | ${r.jaroWinkler.negatives.alerts} | ${r.jaroWinkler.negatives.per10k.toFixed(2)} |`,
    `| Fuse.js defaults | ${r.fuse.negatives.total} | ${r.fuse.negatives.alerts} | ${r.fuse.negatives.per10k.toFixed(2)} |`,
    '',
    'unsc-screen alerts on negatives:',
    '',
    ...m.negatives.alerted.map((line) => `- ${line}`),
    '',
    `Real names other authorities sanction but the UN does not (real-negatives), by name alone: ${m.realNegatives.alerts} of ${m.realNegatives.total}, ${m.realNegatives.per10k.toFixed(2)} per 10,000:`,
    '',
    ...m.realNegatives.alerted.map((line) => `- ${line}`),
    '',
    '## 1b and 3b. With birth date and nationality (Screener)',
    '',
    'The same UN persons and negatives screened with the birth date and nationality of their row',
    '(a date or country the Screener cannot read, which it warns of, such as the noisy `1974-01-32`, is left out of that query).',
    '',
    '| | cases | evidence left out | name alone | with evidence | change |',
    '|---|---|---|---|---|---|',
    `| UN persons found | ${r.evidence.persons.total} | ${r.evidence.persons.evidenceDropped} | ${r.evidence.persons.nameOnly} | ${r.evidence.persons.withEvidence} | ${signed(r.evidence.persons.withEvidence - r.evidence.persons.nameOnly)} |`,
    `| negatives alerting | ${r.evidence.negatives.total} | ${r.evidence.negatives.evidenceDropped} | ${r.evidence.negatives.nameOnly} | ${r.evidence.negatives.withEvidence} | ${signed(r.evidence.negatives.withEvidence - r.evidence.negatives.nameOnly)} (${per10k(r.evidence.negatives.nameOnly, r.evidence.negatives.total)} → ${per10k(r.evidence.negatives.withEvidence, r.evidence.negatives.total)} per 10,000) |`,
    '',
    '## 4. Name pairs (compareNames)',
    '',
    '| | pairs | precision | recall | F1 | accuracy |',
    '|---|---|---|---|---|---|',
    pairRow('unsc-screen, all', m.pairs.all),
    pairRow('unsc-screen, curated', m.pairs.curated),
    pairRow('unsc-screen, LLM-proposed', m.pairs.llmProposed),
    pairRow('brute-force JW, all', r.jaroWinkler.pairs.all),
    '',
    `STRONG errors (${m.pairs.strongErrors.length}):`,
    '',
    ...(m.pairs.strongErrors.length === 0 ? ['- none'] : m.pairs.strongErrors.map((line) => `- ${line}`)),
    '',
    renderDecisions(r.decisions),
  ].join('\n');
}

if (isMain(import.meta.url)) await main(benchOptions());
