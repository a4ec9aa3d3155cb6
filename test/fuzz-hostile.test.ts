/**
 * Random input to the screen and to batch's row processing: nothing throws
 * but the typed errors. (Time per input is measured in bench/hostile.bench.ts,
 * not here.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processLines } from '../src/cli/batch/process.js';
import { csvReader, DEFAULT_COLUMNS, jsonlReader } from '../src/cli/batch/rows.js';
import { UnscScreenError } from '../src/errors.js';
import { Screener } from '../src/screen/screener.js';
import { newestPrepared } from './helpers/prepared.js';

const screener = new Screener(newestPrepared());

/** Runs `work`; any error must be one of ours, with a code. */
function onlyTypedErrors(work: () => unknown): void {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(UnscScreenError);
    expect((error as UnscScreenError).code).toMatch(/^UNSC_ERR_/);
  }
}

const anyText = (maxLength: number) => fc.string({ unit: fc.oneof(fc.constantFrom(...'aA \'-.&#;\u00AD\u200B\x1b[0m'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength });

describe('fuzz: the screen', () => {
  it('screens any Unicode name, short or up to 100 KB, or throws a typed error', () => {
    fc.assert(
      fc.property(anyText(300), (name) => {
        onlyTypedErrors(() => {
          const result = screener.screen({ name });
          expect(Array.isArray(result.warnings)).toBe(true);
        });
      }),
      { numRuns: 300, seed: 17 },
    );
    fc.assert(
      fc.property(anyText(40), fc.integer({ min: 1_000, max: 100_000 }), (chunk, length) => {
        const name = chunk === '' ? 'x'.repeat(length) : chunk.repeat(Math.ceil(length / chunk.length)).slice(0, length);
        onlyTypedErrors(() => screener.screen({ name }));
      }),
      { numRuns: 8, seed: 17 },
    );
  });
});

describe('fuzz: batch rows', () => {
  const screen = (query: Parameters<Screener['screen']>[0]) => screener.screen(query);

  it('reads and screens any CSV or JSONL line into an output record or a rejected row', () => {
    const csvLine = fc.array(fc.oneof(anyText(30), fc.constantFrom('"', '""', ',', 'DZ', '1972', 'individual')), { maxLength: 8 }).map((cells) => cells.join(','));
    const jsonLine = fc.oneof(
      fc.jsonValue().map((value) => JSON.stringify({ name: value, id: 'x', nationality: value })),
      fc.record({ name: anyText(60), date_of_birth: fc.oneof(anyText(10), fc.integer()), document: fc.array(anyText(12), { maxLength: 3 }) }).map((row) => JSON.stringify(row)),
      anyText(60),
    );
    fc.assert(
      fc.property(fc.array(csvLine, { minLength: 1, maxLength: 20 }), fc.array(jsonLine, { minLength: 1, maxLength: 20 }), (csvLines, jsonLines) => {
        const options = { format: 'jsonl' as const, alertsOnly: false, long: false, since: false, decisions: false };
        const header = { cells: ['name', 'id', 'date_of_birth', 'nationality', 'country', 'document', 'kind'], delimiter: ',' };
        for (const [reader, lines] of [
          [csvReader(DEFAULT_COLUMNS, header), csvLines],
          [jsonlReader(DEFAULT_COLUMNS), jsonLines],
        ] as const) {
          const output = processLines(screen, reader, { lines: [...lines], lineNumbers: lines.map((_, i) => i + 2) }, options);
          const written = output.text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { status: string });
          const blank = lines.filter((line) => line.trim() === '').length;
          // Every line is screened or rejected (both written), or blank (skipped, or rejected as nameless): none lost.
          expect(written.length).toBeGreaterThanOrEqual(lines.length - blank);
          expect(written.length).toBeLessThanOrEqual(lines.length);
          expect(written.filter((row) => row.status === 'rejected')).toHaveLength(output.rejected.length);
          expect(output.text).not.toContain('[object Object]');
        }
      }),
      { numRuns: 60, seed: 17 },
    );
  });
});
