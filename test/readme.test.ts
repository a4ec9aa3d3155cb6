/**
 * The README's JavaScript examples run as written (against the built
 * package, imported by its own name) and print what their comments say.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(`${root}/README.md`, 'utf8');
const examples = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('README examples', () => {
  it('has examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2);
  });

  it.each(examples.map((code, i) => [i + 1, code] as const))('example %i runs and prints what it says', (_, code) => {
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });
    // Every `// …` comment after a console.log states (the start of) what that line prints.
    const printed = output.split('\n');
    for (const expected of [...code.matchAll(/console\.log\(.*\); \/\/ (.*)$/gm)].map((m) => m[1]!)) {
      const start = expected.replace(/….*$/, '').replace(/'/g, '').slice(0, 40);
      expect(printed.some((line) => line.replace(/'/g, '').includes(start))).toBe(true);
    }
  });
});
