import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Progress } from '../src/cli/batch/progress.js';
import { warmCacheDir } from './helpers/prepared.js';

function sink(isTTY: boolean) {
  const writes: string[] = [];
  return { isTTY, writes, write: (text: string) => writes.push(text) };
}

describe('Progress', () => {
  it('shows rows, rows/s, a bar and an ETA on a terminal, then clears the line', () => {
    const terminal = sink(true);
    const progress = new Progress(terminal, 1000);
    progress.update(5000, 250);
    progress.finish();
    expect(terminal.writes[0]).toMatch(/^\r\[#####\.{15}\] 25% 5,000 rows, [\d,]+ rows\/s, ETA \d+s\u001b\[K$/);
    expect(terminal.writes.at(-1)).toBe('\r\u001b[K');
  });

  it('shows no ETA when the input size is unknown (stdin)', () => {
    const terminal = sink(true);
    new Progress(terminal, undefined).update(10, 0);
    expect(terminal.writes[0]).toMatch(/^\r10 rows, [\d,]+ rows\/s\u001b\[K$/);
  });

  it('writes nothing when stderr is not a terminal', () => {
    const pipe = sink(false);
    const progress = new Progress(pipe, 1000);
    progress.update(5000, 250);
    progress.finish();
    expect(pipe.writes).toEqual([]);
  });
});

describe('the batch progress bar', () => {
  it('shows a percentage and time left that follow the rows, not the bytes read ahead (5,023 rows)', async () => {
    // The built CLI in this process (its workers are dist/'s), its stderr a terminal: every progress line is kept.
    // The path is a variable so that typechecking does not need dist/, which `npm test` builds after it.
    const built = '../dist/cli/run.js';
    const { run } = (await import(built)) as typeof import('../src/cli/run.js');
    const dir = mkdtempSync(join(tmpdir(), 'unsc-progress-'));
    const rows = Array.from({ length: 5023 }, (_, i) => `${i},Customer Number ${i} Ordinary`);
    const input = join(dir, 'rows.csv');
    writeFileSync(input, `id,name\n${rows.join('\n')}\n`);
    const lines: string[] = [];
    const stderr = Object.assign(new PassThrough(), { isTTY: true });
    stderr.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\r')));
    const status = await run(['batch', input, '--output', join(dir, 'out.jsonl'), '--workers', '1', '--batch-size', '100'], {
      stdout: new PassThrough(),
      stderr,
      stdin: new PassThrough(),
      env: { ...process.env, UNSC_SCREEN_CACHE_DIR: warmCacheDir(join(dir, 'cache')) },
    });
    expect(status).toBe(0);
    const shown = lines.map((line) => /\] (\d+)% ([\d,]+) rows/.exec(line)).filter((match) => match !== null);
    expect(shown.length).toBeGreaterThan(0);
    for (const [, percent, count] of shown) {
      expect(Math.abs(Number(percent) - (100 * Number(count!.replace(/,/g, ''))) / 5023)).toBeLessThanOrEqual(2);
    }
  });
});
