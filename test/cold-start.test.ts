/**
 * What importing the package costs: the name-frequency table (0.27 MB, read
 * only by a model with population weights) is not loaded until first used.
 * Run on the built package (dist/, which `npm test` builds before vitest) in
 * a child process, as a user imports it.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

// Every script V8 compiles (ES modules included) is reported by the inspector; a JSON file Node's
// require loads is in require.cache. The table is looked for in both, after the import and after first use.
const child = `
import { Session } from 'node:inspector/promises';
import { createRequire } from 'node:module';
const session = new Session();
session.connect();
const scripts = [];
session.on('Debugger.scriptParsed', ({ params }) => scripts.push(params.url));
await session.post('Debugger.enable');
const loaded = () => [...scripts, ...Object.keys(createRequire(import.meta.url).cache)].filter((file) => file.includes('name-frequency-data'));
const pkg = await import('./dist/index.js');
const afterImport = loaded();
const { populationShare } = await import('./dist/search/name-frequency.js');
const share = populationShare('smith');
console.log(JSON.stringify({ afterImport, afterUse: loaded(), share, screens: typeof pkg.Screener }));
`;

describe('cold start', () => {
  it('importing the package does not load the name-frequency table; its first use does', () => {
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', child], { cwd: root, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const { afterImport, afterUse, share, screens } = JSON.parse(result.stdout) as { afterImport: string[]; afterUse: string[]; share: number; screens: string };
    expect(screens).toBe('function');
    expect(afterImport).toEqual([]);
    expect(afterUse.length).toBeGreaterThan(0);
    expect(share).toBeGreaterThan(0.01);
  });
});
