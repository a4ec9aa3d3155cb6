/**
 * The decisions bench alone (`decisions.ts`, section 5 of the accuracy
 * report) in about a minute instead of the whole accuracy bench: each
 * measure by fold, name alone → with evidence; `--cases` lists the aliases
 * missed with evidence, by band, each with its own name score, whether the
 * name search returned it and its evidence, and the negatives alerting above
 * low priority, by fold, with their alerts' reasons.
 *
 *   node --import tsx bench/accuracy/decisions-run.ts [--model FILE.json] [--cases] [--json]
 */
import { parseList } from '../../src/parse/index.js';
import { benchModel } from '../accuracy.js';
import { evalDir, loadNegatives, loadPersons, loadRealNegatives } from '../../harness/data.js';
import { isMain, newestListBytes } from '../lib.js';
import { decisionMeasures, evaluateDecisions, pct, per10k, type Decisions } from './decisions.js';

/** One line per measure: fold A | fold B, name alone → with evidence (alert rates: and above low priority, with the count). */
export function summarizeDecisions(d: Decisions): string[] {
  const line = (m: ReturnType<typeof decisionMeasures>[number]) =>
    `${m.name.padEnd(56)} ${(['A', 'B'] as const)
      .map((k) => {
        const f = m.counts[k];
        return m.kind === 'recall'
          ? `${pct(f.nameOnly, f.total)} → ${pct(f.withEvidence, f.total)} (${f.total - f.withEvidence} missed)`
          : `${per10k(f.nameOnly, f.total)} → ${per10k(f.withEvidence, f.total)}, above low ${per10k(f.withEvidence - f.lowOnly, f.total)} (${f.withEvidence - f.lowOnly})`;
      })
      .join(' | ')}`;
  return [`model ${d.model}: fold A | fold B`, ...decisionMeasures(d).map(line)];
}

/** The cases behind the figures, by band and fold. */
export function listCases(d: Decisions): string[] {
  const lines: string[] = [];
  for (const [band, cases] of Object.entries(d.cases.missed)) {
    for (const fold of ['A', 'B'] as const) {
      const inFold = cases.filter((c) => c.fold === fold);
      lines.push('', `## missed ${band}, fold ${fold} (${inFold.length})`, ...inFold.map((c) => `- ${c.note}`));
    }
  }
  for (const [set, cases] of Object.entries(d.cases.alerting)) {
    for (const fold of ['A', 'B'] as const) {
      const inFold = cases.filter((c) => c.fold === fold);
      lines.push('', `## ${set} negatives above low, fold ${fold} (${inFold.length})`, ...inFold.map((c) => `- ${c.note}`));
    }
  }
  return lines;
}

if (isMain(import.meta.url)) {
  const dir = evalDir();
  const d = evaluateDecisions(parseList(newestListBytes()), benchModel(), {
    persons: loadPersons(dir),
    synthetic: loadNegatives(dir),
    real: loadRealNegatives(dir),
  });
  if (process.argv.includes('--json')) console.log(JSON.stringify({ ...d, cases: process.argv.includes('--cases') ? d.cases : undefined }, null, 1));
  else console.log([...summarizeDecisions(d), ...(process.argv.includes('--cases') ? listCases(d) : [])].join('\n'));
}
