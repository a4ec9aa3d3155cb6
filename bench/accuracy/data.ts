/**
 * The public accuracy sets (dev halves, from ../shared/eval, copied to fixtures/eval).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { projectPath } from '../lib.js';

export interface PersonCase {
  query: string;
  variant: 'primary' | 'treated';
  expectedRefs: string[];
  dateOfBirth: string;
  nationality: string;
}

export interface NegativeCase {
  query: string;
  source: string;
  dateOfBirth: string;
  nationality: string;
}

export interface PairCase {
  group: string;
  schema: string;
  name1: string;
  name2: string;
  isMatch: boolean;
  quality: 'STRONG' | 'MEDIUM' | 'WEAK';
  category: string;
}

/** Where the sets are read from: `--eval-dir DIR`, or fixtures/eval. */
export function evalDir(argv: string[] = process.argv.slice(2)): string {
  const i = argv.indexOf('--eval-dir');
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : projectPath('fixtures/eval');
}

function rows(dir: string, file: string): Record<string, string>[] {
  return parse(readFileSync(`${dir}/${file}`), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
}

/** The first file in `dir` whose name starts with `prefix` (dev sets end in -dev, held-out twins may not). */
function find(dir: string, prefix: string): string {
  const names = ['-dev.csv', '.csv', '-test.csv', '-heldout.csv'].map((suffix) => `${prefix}${suffix}`);
  for (const name of names) {
    try {
      readFileSync(`${dir}/${name}`, { flag: 'r' }).subarray(0, 1);
      return name;
    } catch {
      // try the next name
    }
  }
  throw new Error(`No ${prefix}*.csv in ${dir}`);
}

export function loadPersons(dir: string): PersonCase[] {
  return rows(dir, find(dir, 'un-persons')).map((row) => ({
    query: row['query'] ?? '',
    variant: row['variant'] === 'treated' ? 'treated' : 'primary',
    expectedRefs: (row['expected_refs'] ?? '').split(/\s+/).filter(Boolean),
    dateOfBirth: row['date_of_birth'] ?? '',
    nationality: row['nationality'] ?? '',
  }));
}

export function loadNegatives(dir: string): NegativeCase[] {
  return rows(dir, find(dir, 'negatives')).map((row) => ({
    query: row['query'] ?? '',
    source: row['source'] ?? '',
    dateOfBirth: row['date_of_birth'] ?? '',
    nationality: row['nationality'] ?? '',
  }));
}

/**
 * Real negatives (real-negatives-dev.csv): persons and organisations the UK
 * sanctions with no UN listing, with the birth date and nationality the UK gives.
 */
export function loadRealNegatives(dir: string): NegativeCase[] {
  return rows(dir, find(dir, 'real-negatives')).map((row) => ({
    query: row['query'] ?? '',
    source: row['kind'] ?? '',
    dateOfBirth: row['date_of_birth'] ?? '',
    nationality: row['nationality'] ?? '',
  }));
}

export function loadPairs(dir: string): PairCase[] {
  return rows(dir, find(dir, 'name-pairs')).map((row) => ({
    group: row['case_group'] ?? '',
    schema: row['schema'] ?? '',
    name1: row['name1'] ?? '',
    name2: row['name2'] ?? '',
    isMatch: row['is_match'] === 'true',
    quality: (row['quality'] ?? 'MEDIUM') as PairCase['quality'],
    category: row['category'] ?? '',
  }));
}
