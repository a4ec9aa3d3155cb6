#!/usr/bin/env node
/**
 * Runs npm scripts side by side and fails when any fails: `npm test` starts
 * the typecheck, the layer check and the build together (each is one
 * single-threaded process: one after the other they leave a core idle for
 * about 35 s of a 2-core machine's run). Each script's output is printed
 * whole when it ends, so that the three do not interleave.
 *
 *   node scripts/parallel.mjs typecheck lint:layers build
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const scripts = process.argv.slice(2);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// `npm run --silent` says nothing of a script that does not exist: say it here, before running any.
const known = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).scripts ?? {};
const unknown = scripts.filter((script) => !(script in known));
if (unknown.length > 0) {
  process.stderr.write(`parallel: no npm script ${unknown.map((s) => `\`${s}\``).join(', ')} in package.json\n`);
  process.exit(1);
}
const results = await Promise.all(
  scripts.map(
    (script) =>
      new Promise((resolve) => {
        const started = performance.now();
        const child = spawn(npm, ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('close', (code, signal) => {
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          process.stdout.write(`── npm run ${script}: ${code === 0 ? 'ok' : `failed (${signal ?? `exit ${code}`})`}, ${seconds} s\n${output}`);
          resolve(code === 0);
        });
      }),
  ),
);
process.exitCode = results.every(Boolean) ? 0 : 1;
