/**
 * Regenerates the golden file (test/golden/scores.tsv): `npm run golden`.
 * Only for a change that means to move scores; say in the commit what moved.
 */
import { writeFileSync } from 'node:fs';
import { GOLDEN_PATH, goldenText } from './golden.js';

const text = goldenText();
writeFileSync(GOLDEN_PATH, text);
console.log(`${GOLDEN_PATH}: ${text.split('\n').length - 1} lines`);
