/**
 * The scoring model: one frozen, versioned object, named by every result,
 * documented in docs/DESIGN.md, and the numbers the code scores with (a
 * variant passed as `model` changes scores; nothing else holds them).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareNames, NameIndex, Screener, SCORING_MODEL, scoringModelEntries, withScoringModel, type ScoringModel } from '../src/index.js';
import { fixtureList } from './helpers/fixtures.js';
import { nationalityMatchWeight } from '../src/screen/evidence.js';

const list = fixtureList('2026-02-27');
const screener = new Screener(list);

function frozenThroughout(value: unknown, path: string, unfrozen: string[]): void {
  if (value === null || typeof value !== 'object') return;
  if (!Object.isFrozen(value)) unfrozen.push(path);
  for (const [key, child] of Object.entries(value)) frozenThroughout(child, `${path}.${key}`, unfrozen);
}

describe('SCORING_MODEL', () => {
  it('is frozen to the last number and has a version', () => {
    const unfrozen: string[] = [];
    frozenThroughout(SCORING_MODEL, 'SCORING_MODEL', unfrozen);
    expect(unfrozen).toEqual([]);
    expect(() => {
      (SCORING_MODEL.alignment as { middleName: number }).middleName = 0.1;
    }).toThrow(TypeError);
    expect(SCORING_MODEL.alignment.middleName).toBe(0.4);
    expect(SCORING_MODEL.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("is the table in docs/DESIGN.md, field by field, in the model's order", () => {
    const design = readFileSync(new URL('../docs/DESIGN.md', import.meta.url), 'utf8');
    const table = design.slice(design.indexOf('<!-- scoring-model:begin -->'), design.indexOf('<!-- scoring-model:end -->'));
    const rows = [...table.matchAll(/^\| `([^`]+)` \| ([^|]+) \|/gm)].map((m) => [m[1]!, m[2]!.trim()]);
    expect(rows[0]).toEqual(['version', SCORING_MODEL.version]);
    expect(rows.slice(1)).toEqual(scoringModelEntries().map(([path, value]) => [path, String(value)]));
  });

  it('is named by every screen result, and a variant by its own version', () => {
    expect(screener.screen({ name: 'Mukhtar Belmukhtar' }).options.model).toBe(SCORING_MODEL.version);
    expect(screener.screen({ name: 'Nobody Known' }).options.model).toBe(SCORING_MODEL.version);
    const variant = withScoringModel({ version: 'test-low-alias-1', aliasQuality: { Low: 1 } });
    const other = new Screener(list, { model: variant });
    expect(other.screen({ name: 'Mukhtar Belmukhtar' }).options.model).toBe('test-low-alias-1');
    expect(other.model).toBe(variant);
  });
});

describe('a variant model', () => {
  it('changes the scores that read the numbers it changes, and only those', () => {
    const conflict = ['Geoffrey Boris Johnson', 'Alexandre Boris de Pfeffel Johnson'] as const;
    const base = compareNames(...conflict);
    const cheaper = compareNames(...conflict, { model: withScoringModel({ version: 't', alignment: { unmatchedQuery: 0.4 } }) });
    expect(cheaper.score).toBeGreaterThan(base.score);
    const sameName = compareNames('Olaf Scholz', 'Olaf Scholz', { model: withScoringModel({ version: 't', alignment: { unmatchedQuery: 0.4 } }) });
    expect(sameName.score).toBe(1);
    // Evidence numbers reach the Screener's final score.
    const query = { name: 'Mokhtar Belmokhtar', nationality: 'DZ' };
    const strong = withScoringModel({ version: 't', evidence: { nationalityMatch: 0.3, nationalityMatchByCountry: {}, nationalityAloneFactor: 1 } });
    const alert = (model?: ScoringModel) => (model === undefined ? screener : new Screener(list, { model })).screen(query).alerts[0]!;
    expect(alert(strong).evidence.find((e) => e.kind === 'nationality')?.adjustment).toBe(0.3);
    // No birth date agrees, so the default model's nationality counts its alone factor.
    expect(alert().evidence.find((e) => e.kind === 'nationality')?.adjustment).toBeCloseTo(
      nationalityMatchWeight('DZ') * SCORING_MODEL.evidence.nationalityAloneFactor,
      12,
    );
  });

  it('keeps candidate generation complete: the index cuts its tables where the rules do', () => {
    // Romanized Arabic queries meet Latin names by consonant keys one edit
    // apart from the model's nearConsonantKey length on; lowered, the vocabulary
    // must index shorter keys too, or search would lose what the exhaustive scan finds.
    const model = withScoringModel({ version: 't', ruleLengths: { nearConsonantKey: 3, variant: 3, vowels: 4 } });
    const records = list.records.slice(0, 300);
    const index = NameIndex.build(list, { records, model });
    // Listed names with their vowels rotated (vowels rule, variant rule) and
    // with a letter dropped (near consonant keys), in Latin and Arabic script.
    const rotate = (text: string) => text.replace(/[aeiou]/gi, (v) => 'eioua'['aeiou'.indexOf(v.toLowerCase())]!);
    const dropThird = (text: string) => text.split(' ').map((word) => (word.length > 3 ? word.slice(0, 2) + word.slice(3) : word)).join(' ');
    const names = index.names.filter((_, i) => i % 12 === 0).map((name) => name.text);
    const queries = [...names.map(rotate), ...names.map(dropThird)];
    const found = (hits: ReturnType<NameIndex['search']>) => hits.map((hit) => `${hit.record.referenceNumber} ${hit.score.toFixed(6)}`);
    for (const query of queries) {
      expect(found(index.search(query, { threshold: 0.6, limit: 50 })), query).toEqual(found(index.searchExhaustive(query, { threshold: 0.6, limit: 50 })));
    }
    expect(index.model).toBe(model);
  });

  it('is checked: unknown fields and numbers that are not finite are refused with a code', () => {
    expect(() => withScoringModel({ version: 't', alignment: { middleNames: 0.3 } as never })).toThrow(
      expect.objectContaining({ name: 'ArgumentRangeError', code: 'UNSC_ERR_INVALID_OPTION' }),
    );
    expect(() => withScoringModel({ version: 't', similarity: { exact: Number.NaN } })).toThrow(
      expect.objectContaining({ code: 'UNSC_ERR_INVALID_OPTION' }),
    );
    expect(() => withScoringModel({ version: '' })).toThrow(expect.objectContaining({ name: 'ArgumentTypeError', code: 'UNSC_ERR_INVALID_OPTION' }));
    expect(() => new Screener(list, { model: { version: 'half' } as never })).toThrow(
      expect.objectContaining({ code: 'UNSC_ERR_INVALID_OPTION' }),
    );
    expect(Object.isFrozen(withScoringModel({ version: 't' }).similarity)).toBe(true);
  });
});
