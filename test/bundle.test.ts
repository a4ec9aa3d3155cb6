/**
 * The package inside an esbuild bundle of a small app, as CommonJS and as ES
 * modules, run from a folder without node_modules: it imports and compares
 * names, and the list shipped in the package, which a bundle
 * does not carry, is a coded error (not a TypeError about import.meta.url or
 * a bare ENOENT). Built from dist/, which `npm test` builds before vitest.
 * (`npm run pack-check` bundles the README's recipe from the packed tarball.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('an esbuild bundle of an app using the package', () => {
  const dir = mkdtempSync(join(tmpdir(), 'unsc-bundle-'));
  const app = join(dir, 'app.mjs');
  writeFileSync(
    app,
    `import { compareNames, Screener } from ${JSON.stringify(join(root, 'dist/index.js'))};
let code;
try { Screener.fromBundledList(); } catch (error) { code = error.code; }
console.log(JSON.stringify({ score: compareNames('Mokhtar Belmokhtar', 'Mukhtar Belmukhtar').score > 0.9, code }));
`,
  );

  it.each(['cjs', 'esm'])('%s: imports, compares names, and says the bundled list is missing with its code', (format) => {
    const out = join(dir, format === 'cjs' ? 'run/app.cjs' : 'run/app.mjs');
    const built = spawnSync(join(root, 'node_modules/.bin/esbuild'), [app, '--bundle', '--platform=node', '--target=node20', `--format=${format}`, '--log-level=error', `--outfile=${out}`], { encoding: 'utf8' });
    expect(built.stderr).toBe('');
    const ran = spawnSync(process.execPath, [out], { cwd: dir, encoding: 'utf8' });
    expect(ran.stderr).toBe('');
    expect(JSON.parse(ran.stdout)).toEqual({ score: true, code: 'UNSC_ERR_BUNDLED_LIST_MISSING' });
  });
});
