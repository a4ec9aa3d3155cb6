import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diffLists } from '../src/diff/diff.js';
import { Screener } from '../src/screen/screener.js';
import { fixtureList, fixturePath } from './helpers/fixtures.js';
import { warmCacheDir } from './helpers/prepared.js';

const refs = (records: Array<{ referenceNumber: string }>) => records.map((r) => r.referenceNumber);

describe('diffLists on the real lists', () => {
  it('2025-12-09 → 2026-01-28 is exactly one removal (IQi.074)', () => {
    const diff = diffLists(fixtureList('2025-12-09'), fixtureList('2026-01-28'));
    expect(refs(diff.added)).toEqual([]);
    expect(refs(diff.removed)).toEqual(['IQi.074']);
    expect(diff.changed).toEqual([]);
    expect(diff.dataIdOnly).toEqual([]);
    expect(diff.unchanged).toBe(999);
  });

  it('2026-01-28 → 2026-02-27 is exactly four additions (SDi.007 to SDi.010)', () => {
    const diff = diffLists(fixtureList('2026-01-28'), fixtureList('2026-02-27'));
    expect(refs(diff.added)).toEqual(['SDi.007', 'SDi.008', 'SDi.009', 'SDi.010']);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual([]);
  });

  it('2025-04-19 → 2026-01-28 has 126 added, 4 removed, 16 changed and HTi.006 with a new DATAID only, across formats', () => {
    const diff = diffLists(fixtureList('2025-04-19'), fixtureList('2026-01-28'));
    expect(diff.added).toHaveLength(126);
    expect(refs(diff.removed)).toEqual(['IQi.074', 'QDi.317', 'QDi.328', 'QDi.336']);
    expect(refs(diff.changed)).toEqual([
      'HTi.001', 'HTi.002', 'HTi.003', 'HTi.004', 'HTi.005', 'HTi.007', 'IQi.085', 'QDi.057', 'QDi.065',
      'QDi.150', 'QDi.154', 'QDi.187', 'QDi.338', 'QDi.372', 'SOi.022', 'TAi.068',
    ]);
    expect(diff.dataIdOnly).toEqual([{ referenceNumber: 'HTi.006', before: '6909274', after: '6909386' }]);
    const change = (ref: string) => diff.changed.find((c) => c.referenceNumber === ref)!.changes;
    expect(change('IQi.085').filter((c) => c.field === 'aliases').map((c) => c.change)).toEqual(['added']);
    expect(change('QDi.057').map((c) => `${c.field}/${c.change}`)).toEqual(
      expect.arrayContaining(['addresses/removed', 'addresses/added']),
    );
    expect(change('SOi.022').map((c) => c.field)).toEqual(['comments']);
  });

  it("makes the UN export's corruption of TAi.068 visible", () => {
    const diff = diffLists(fixtureList('2025-04-19'), fixtureList('2026-01-28'));
    const [change] = diff.changed.find((c) => c.referenceNumber === 'TAi.068')!.changes;
    expect(change).toMatchObject({
      field: 'nameOriginalScript',
      change: 'changed',
      before: 'محمد الله مطيع',
      after: 'محمد الل\uFFFD\uFFFD مطيع',
    });
    expect(change?.note).toContain('U+FFFD');
  });

  it('sees no change between a list and itself', () => {
    const diff = diffLists(fixtureList('2026-02-27'), fixtureList('2026-02-27'));
    expect(diff.added.length + diff.removed.length + diff.changed.length + diff.dataIdOnly.length).toBe(0);
  });
});

