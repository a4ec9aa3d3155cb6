/**
 * Batch output files: never over the input, untouched by a failed run,
 * I/O errors reported with a code (exit 2), an interrupted run said so.
 */
import { spawn } from 'node:child_process';
import { existsSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliHarness } from './helpers/cli.js';

const { root, cli, dir, env, run, file } = cliHarness('unsc-batch-output-');

describe('batch output files', () => {
  it('refuses an output that is the input, and leaves the input whole', () => {
    const input = file('same.csv', 'name\nMukhtar Belmukhtar\n');
    const { status, stderr } = run(['batch', input, '--output', input, '--workers', '1', '--no-progress']);
    expect(status).toBe(2);
    expect(stderr).toContain('is the input');
    expect(readFileSync(input, 'utf8')).toBe('name\nMukhtar Belmukhtar\n');
  });

  it('keeps the previous output when the run fails on the header or the list', () => {
    const output = file('previous.jsonl', 'previous alerts\n');
    const noName = file('no-name.csv', 'who\nAli\n');
    expect(run(['batch', noName, '--output', output, '--workers', '1', '--no-progress']).status).toBe(2);
    const badList = file('bad-list.xml', '<html></html>');
    const good = file('good.csv', 'name\nAli\n');
    expect(run(['batch', good, '--output', output, '--list', badList, '--workers', '1', '--no-progress']).status).toBe(2);
    expect(readFileSync(output, 'utf8')).toBe('previous alerts\n');
    expect(readdirSync(dir).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  it('exits 2 with a coded message on a full disk or an unwritable output, never a crash', () => {
    const input = file('rows.csv', 'name\nMukhtar Belmukhtar\nAli\n');
    const full = run(['batch', input, '--workers', '1', '--no-progress'], undefined, { stdout: openSync('/dev/full', 'w') });
    expect(full.status).toBe(2);
    expect(full.stderr).toContain('cannot write standard output: ENOSPC');
    expect(full.stderr).toContain('(UNSC_ERR_OUTPUT_FAILED)');
    expect(full.stderr).not.toContain('Unhandled');
    const missing = run(['batch', input, '--output', join(dir, 'no-such-dir', 'out.jsonl'), '--workers', '1', '--no-progress']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot write the output');
    expect(missing.stderr).toContain('ENOENT');
    const summary = run(['batch', input, '--output', join(dir, 'ok.jsonl'), '--summary', join(dir, 'no-such-dir', 's.json'), '--workers', '1', '--no-progress']);
    expect(summary.status).toBe(2);
    expect(summary.stderr).toContain('cannot write the summary');
  });

  it('writes the summary of an interrupted run (rows done, interrupted) and says so', async () => {
    const rows = Array.from({ length: 400_000 }, (_, i) => `Person Number${i}`).join('\n');
    const input = file('many.csv', `name\n${rows}\n`);
    const output = join(dir, 'many.jsonl');
    const summaryPath = join(dir, 'many-summary.json');
    const child = spawn(process.execPath, [cli, 'batch', input, '--output', output, '--summary', summaryPath, '--workers', '1', '--no-progress', '--batch-size', '200'], { cwd: root, env });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Once some output is written (to its temporary file), interrupt.
    for (let i = 0; i < 600; i++) {
      const temporary = readdirSync(dir).find((name) => name.startsWith('.many.jsonl.tmp-'));
      if (temporary !== undefined && statSync(join(dir, temporary)).size > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    child.kill('SIGINT');
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(status).toBe(130);
    expect(stderr).toContain('interrupted');
    const summary = JSON.parse(readFileSync(summaryPath, 'utf8')) as { rows: number; interrupted?: boolean };
    expect(summary.interrupted).toBe(true);
    expect(summary.rows).toBeGreaterThan(0);
    expect(summary.rows).toBeLessThan(400_000);
    const lines = readFileSync(output, 'utf8').split('\n').filter(Boolean);
    expect(lines).toHaveLength(summary.rows);
    expect(existsSync(output)).toBe(true);
  }, 60_000);
});

describe('batch input columns', () => {
  it('says once which header columns no field reads, and screens the rows all the same', () => {
    const input = file('columns.csv', 'id,name,nationalty,email\n1,Mukhtar Belmukhtar,DZ,a@b.c\n2,John Smith,GB,c@d.e\n');
    const { status, stdout, stderr } = run(['batch', input, '--workers', '1', '--no-progress']);
    expect(status).toBe(0);
    expect(stderr.match(/not screened/g)).toHaveLength(1);
    expect(stderr).toContain('columns not screened: nationalty, email');
    expect(stdout.trim().split('\n')).toHaveLength(2);
  });

  it('says it for a file of a header alone too', () => {
    const input = file('header-only.csv', 'name,nationalty\n');
    const { status, stderr } = run(['batch', input, '--workers', '1', '--no-progress']);
    expect(status).toBe(0);
    expect(stderr).toContain('column not screened: nationalty');
  });

  it('says nothing of columns when every one is read', () => {
    const input = file('known-columns.csv', 'id,name,date_of_birth,nationality\n1,John Smith,1970,GB\n');
    const { status, stderr } = run(['batch', input, '--workers', '1', '--no-progress']);
    expect(status).toBe(0);
    expect(stderr).not.toContain('not screened');
  });
});
