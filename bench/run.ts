/**
 * Runs every benchmark in turn: `npm run bench` (full) or `npm run bench -- --quick` (CI).
 */
import { benchOptions } from './lib.js';
import { main as parse } from './parse.bench.js';
import { main as screen } from './screen.bench.js';
import { main as batch } from './batch.bench.js';
import { main as rescreen } from './rescreen.bench.js';
import { main as payments } from './payments.bench.js';
import { main as coldStart } from './cold-start.bench.js';
import { main as text } from './text.bench.js';
import { main as hostile } from './hostile.bench.js';

const options = benchOptions();
const started = performance.now();
for (const [name, bench] of Object.entries({ parse, screen, rescreen, coldStart, batch, text, payments, hostile })) {
  console.log(`\n# ${name}${options.quick ? ' (quick)' : ''}`);
  await bench(options);
}
console.log(`\nbenchmarks done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