describe('Screener.rescreen', () => {
  const older = fixtureList('2026-01-28');
  const newer = fixtureList('2026-02-27');
  const diff = diffLists(older, newer);
  const screener = new Screener(newer);
  const sdi = newer.individuals.filter((r) => r.referenceNumber.startsWith('SDi.') && diff.added.includes(r));

  it('gives a customer file exactly the new alert of a variant of an added name', () => {
    const target = sdi[0]!;
    const variant = target.name.split(' ').reverse().join(', ').replace(/A/g, 'AA').replace(/AAA/g, 'AA');
    const customers = [{ name: 'John Smith' }, { name: variant }, { name: 'Mukhtar Belmukhtar' }, { name: 'Maria Garcia' }];
    const { results, diff: summary } = screener.rescreen(customers, diff);
    expect(summary).toMatchObject({ added: 4, changed: 0, removed: 0 });
    expect(results.map((r) => r.alerts.map((a) => a.referenceNumber))).toEqual([[], [target.referenceNumber], [], []]);
    // Mukhtar Belmukhtar alerts on the full list, but nothing changed about him.
    expect(screener.screen({ name: 'Mukhtar Belmukhtar' }).alerts.length).toBeGreaterThan(0);
  });

  it('scores exactly as a full screen does', () => {
    const target = sdi[1]!;
    const full = screener.screen({ name: target.name }).alerts.find((a) => a.referenceNumber === target.referenceNumber)!;
    const partial = screener.rescreen([{ name: target.name }], diff).results[0]!.alerts[0]!;
    expect(partial.score).toBe(full.score);
  });

  it('lists the earlier alerts that a removal clears', () => {
    const removedDiff = diffLists(fixtureList('2025-12-09'), older);
    const removed = removedDiff.removed[0]!;
    const result = new Screener(older).rescreen([{ name: removed.name }, { name: 'John Smith' }], removedDiff).results;
    expect(result[0]?.cleared.map((a) => a.referenceNumber)).toEqual(['IQi.074']);
    expect(result[0]?.alerts).toEqual([]);
    expect(result[1]?.cleared).toEqual([]);
  });

  it('brings in no designation outside the diff through a full birth date', () => {
    // QDi.136 is listed, unchanged, on both lists, born 1972-06-01: a same-day date lifts it on
    // the full list, never in what changed.
    const born = { name: 'Mukhtar Belmukhtar', dateOfBirth: '1972-06-01' };
    expect(screener.screen(born).alerts.map((a) => a.referenceNumber)).toContain('QDi.136');
    const referencesIn = (results: Array<{ alerts: Array<{ referenceNumber: string }>; cleared: Array<{ referenceNumber: string }> }>) =>
      results.flatMap((r) => [...refs(r.alerts), ...refs(r.cleared)]);
    expect(referencesIn(screener.rescreen([born], diff).results)).toEqual([]);
    const removedDiff = diffLists(fixtureList('2025-12-09'), older);
    expect(referencesIn(new Screener(older).rescreen([born], removedDiff).results)).toEqual([]);
  });

  it('refuses a diff that does not end at its list', () => {
    expect(() => new Screener(older).rescreen([{ name: 'x' }], diff)).toThrow(RangeError);
  });
});

describe('unsc-screen diff and batch --since', () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const env = { ...process.env, UNSC_SCREEN_CACHE_DIR: warmCacheDir(mkdtempSync(join(tmpdir(), 'unsc-cache-'))) };
  const run = (args: string[]) => spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), ...args], { encoding: 'utf8', env });

  it('prints the diff as text and as JSON', () => {
    const text = run(['diff', fixturePath('2026-01-28'), fixturePath('2026-02-27')]);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('4 added, 0 removed, 0 changed, 0 with a new DATAID only');
    expect(text.stdout).toContain('+ SDi.007');
    const json = JSON.parse(run(['diff', fixturePath('2025-04-19'), fixturePath('2026-01-28'), '--json']).stdout) as {
      changed: unknown[];
      dataIdOnly: Array<{ referenceNumber: string }>;
    };
    expect(json.changed).toHaveLength(16);
    expect(json.dataIdOnly[0]?.referenceNumber).toBe('HTi.006');
    expect(run(['diff', fixturePath('2026-01-28')]).status).toBe(2);
  });

  it('re-screens a batch against what changed since an older list', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unsc-since-'));
    const added = fixtureList('2026-02-27').individuals.find((r) => r.referenceNumber === 'SDi.008')!;
    const input = join(dir, 'customers.csv');
    writeFileSync(input, `id,name\n1,Mukhtar Belmukhtar\n2,"${added.name}"\n3,John Smith\n`);
    const output = join(dir, 'out.jsonl');
    const result = run(['batch', input, '--since', fixturePath('2026-01-28'), '--output', output, '--workers', '1']);
    expect(result.status).toBe(0);
    const rows = readFileSync(output, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { id: string; status: string; alerts: Array<{ referenceNumber: string }>; cleared: unknown[] });
    // Mukhtar Belmukhtar is listed on both lists: no new alert, which must not read as cleared (no_alert).
    expect(rows.map((r) => [r.id, r.status, r.alerts.map((a) => a.referenceNumber), r.cleared.length])).toEqual([
      ['1', 'no_new_alert', [], 0],
      ['2', 'alert', ['SDi.008'], 0],
      ['3', 'no_new_alert', [], 0],
    ]);
    expect(result.stderr).toContain(
      '3 rows screened against what changed since the list of 2026-01-28T00:00:11.197Z, 1 new alert on 1 row, 2 rows with no new alert (status no_new_alert: not cleared)',
    );
    // The CSV output and the HTML report say the same.
    const csv = run(['batch', input, '--since', fixturePath('2026-01-28'), '--output', join(dir, 'out.csv'), '--report', join(dir, 'report.html'), '--workers', '1']);
    expect(csv.status).toBe(0);
    expect(readFileSync(join(dir, 'out.csv'), 'utf8').split('\n').slice(1, 4).map((line) => line.split(',')[3])).toEqual(['no_new_alert', 'alert', 'no_new_alert']);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toMatch(/what changed since the list of 2026-01-28T00:00:11.197Z: 2 rows with no new alert/);
  });
});
