/**
 * The JSON Schema of ScreenResult shipped in the package describes what the
 * library returns (the CLI's outputs are checked in cli-screen-result.test.ts).
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { Screener } from '../src/screen/screener.js';
import { WarningCodes } from '../src/screen/warnings.js';
import { newestPrepared } from './helpers/prepared.js';

const schema = JSON.parse(readFileSync(new URL('../schema/screen-result.schema.json', import.meta.url), 'utf8')) as {
  definitions: { ScreenWarning: { properties: { code: { enum: string[] } } } };
};
const validate = new Ajv({ allErrors: true }).compile(schema);
const screener = new Screener(newestPrepared());

describe('schema/screen-result.schema.json', () => {
  it.each([
    { name: 'Mukhtar Belmukhtar', dateOfBirth: '1972', nationality: 'Algerian', country: 'Mali', id: 'C-1' },
    { name: 'Nobody Special', document: 'F-654 645', id: 7 },
    { name: 'Kim Jong Un', kind: 'vessel', dateOfBirth: '02/05/1958', nationality: 'Atlantis', document: '--', note: 'extra' },
    { name: 'Jane Doe' },
  ])('validates the library result of %j', (query) => {
    const result = JSON.parse(JSON.stringify(screener.screen(query as never))) as unknown;
    const valid = validate(result);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('refuses what is not a ScreenResult (the schema can fail)', () => {
    const result = JSON.parse(JSON.stringify(screener.screen({ name: 'Mukhtar Belmukhtar' }))) as { alerts: Array<Record<string, unknown>> };
    result.alerts[0]!['matchedName'] = 'Mukhtar Belmukhtar'; // the old batch JSONL shape
    expect(validate(result)).toBe(false);
    expect(validate({ alerts: [] })).toBe(false);
  });

  it('lists every warning code the library has', () => {
    expect(schema.definitions.ScreenWarning.properties.code.enum.sort()).toEqual(Object.values(WarningCodes).sort());
  });
});
