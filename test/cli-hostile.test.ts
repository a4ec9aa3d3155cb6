/**
 * Hostile rows and names through the built CLI: rejected with a reason or
 * screened with a warning, never screened as garbage nor echoed raw.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cliHarness, jsonlRecords } from './helpers/cli.js';

const { dir, run } = cliHarness('unsc-cli-hostile-');

const jsonl = (text: string) => jsonlRecords<Record<string, unknown>>(text);

describe('batch on hostile JSONL', () => {
  it('rejects a name given as an object with a clear reason, accepts a BOM on line 1, and marks junk names', () => {
    const input = [
      '\uFEFF{"id":"bom","name":"Mukhtar Belmukhtar"}',
      '{"id":"obj","name":{"x":1}}',
      '{"id":"arr","name":"Ali","document":[{"n":1}]}',
      '{"id":"junk","name":"AAAAA"}',
      '{"id":"soft","name":"Mu\u00ADkh\u00ADtar Bel\u00ADmu\u00ADkh\u00ADtar"}',
    ].join('\n');
    const { status, stdout } = run(['batch', '-', '--format', 'jsonl', '--workers', '1', '--no-progress'], input);
    expect(status).toBe(0);
    const rows = jsonl(stdout).filter((r) => r['status'] !== 'rejected');
    const rejected = jsonl(stdout).filter((r) => r['status'] === 'rejected');
    expect(rows.map((r) => r['id'])).toEqual(['bom', 'junk', 'soft']);
    expect(rejected.map((r) => [r['id'], r['reason']])).toEqual([
      ['obj', '`name` is a JSON object: expected text, a number or an array of them'],
      ['arr', '`document` is an array holding something other than text or numbers: expected text, a number or an array of them'],
    ]);
    expect((rows[0]!['alerts'] as Array<{ referenceNumber: string }>)[0]?.referenceNumber).toBe('QDi.136');
    expect(rows[1]!['alerts']).toEqual([]);
    expect(rows[1]!['warnings']).toEqual([expect.objectContaining({ code: 'UNSC_WARN_JUNK_NAME' })]);
    expect((rows[2]!['alerts'] as Array<{ referenceNumber: string }>).map((a) => a.referenceNumber)).toContain('QDi.136');
    expect(rows[2]!['warnings']).toEqual([expect.objectContaining({ code: 'UNSC_WARN_INVISIBLE_CHARACTERS' })]);
    expect(stdout).not.toContain('[object Object]');
  });
});

describe('batch on hostile files', () => {
  const file = (name: string, bytes: Buffer | string) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  it('says an empty file holds no rows (CSV: no header either), exit 0, instead of a clean-looking run', () => {
    for (const [name, said] of [['empty.csv', 'holds no header and no rows'], ['empty.jsonl', 'holds no rows']] as const) {
      const { status, stdout, stderr } = run(['batch', file(name, ''), '--workers', '1', '--no-progress']);
      expect(status, name).toBe(0);
      expect(stdout).toBe('');
      expect(stderr).toContain(`${name} ${said}: nothing was screened`);
    }
  });

  it('a UTF-16 file without a byte-order mark, or a binary file: exit 2 naming the likely cause, no raw control byte on stderr', () => {
    const utf16 = run(['batch', file('utf16-no-bom.csv', Buffer.from('id,name\n1,Mokhtar Belmokhtar\n', 'utf16le')), '--workers', '1', '--no-progress']);
    expect(utf16.status).toBe(2);
    expect(utf16.stderr).toContain('found: i\\x00d\\x00');
    expect(utf16.stderr).toContain('UTF-16 without a byte-order mark? give --encoding utf-16le');
    // Every byte value; without a quote, the header is read as cells (with one, csv-parse's message escapes them).
    for (const bytes of [[...Array(256).keys()].filter((b) => b !== 0x22), [...Array(256).keys()]]) {
      const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => bytes[(i * 151 + 7) % bytes.length]!));
      const blob = run(['batch', file('blob.csv', binary), '--workers', '1', '--no-progress']);
      expect(blob.status).toBe(2);
      expect(blob.stderr).toMatch(/the header (has no `name` column|is not valid CSV)/);
      expect(blob.stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]/);
      expect(blob.stderr.length).toBeLessThan(2_000);
    }
  });
});

describe('terminal escape sequences', () => {
  it('in a screened name are shown escaped, never written raw', () => {
    const { status, stdout, stderr } = run(['screen', '\x1b]0;pwned\x07\x1b[2JMukhtar Belmukhtar']);
    expect(status).toBe(0);
    expect(stdout).not.toContain('\x1b');
    expect(stderr).not.toContain('\x1b');
    expect(stdout).toContain('\\x1b[2JMukhtar Belmukhtar');
    expect(stdout).toContain('QDi.136');
    expect(stderr).toContain('UNSC_WARN_INVISIBLE_CHARACTERS');
  });

  it('in a rejected row are shown escaped on stderr', () => {
    // (a bad kind is a warning, not a reason to reject: --strict makes it one)
    const input = 'name,kind\nAli,\x1b[31mbad\n';
    const { stderr } = run(['batch', '-', '--workers', '1', '--no-progress', '--strict'], input);
    expect(stderr).toContain('rejected line 2');
    expect(stderr).not.toContain('\x1b');
  });
});

describe('update and --list usage', () => {
  it('update exits 2 on bad usage: a non-http URL, an empty --cache-dir', () => {
    const ftp = run(['update', '--url', 'ftp://127.0.0.1/list.xml', '--cache-dir', join(dir, 'c1')]);
    expect(ftp.status).toBe(2);
    expect(ftp.stderr).toContain('http(s) URL');
    const empty = run(['update', '--cache-dir', '']);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('--cache-dir needs a directory');
  });

  it('--list FILE older than 30 days gets the age warning', () => {
    const old = fileURLToPath(new URL('../fixtures/consolidated-2025-12-09.xml', import.meta.url));
    const { status, stderr } = run(['screen', 'Mukhtar Belmukhtar', '--list', old]);
    expect(status).toBe(0);
    expect(stderr).toMatch(/warning: The --list UN list is from 2025-12-09 \(\d+ days old\)/);
  });
});
