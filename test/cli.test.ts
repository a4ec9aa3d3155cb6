/**
 * The built CLI on real files, as an analyst runs it: in a subprocess, and in
 * this process (`runHere`) for the cases about what a command prints.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCORING_MODEL } from '../src/scoring-model.js';
import { cliHarness, jsonlRecords } from './helpers/cli.js';
import { fixtureList, fixturePath } from './helpers/fixtures.js';

const { dir, run, runHere, file } = cliHarness('unsc-cli-');

const jsonl = (text: string) => jsonlRecords<Record<string, unknown>>(text);

describe('unsc-screen screen', () => {
  it('prints a table of alerts with reasons, exit 0', () => {
    const { status, stdout } = run(['screen', 'Mukhtar Belmukhtar', '--dob', '1972', '--nationality', 'DZ']);
    expect(status).toBe(0);
    expect(stdout).toContain('QDi.136');
    expect(stdout).toContain(`born 1972 (list: 1972-06-01) match +${SCORING_MODEL.evidence.birthYearMatch.toFixed(2)}`);
  });

  it('prints the full result as JSON with the list version', async () => {
    const { status, stdout } = await runHere(['screen', 'Mukhtar Belmukhtar', '--json']);
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as { list: { sha256: string }; alerts: Array<{ referenceNumber: string }> };
    expect(result.list.sha256).toBe(fixtureList('2026-02-27').sha256);
    expect(result.alerts[0]?.referenceNumber).toBe('QDi.136');
  });

  it('screens against another list with --list', async () => {
    const added = fixtureList('2026-02-27').individuals.find((r) => r.referenceNumber === 'SDi.007')!;
    expect((await runHere(['screen', added.name])).stdout).toContain('SDi.007');
    const older = await runHere(['screen', added.name, '--list', fixturePath('2026-01-28')]);
    expect(older.status).toBe(0);
    expect(older.stdout).not.toContain('SDi.007');
  });

  it.each([
    [['screen'], 'needs a name'],
    [['screen', 'X', '--threshold', '1.5'], '--threshold must be a number'],
    [['screen', 'X', '--bogus'], 'unknown option --bogus (--help lists the options)'],
    [['screen', 'X', '--dob', '31/31/1970', '--strict'], 'dateOfBirth'],
    [['screen', 'X', '--list', '/nonexistent.xml'], 'cannot read the list file /nonexistent.xml: ENOENT'],
    [['frobnicate'], 'Unknown command'],
  ])('exits 2 with a clear message for %j', async (args, message) => {
    const { status, stderr } = await runHere(args);
    expect(status).toBe(2);
    expect(stderr).toContain(message);
  });
});

describe('unsc-screen compare', () => {
  it('prints the score and the alignment', () => {
    const { status, stdout } = run(['compare', 'SALEK, ABDULHAI', 'ABDULHAI SALEK']);
    expect(status).toBe(0);
    expect(stdout).toContain('score 1.000: match');
    expect(stdout).toMatch(/salek\s+~ salek/);
  });
});

describe('unsc-screen batch', () => {
  const csv = file(
    'customers.csv',
    [
      'id,name,date_of_birth,nationality,document',
      'c1,"SALEK, ABDULHAI",1965,af,',
      'c2,"Smith, John ""Jack""",1980,US,',
      'c3,محمد الله مطيع,1961,Afghanistan,',
      'c4,Ротенберг Аркадий,,,',
      'c5,,1970,,',
      'c7,Mukhtar Belmukhtar,24/06/1972,,',
      'c8,Nobody Special,,,F-654 645',
      'c6,"broken,1970,,', // an unclosed quote runs to the end of the file (RFC 4180): last, so that it swallows nothing
      '',
    ].join('\n'),
  );

  it('writes one JSONL record per good row, in order, and reports bad rows with their line numbers', () => {
    const { status, stdout, stderr } = run(['batch', csv, '--workers', '2', '--batch-size', '2']);
    expect(status).toBe(0);
    const records = jsonl(stdout).filter((r) => r['status'] !== 'rejected');
    expect(records.map((r) => r['id'])).toEqual(['c1', 'c2', 'c3', 'c4', 'c7', 'c8']);
    expect(records.map((r) => r['row'])).toEqual([2, 3, 4, 5, 7, 8]);
    // Rejected rows are in the full output too, in their place, with their status and reason.
    const rejectedRows = jsonl(stdout).filter((r) => r['status'] === 'rejected');
    expect(rejectedRows.map((r) => [r['row'], r['id']])).toEqual([[6, 'c5'], [9, 'c6']]);
    const refs = (r: Record<string, unknown>) => (r['alerts'] as Array<{ referenceNumber: string }>).map((a) => a.referenceNumber);
    expect(refs(records[0]!)).toEqual(['TAi.108']);
    expect(refs(records[1]!)).toEqual([]);
    expect(refs(records[2]!)).toContain('TAi.068');
    expect(refs(records[4]!)).toEqual(['QDi.136']); // 24/06/1972: a day above 12 says the order
    expect(refs(records[5]!)).toEqual(['QDi.291']);
    expect(stderr).toContain('rejected line 6 (id c5): no name');
    expect(stderr).toContain('rejected line 9 (id c6): Quote Not Closed');
    expect(stderr).toMatch(/6 rows screened, \d+ alerts on \d+ rows, 0 rows with warnings, 2 rows rejected; list 2026-02-27/);
  });

  it('still reports bad rows on stderr with --no-progress (only the progress line goes)', async () => {
    const { status, stderr } = await runHere(['batch', csv, '--no-progress']);
    expect(status).toBe(0);
    expect(stderr).toContain('rejected line 6 (id c5): no name');
    expect(stderr).toContain('rejected line 9 (id c6): Quote Not Closed');
  });

  it('writes CSV output and a rejects file when asked', async () => {
    const output = join(dir, 'alerts.csv');
    const rejects = join(dir, 'rejects.jsonl');
    const { status } = await runHere(['batch', csv, '--output', output, '--rejects', rejects, '--workers', '1']);
    expect(status).toBe(0);
    const lines = readFileSync(output, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('row,id,name,status,alert_count,max_score,priority,top_reference,reference_numbers,scores,primary_names,matched_names,list_types,reasons,fingerprints,warnings');
    expect(lines[1]).toMatch(/^2,c1,"SALEK, ABDULHAI",alert,1,1\.0000,high,TAi\.108,TAi\.108,/);
    expect(lines[2]).toBe('3,c2,"Smith, John ""Jack""",no_alert,0,,,,,,,,,,,');
    expect(lines[5]).toBe('6,c5,,rejected,,,,,,,,,,no name,,');
    expect(jsonl(readFileSync(rejects, 'utf8')).map((r) => r['line'])).toEqual([6, 9]);
  });

  it('reads JSONL and stdin', () => {
    const input = '{"id":"j1","name":"Mukhtar Belmukhtar","date_of_birth":"1972"}\n{"id":"j2"}\nnot json\n{"id":"j3","name":"John Smith"}\n';
    const fromFile = run(['batch', file('rows.jsonl', input), '--workers', '1']);
    expect(fromFile.status).toBe(0);
    expect(jsonl(fromFile.stdout).map((r) => [r['id'], r['status']])).toEqual([['j1', 'alert'], ['j2', 'rejected'], ['', 'rejected'], ['j3', 'no_alert']]);
    expect(fromFile.stderr).toContain('rejected line 2 (id j2): no name');
    expect(fromFile.stderr).toContain('rejected line 3: not JSON');
    const fromStdin = run(['batch', '-', '--format', 'jsonl', '--workers', '1'], input);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });

  it('keeps input order over several workers', async () => {
    const names = fixtureList('2026-02-27').individuals.slice(0, 300).map((r, i) => `r${i},"${r.name}"`);
    const path = file('many.csv', ['id,name', ...names].join('\n'));
    const { status, stdout } = await runHere(['batch', path, '--workers', '2', '--batch-size', '7']);
    expect(status).toBe(0);
    expect(jsonl(stdout).map((r) => r['id'])).toEqual(names.map((_, i) => `r${i}`));
  });

  it('screens against an older list with --list, and names it in the summary', async () => {
    const { status, stderr } = await runHere(['batch', csv, '--list', fixturePath('2020-11-23'), '--workers', '1']);
    expect(status).toBe(0);
    expect(stderr).toContain('list 2020-11-23T19:10:17.6-05:00');
  });

  it('exits 1 on alerts only with --fail-on-alert', async () => {
    expect((await runHere(['batch', csv, '--workers', '1', '--fail-on-alert'])).status).toBe(1);
    const clean = file('clean.csv', 'name\nJohn Smith\nMaria Garcia\n');
    expect((await runHere(['batch', clean, '--workers', '1', '--fail-on-alert'])).status).toBe(0);
  });

  it('renames the name column', async () => {
    const path = file('renamed.csv', 'customer\nMukhtar Belmukhtar\n');
    expect((await runHere(['batch', path, '--workers', '1'])).status).toBe(2);
    const { status, stdout } = await runHere(['batch', path, '--workers', '1', '--name-column', 'customer']);
    expect(status).toBe(0);
    expect(stdout).toContain('QDi.136');
  });

  it.each([
    [['batch', '/nonexistent.csv'], 'cannot read /nonexistent.csv'],
    [['batch', 'input.txt'], 'cannot tell the format'],
    [['batch', csv, '--workers', '0'], '--workers must be a whole number from 1 to 64'],
    [['batch', csv, '--threshold', 'abc'], '--threshold must be a number'],
    [['batch', csv, '--threshold', '2'], '--threshold must be a number between 0 and 1'],
    [['batch', csv, '--workrs', '2'], 'unknown option --workrs: did you mean --workers?'],
    [['batch'], 'takes one INPUT'],
  ])('exits 2 for %j', async (args, message) => {
    const { status, stderr } = await runHere(args);
    expect(status).toBe(2);
    expect(stderr).toContain(message);
  });

  it.each([
    ['--output', 'the output'],
    ['--report', 'the report'],
    ['--summary', 'the summary'],
  ])('checks that %s can be written before screening anything', async (option, what) => {
    const path = join(dir, 'no-such-dir', 'out.csv');
    const { status, stderr } = await runHere(['batch', csv, option, path, '--workers', '1']);
    expect(status).toBe(2);
    expect(stderr).toContain(`cannot write ${what} ${path}: ENOENT (no directory ${join(dir, 'no-such-dir')}); nothing was screened (UNSC_ERR_OUTPUT_FAILED)`);
    expect(stderr).not.toMatch(/rows? screened/);
  });

  it('refuses an --output that is an existing directory (out/) before screening anything', async () => {
    const { status, stderr } = await runHere(['batch', csv, '--output', `${dir}/`, '--workers', '1']);
    expect(status).toBe(2);
    expect(stderr).toContain(`cannot write the output ${dir}/: EISDIR (${dir}/ is a directory); nothing was screened (UNSC_ERR_OUTPUT_FAILED)`);
    expect(stderr).not.toMatch(/rows? screened/);
  });

  it('writes an HTML report with each alert\'s priority, the rows screened with warnings and the rejected rows', async () => {
    const input = file('report-input.csv', ['id,name,date_of_birth,nationality', 'c1,Mukhtar Belmukhtar,1972,DZ', 'c5,Mohammed Omar,1990-13-45,Atlantis', 'c6,,1970,', 'c8,=HYPERLINK("http://x"),,', ''].join('\n'));
    const report = join(dir, 'report.html');
    const { status } = await runHere(['batch', input, '--report', report, '--output', join(dir, 'report.jsonl'), '--workers', '1']);
    expect(status).toBe(0);
    const html = readFileSync(report, 'utf8');
    expect(html).toContain('<th data-type="number">Priority</th>');
    expect(html).toMatch(/<td>QDi\.136<\/td>/);
    expect(html).toMatch(/<td data-value="2">high<\/td>/);
    const warnings = html.slice(html.indexOf('<table id="warnings-table">'), html.indexOf('</table>', html.indexOf('<table id="warnings-table">')));
    expect(warnings).toContain('<td>c5</td>');
    expect(warnings).toContain('UNSC_WARN_');
    expect(warnings).toContain('Atlantis');
    const rejected = html.slice(html.indexOf('<table id="rejected-table">'));
    expect(rejected).toMatch(/<td>4<\/td><td>c6<\/td><td>no name<\/td>/);
    // The stray quote of an Excel formula no longer rejects its row.
    expect(rejected).not.toContain('c8');
    expect(jsonl(readFileSync(join(dir, 'report.jsonl'), 'utf8')).find((r) => r['id'] === 'c8')?.['status']).toBe('no_alert');
  });

  it('says which option to raise when a worker runs out of memory, exit 2', () => {
    // (Parsing and building: decoding a snapshot fits in 32 MB.)
    const { status, stderr } = run(['batch', csv, '--workers', '1', '--worker-heap-mb', '32', '--no-snapshot']);
    expect(status).toBe(2);
    expect(stderr).toContain('ran out of memory with a 32 MB heap: give it more with --worker-heap-mb');
    expect(run(['batch', csv, '--worker-heap-mb', '8']).stderr).toContain('--worker-heap-mb must be a whole number from 32');
  });

  it('exits 2 when the list is not a list', async () => {
    const { status, stderr } = await runHere(['batch', csv, '--list', file('bad.xml', '<html>oops</html>'), '--workers', '1']);
    expect(status).toBe(2);
    expect(stderr).toContain('not the UN Consolidated List');
  });
});
