/**
 * scripts/parallel.mjs, which `npm test` starts with: a misspelt script name
 * must fail loudly (npm run --silent says nothing of a missing script).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('scripts/parallel.mjs', () => {
  it('names a script package.json does not have, and runs none', () => {
    const result = spawnSync(process.execPath, ['scripts/parallel.mjs', 'nosuchscript', 'typecheck'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('no npm script `nosuchscript` in package.json');
    expect(result.stdout).not.toContain('npm run typecheck');
  });
});
