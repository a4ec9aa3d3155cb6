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
import { evaluateDecisions, type Decisions, type Folded } from './decisions.js';

const pct = (n: number, total: number) => `${((n / Math.max(1, total)) * 100).toFixed(1)}%`;
const per10k = (n: number, total: number) => ((n / Math.max(1, total)) * 10_000).toFixed(1);

/** One line per measure: fold A | fold B, name alone → with evidence (negatives: and above low priority). */
export function summarizeDecisions(d: Decisions): string[] {
  const recall = (name: string, f: Folded) => `${name.padEnd(16)} ${(['A', 'B'] as const).map((k) => `${pct(f[k].nameOnly, f[k].total)} → ${pct(f[k].withEvidence, f[k].total)} (${f[k].total - f[k].withEvidence} missed)`).join(' | ')}`;
  const alerts = (name: string, f: Folded) =>
    `${name.padEnd(16)} ${(['A', 'B'] as const).map((k) => `${per10k(f[k].nameOnly, f[k].total)} → ${per10k(f[k].withEvidence, f[k].total)}, above low ${per10k(f[k].withEvidence - f[k].lowOnly, f[k].total)} (${f[k].withEvidence - f[k].lowOnly})`).join(' | ')}`;
  return [
    `model ${d.model}: fold A | fold B`,
    recall('persons', d.persons),
    alerts('persons: others', d.otherDesignations),
    recall('aliases near', d.aliases.near),
    recall('aliases mid', d.aliases.mid),
    recall('aliases far', d.aliases.far),
    recall('original script', d.aliases.originalScript),
    alerts('synthetic /10k', d.synthetic),
    alerts('real /10k', d.real),
  ];
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
