/**
 * The published declarations (dist/, built by `npm test` before vitest) leave
 * out the test hooks marked @internal: they may change without notice.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const declarations = (file: string) => readFileSync(new URL(`../dist/${file}`, import.meta.url), 'utf8');

describe('the public surface', () => {
  it('has no test hooks in the declarations of NameIndex and PartyIndex', () => {
    const nameIndex = declarations('search/name-index.d.ts');
    for (const hook of [/searchExhaustive\(/, /candidateCount\(/, /prepareQuery\(/, /skip\?:/, /readonly vocabulary:/, /readonly rarity:/]) expect(nameIndex).not.toMatch(hook);
    expect(nameIndex).toContain('search(query: string, options?: NameSearchOptions): NameHit[];');
    const partyIndex = declarations('screen/party-index.d.ts');
    for (const hook of [/readonly vocabulary:/, /readonly unbounded:/, /partiesConcernedBy\(/]) expect(partyIndex).not.toMatch(hook);
    // The hooks exist in the source: the checks above can fail.
    const source = readFileSync(new URL('../src/search/name-index.ts', import.meta.url), 'utf8');
    for (const hook of [/searchExhaustive\(/, /readonly vocabulary:/]) expect(source).toMatch(hook);
  });
});
