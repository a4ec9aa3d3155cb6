/** One NameIndex of the newest real list per test file (building takes a few hundred ms). */
import { NameIndex } from '../../src/search/name-index.js';
import { fixtureList } from './fixtures.js';

let index: NameIndex | undefined;

export function newestIndex(): NameIndex {
  index ??= NameIndex.build(fixtureList('2026-02-27'));
  return index;
}
