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

const scripts = process.argv.slice(2);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
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
