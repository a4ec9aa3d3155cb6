/**
 * The free-text set (text-dev.csv): listed names embedded in payment text,
 * and ordinary lines, screened with `Screener.screenText`. Two folds, by a
 * hash of the expected reference (a designation is in one fold only) or of
 * the text (ordinary lines), so that a rule is kept only when it helps both.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import type { Screener } from '../src/screen/screener.js';

export const TEXT_VARIANTS = ['exact', 'case', 'typo', 'punct', 'reordered', 'abbrev', 'original_script'] as const;
export type TextVariant = (typeof TEXT_VARIANTS)[number];

export interface TextCase {
  text: string;
  expectedRefs: string[];
  positive: boolean;
  field: string;
  variant: TextVariant;
  /** 0 or 1. */
  fold: number;
}

/**
 * Fold of a key: a bit of a salted sha256 (the dev/held-out split itself
 * looks like a bit of the reference's sha1: every dev reference has the same).
 */
export function foldOf(key: string): number {
  return createHash('sha256').update(`text-fold:${key}`).digest()[0]! & 1;
}

/** Reads the text set (`text-dev.csv`, or a held-out twin named `text.csv` / `text-test.csv`). */
export function loadTextCases(dir: string): TextCase[] {
  const file = ['text-dev.csv', 'text.csv', 'text-test.csv', 'text-heldout.csv'].find((name) => {
    try {
      readFileSync(`${dir}/${name}`, { flag: 'r' });
      return true;
    } catch {
      return false;
    }
  });
  if (file === undefined) throw new Error(`No text*.csv in ${dir}`);
  const rows = parse(readFileSync(`${dir}/${file}`), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return rows.map((row) => {
    const expectedRefs = (row['expected_refs'] ?? '').split(/\s+/).filter(Boolean);
    const text = row['text'] ?? '';
    return {
      text,
      expectedRefs,
      positive: row['kind'] === 'positive',
      field: row['field'] ?? '',
      variant: (row['variant'] ?? 'exact') as TextVariant,
      fold: foldOf(expectedRefs.length > 0 ? expectedRefs[0]! : text),
    };
  });
}

export interface TextRecall {
  found: number;
  total: number;
  recall: number;
}

export interface TextFoldResult {
  positives: TextRecall;
  byVariant: Record<string, TextRecall>;
  ordinary: { total: number; alerted: number; per10k: number };
  /** Positive lines with a hit on a designation not expected (besides or instead of the expected one). */
  positivesWithOtherHits: number;
  /** Missed positive lines (first 40): variant, text, expected. */
  missed: string[];
  /** Alerted ordinary lines (first 40): text → designation and score. */
  alerted: string[];
  /** Every missed positive line (for `--cases`). */
  missedCases: MissedCase[];
}

/** A positive line with an expected designation not found. */
export interface MissedCase {
  variant: TextVariant;
  fold: number;
  text: string;
  expectedRefs: string[];
  /** What was found instead: designation, score, span text. */
  got: string[];
}

export interface TextResult {
  threshold: number;
  all: TextFoldResult;
  folds: [TextFoldResult, TextFoldResult];
}

const recall = (found: number, total: number): TextRecall => ({ found, total, recall: total === 0 ? 1 : found / total });

/** Screens every case at `threshold`; a positive line is found when every expected designation has a hit. */
export function evaluateText(screener: Screener, cases: readonly TextCase[], threshold?: number): TextResult {
  const outcomes = cases.map((c) => {
    const result = screener.screenText(c.text, threshold === undefined ? undefined : { threshold });
    return { c, refs: result.hits.map((hit) => `${hit.alert.referenceNumber} ${hit.alert.score.toFixed(2)} "${hit.text.replace(/\n/g, '⏎')}"`), hitRefs: new Set(result.hits.map((h) => h.alert.referenceNumber)), threshold: result.options.threshold };
  });
  const summarize = (fold: number | undefined): TextFoldResult => {
    const chosen = outcomes.filter((o) => fold === undefined || o.c.fold === fold);
    const positives = chosen.filter((o) => o.c.positive);
    const ordinary = chosen.filter((o) => !o.c.positive);
    const isFound = (o: (typeof outcomes)[number]) => o.c.expectedRefs.every((ref) => o.hitRefs.has(ref));
    const byVariant: Record<string, TextRecall> = {};
    for (const variant of TEXT_VARIANTS) {
      const of = positives.filter((o) => o.c.variant === variant);
      byVariant[variant] = recall(of.filter(isFound).length, of.length);
    }
    const alertedLines = ordinary.filter((o) => o.hitRefs.size > 0);
    return {
      positives: recall(positives.filter(isFound).length, positives.length),
      byVariant,
      ordinary: { total: ordinary.length, alerted: alertedLines.length, per10k: (alertedLines.length / Math.max(1, ordinary.length)) * 10_000 },
      positivesWithOtherHits: positives.filter((o) => [...o.hitRefs].some((ref) => !o.c.expectedRefs.includes(ref))).length,
      missed: positives.filter((o) => !isFound(o)).slice(0, 40).map((o) => `${o.c.variant}: ${JSON.stringify(o.c.text)} → expected ${o.c.expectedRefs.join(' ')}; got ${o.refs.join(', ') || 'nothing'}`),
      missedCases: positives.filter((o) => !isFound(o)).map((o) => ({ variant: o.c.variant, fold: o.c.fold, text: o.c.text, expectedRefs: o.c.expectedRefs, got: o.refs })),
      alerted: alertedLines.slice(0, 40).map((o) => `${o.c.variant}: ${JSON.stringify(o.c.text)} → ${o.refs.join(', ')}`),
    };
  };
  return { threshold: outcomes[0]?.threshold ?? threshold ?? 0, all: summarize(undefined), folds: [summarize(0), summarize(1)] };
}
