/**
 * The golden file: thousands of queries from the dev sets in fixtures/eval
 * and what the library answers them, scores to 3 decimals, with the rules
 * of every alignment. A refactoring must leave it byte-identical
 * (test/golden.test.ts); a change of the matcher regenerates it on purpose
 * (`npm run golden`) and summarizes the difference in its commit.
 *
 * It reads the library through its package root only, so that files may
 * move inside `src/` without touching it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compareNames, parseList, Screener, type Alert, type ScreenQuery } from '../src/index.js';
import { loadNegatives, loadPairs, loadPersons } from './data.js';
import { seededShuffle } from './random.js';

/** Where the golden file lives. */
export const GOLDEN_PATH = fileURLToPath(new URL('../test/golden/scores.tsv', import.meta.url));

/** Lowest score written: below the default threshold, so that near misses are pinned too. */
const GOLDEN_THRESHOLD = 0.5;
/** Most alerts written per query. */
const GOLDEN_LIMIT = 5;
/** Negatives in the sample (seeded): every one screened by name, every other one with its evidence too. */
const NEGATIVE_SAMPLE = 2500;

const project = (relative: string) => fileURLToPath(new URL(`../${relative}`, import.meta.url));

const fixed = (n: number) => n.toFixed(3);

function describeAlert(alert: Alert): string {
  const rules = alert.alignment.map((pair) => `${pair.query}~${pair.listed}:${pair.rule}:${fixed(pair.similarity)}`).join(',');
  const evidence = alert.evidence.map((e) => `${e.kind}:${e.outcome}:${fixed(e.adjustment)}`).join(',');
  return `${alert.referenceNumber} ${fixed(alert.nameScore)} ${fixed(alert.score)} ${alert.priority} ${alert.matchedName?.source ?? '-'} [${rules}] [${evidence}]`;
}

function screenLine(screener: Screener, label: string, query: ScreenQuery): string {
  const input = [query.name, query.dateOfBirth ?? '', query.nationality ?? ''].join(' | ');
  let output: string;
  try {
    const alerts = screener.screen(query).alerts;
    output = alerts.length === 0 ? '-' : alerts.map(describeAlert).join(' ; ');
  } catch (error) {
    output = `error ${(error as { code?: string }).code ?? (error as Error).name}`;
  }
  return `${label}\t${input}\t${output}`;
}

/** The golden file's lines, in a fixed order, from the dev sets in `evalDir`. */
export function goldenLines(evalDir = project('fixtures/eval')): string[] {
  const list = parseList(readFileSync(project('fixtures/consolidated-2026-02-27.xml')));
  const screener = new Screener(list, { threshold: GOLDEN_THRESHOLD, limit: GOLDEN_LIMIT });
  const lines: string[] = [];
  for (const c of loadPersons(evalDir)) {
    lines.push(screenLine(screener, `person-${c.variant}`, { name: c.query }));
    if (c.dateOfBirth !== '' || c.nationality !== '') {
      lines.push(screenLine(screener, `person-${c.variant}+evidence`, { name: c.query, dateOfBirth: c.dateOfBirth, nationality: c.nationality }));
    }
  }
  const negatives = seededShuffle(loadNegatives(evalDir), 14).slice(0, NEGATIVE_SAMPLE);
  negatives.forEach((c, i) => {
    lines.push(screenLine(screener, 'negative', { name: c.query }));
    if (i % 2 === 0 && (c.dateOfBirth !== '' || c.nationality !== '')) {
      lines.push(screenLine(screener, 'negative+evidence', { name: c.query, dateOfBirth: c.dateOfBirth, nationality: c.nationality }));
    }
  });
  for (const c of loadPairs(evalDir)) {
    const result = compareNames(c.name1, c.name2);
    const rules = result.alignment.map((pair) => `${pair.query}~${pair.listed}:${pair.rule}:${fixed(pair.similarity)}`).join(',');
    lines.push(`pair\t${c.name1} | ${c.name2}\t${fixed(result.score)} ${result.match} [${rules}] unmatched [${result.unmatched.query.join(',')}] [${result.unmatched.listed.join(',')}]`);
  }
  return lines;
}

/** The golden file's text. */
export function goldenText(evalDir?: string): string {
  return `${goldenLines(evalDir).join('\n')}\n`;
}
