/**
 * Decisions that stick: an alert cleared by an analyst stays cleared on the
 * next run, and comes back when the party's screened fields or the
 * designation change. Two real list versions: QDi.057 changed between
 * 2025-04-19 and 2025-12-09 (addresses, last update); QDi.136 did not.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DecisionBook, diffLists, parseDecisionsCsv, parseList, Screener, UnscScreenError, type DecisionRow } from '../src/index.js';
import { fixtureBytes, fixtureList, fixturePath } from './helpers/fixtures.js';
import { warmCacheDir } from './helpers/prepared.js';

const older = fixtureList('2025-04-19');
const newer = fixtureList('2025-12-09');
const tantoush = { name: 'Ibrahim Ali Abu Bakr Tantoush' };
const belmokhtar = { name: 'Mukhtar Belmukhtar', dateOfBirth: '1972' };
const screenOld = new Screener(older);
const screenNew = new Screener(newer);

describe('the two list versions', () => {
  it('QDi.057 changed between them and QDi.136 did not', () => {
    const changed = diffLists(older, newer).changed.map((c) => c.referenceNumber);
    expect(changed).toContain('QDi.057');
    expect(changed).not.toContain('QDi.136');
  });
});

describe('alert fingerprints', () => {
  const alertOf = (screener: Screener, query: { name: string; dateOfBirth?: string }, ref: string) =>
    screener.screen(query).alerts.find((a) => a.referenceNumber === ref)!;

  it('are the same for the same party and designation, on another parse of the list', () => {
    const first = alertOf(screenOld, tantoush, 'QDi.057');
    expect(first.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(alertOf(new Screener(parseList(fixtureBytes('2025-04-19'))), tantoush, 'QDi.057').fingerprint).toBe(first.fingerprint);
    // An unchanged designation keeps its fingerprint in the next list version.
    expect(alertOf(screenNew, belmokhtar, 'QDi.136').fingerprint).toBe(alertOf(screenOld, belmokhtar, 'QDi.136').fingerprint);
  });

  it('change when the designation changes, or the party birth date', () => {
    expect(alertOf(screenNew, tantoush, 'QDi.057').fingerprint).not.toBe(alertOf(screenOld, tantoush, 'QDi.057').fingerprint);
    expect(alertOf(screenOld, { ...belmokhtar, dateOfBirth: '1973' }, 'QDi.136').fingerprint).not.toBe(alertOf(screenOld, belmokhtar, 'QDi.136').fingerprint);
  });
});

describe('DecisionBook', () => {
  const cleared = (id: string, query: { name: string; dateOfBirth?: string }, ref: string): DecisionRow => {
    const alert = screenOld.screen(query).alerts.find((a) => a.referenceNumber === ref)!;
    return { id, reference_number: ref, fingerprint: alert.fingerprint, decision: 'cleared', analyst: 'ana', date: '2026-11-29' };
  };
  const book = new DecisionBook([cleared('p1', tantoush, 'QDi.057'), cleared('p2', belmokhtar, 'QDi.136')]);

  it('keeps a cleared alert cleared on the next run, with the decision', () => {
    const { alerts, cleared: done } = book.apply('p1', screenOld.screen(tantoush).alerts);
    expect(alerts.map((a) => a.referenceNumber)).not.toContain('QDi.057');
    expect(done.map((c) => [c.alert.referenceNumber, c.decision.analyst])).toEqual([['QDi.057', 'ana']]);
  });

  it('brings it back when the designation changed in the new list', () => {
    const { alerts, cleared: done } = book.apply('p1', screenNew.screen(tantoush).alerts);
    expect(alerts.map((a) => a.referenceNumber)).toContain('QDi.057');
    expect(done).toEqual([]);
    // QDi.136 did not change: still cleared against the new list.
    expect(book.apply('p2', screenNew.screen(belmokhtar).alerts).cleared.map((c) => c.alert.referenceNumber)).toEqual(['QDi.136']);
  });

  it('brings it back when the party birth date changes, or for another party id', () => {
    expect(book.apply('p2', screenOld.screen({ ...belmokhtar, dateOfBirth: '1973' }).alerts).alerts.map((a) => a.referenceNumber)).toContain('QDi.136');
    expect(book.apply('p3', screenOld.screen(belmokhtar).alerts).cleared).toEqual([]);
  });

  it('suppresses nothing for a decision other than cleared', () => {
    const escalated = new DecisionBook([{ ...cleared('p1', tantoush, 'QDi.057'), decision: 'escalated' }]);
    expect(escalated.apply('p1', screenOld.screen(tantoush).alerts).cleared).toEqual([]);
  });
});

describe('parseDecisionsCsv', () => {
  it('reads the columns, a BOM, semicolons, and neutralised cells', () => {
    const rows = parseDecisionsCsv('\ufeffid;reference_number;fingerprint;decision;analyst;note;date\n\'-7;QDi.136;abc;cleared;ana;"same name, other person";2026-11-29\n');
    expect(rows).toEqual([{ id: '-7', reference_number: 'QDi.136', fingerprint: 'abc', decision: 'cleared', analyst: 'ana', note: 'same name, other person', date: '2026-11-29' }]);
  });

  it('throws UNSC_ERR_BAD_DECISIONS without the key columns', () => {
    let error: unknown;
    try {
      parseDecisionsCsv('id,decision\nc1,cleared\n');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnscScreenError);
    expect((error as UnscScreenError).code).toBe('UNSC_ERR_BAD_DECISIONS');
    expect((error as Error).message).toContain('`reference_number`, `fingerprint`');
  });
});

describe('unsc-screen batch --cleared and decisions template', () => {
  // Three batch runs (each parses a list in its worker) and a template: about 10 s on an idle machine;
  // the timeout leaves room for a loaded one.
  it('clears on the next run, lists the cleared alert, and lets it return when the party or the designation changes', { timeout: 180_000 }, () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const dir = mkdtempSync(join(tmpdir(), 'unsc-decisions-'));
    const env = { ...process.env, UNSC_SCREEN_CACHE_DIR: warmCacheDir(join(dir, 'cache')) };
    const cli = (args: string[]) => spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), ...args], { cwd: root, encoding: 'utf8', env });
    const file = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    const rows = (stdout: string) =>
      stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; status: string; alerts: Array<{ referenceNumber: string }>; clearedByDecision: Array<{ referenceNumber: string; decision: DecisionRow }> });
    const input = file('parties.csv', 'id,name,date_of_birth\np1,Ibrahim Ali Abu Bakr Tantoush,\np2,Mukhtar Belmukhtar,1972\n');

    const first = cli(['batch', input, '--list', fixturePath('2025-04-19'), '--workers', '1', '--output', join(dir, 'alerts.jsonl')]);
    expect(first.status).toBe(0);
    const template = cli(['decisions', 'template', join(dir, 'alerts.jsonl')]);
    expect(template.status).toBe(0);
    const [header, ...lines] = template.stdout.trim().split('\n');
    expect(header).toBe('id,reference_number,fingerprint,decision,analyst,note,date');
    expect(lines.map((l) => l.split(',').slice(0, 2).join(','))).toEqual(expect.arrayContaining(['p1,QDi.057', 'p2,QDi.136']));
    // The note names the party (the JSONL keeps it in query.name) and the designation, with the score rounded.
    const p2 = lines.find((l) => l.startsWith('p2,QDi.136,'))!;
    expect(p2).toMatch(/,"?Mukhtar Belmukhtar ~ [^\n]+ \(1\.000\)"?,$/);
    // The analyst clears both, and fills in who and when.
    const decisions = file('decisions.csv', [header, ...lines.map((l) => l.replace(/^([^,]*,[^,]*,[^,]*),,,/, '$1,cleared,ana,'))].join('\n'));

    const again = cli(['batch', input, '--list', fixturePath('2025-04-19'), '--workers', '1', '--cleared', decisions]);
    expect(again.status).toBe(0);
    const cleared = rows(again.stdout);
    expect(cleared.map((r) => r.status)).toEqual(['cleared', 'cleared']);
    expect(cleared[0]!.clearedByDecision.map((a) => [a.referenceNumber, a.decision.analyst])).toEqual([['QDi.057', 'ana']]);
    expect(again.stderr).toMatch(/0 alerts on 0 rows, 2 alerts cleared by decisions \(listed as cleared\)/);

    // Next list version (QDi.057 changed) and p2 with another birth date: both return.
    const changed = file('changed.csv', 'id,name,date_of_birth\np1,Ibrahim Ali Abu Bakr Tantoush,\np2,Mukhtar Belmukhtar,1973\n');
    const next = rows(cli(['batch', changed, '--list', fixturePath('2025-12-09'), '--workers', '1', '--cleared', decisions]).stdout);
    expect(next.map((r) => [r.id, r.status, r.alerts[0]?.referenceNumber])).toEqual([['p1', 'alert', 'QDi.057'], ['p2', 'alert', 'QDi.136']]);
    expect(readFileSync(decisions, 'utf8')).toContain('cleared,ana');
  });
});
