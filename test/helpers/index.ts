/** One NameIndex of the newest real list per test file, from the run's snapshot (see prepared.ts). */
import type { NameIndex } from '../../src/search/name-index.js';
import { newestPrepared } from './prepared.js';

export function newestIndex(): NameIndex {
  return newestPrepared().names;
}
