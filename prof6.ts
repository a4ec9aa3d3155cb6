import { readFileSync } from 'node:fs';
import { diffLists } from './src/diff/diff.js';
import { parseList } from './src/parse/index.js';
import { Screener } from './src/screen/screener.js';
import { loadNegatives } from './bench/accuracy/data.js';
const newer = parseList(readFileSync('fixtures/consolidated-2026-02-27.xml'));
const older = parseList(readFileSync('fixtures/consolidated-2026-01-28.xml'));
const s = new Screener(newer); const diff = diffLists(older, newer);
const parties = loadNegatives('fixtures/eval').slice(0, 2000).map(c => ({ name: c.query }));
for (let i = 0; i < 5; i++) { const t = performance.now(); s.rescreen(parties, diff); const t2 = performance.now(); for (const p of parties) s.screen(p); console.log('rescreen', (t2 - t).toFixed(1), 'full', (performance.now() - t2).toFixed(1)); }
