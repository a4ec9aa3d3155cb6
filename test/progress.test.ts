import { describe, expect, it } from 'vitest';
import { Progress } from '../src/cli/batch/progress.js';

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
