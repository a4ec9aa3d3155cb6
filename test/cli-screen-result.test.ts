/**
 * The cases on the built CLI: a party is never left unscreened for a
 * side field, one result shape everywhere (validated against the package's
 * JSON Schema), compare and explain agree with the alert, CLI manners.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { SCORING_MODEL } from '../src/scoring-model.js';
import { cliHarness } from './helpers/cli.js';
import { Screener } from '../src/screen/screener.js';
import { fixtureList, seededRandom } from './helpers/fixtures.js';
import { newestPrepared } from './helpers/prepared.js';

const { root, cli, dir, env, run, runHere, file } = cliHarness('unsc-cli-result-');

const schema = JSON.parse(readFileSync(join(root, 'schema/screen-result.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true }).compile(schema);

type Row = { row: number; id?: string; alerts: Array<{ referenceNumber: string; record?: unknown }>; warnings: Array<{ code: string; field: string; value: string }> };
// The screened rows (a rejected row is a line of its own in the full output, with status "rejected": not a ScreenResult).
const jsonl = (text: string) =>
  text.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Row & { status?: string }).filter((row) => row.status !== 'rejected');

function expectValid(value: unknown): void {
  const valid = validate(value);
  expect(validate.errors ?? [], JSON.stringify(value).slice(0, 300)).toEqual([]);
  expect(valid).toBe(true);
}

describe('batch: a row with a name is always screened', () => {
  it('screens a listed person whose nationality is an adjective, and --fail-on-alert sees him (the issue)', () => {
    const path = file('one.csv', 'id,name,nationality\n1,Mokhtar Belmokhtar,Algerian\n');
    const output = join(dir, 'o.csv');
    const { status, stderr } = run(['batch', path, '--output', output, '--fail-on-alert', '--workers', '1']);
    expect(stderr).toMatch(/1 row screened, 1 alert on 1 row, 0 rows with warnings, 0 rows rejected/);
    expect(status).toBe(1);
    expect(readFileSync(output, 'utf8').split('\n')[1]).toMatch(/^2,1,Mokhtar Belmokhtar,alert,1,1\.0000,high,QDi\.136,QDi\.136,1\.0000,.*nationality DZ \(list: DZ\)[^;]* match/);
  });

  it('screens 1,000 rows whose every side field is wrong: each unusable field a coded warning, the listed names alerting, every line valid', () => {
    const random = seededRandom(15);
    const listed = fixtureList('2026-02-27').individuals.slice(0, 200).map((r) => r.name);
    const badDates = ['31/02/1970', 'sometime in 1970', '1975-13-01', '02/05/1958', '19/19/1919', 'yesterday', '0000-00-00'];
    const badCountries = ['Atlantis', 'Narnian', 'Earth', 'Gondor', 'Mars;Venus', 'n/a!'];
    const badKinds = ['vessel', 'aircraft', 'other'];
    const badDocuments = ['--', '#', '//'];
    const pick = <T,>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
    const rows = ['id,name,date_of_birth,nationality,country,kind,document'];
    const expected: Array<{ id: string; listed: boolean; fields: string[] } | undefined> = [];
    for (let i = 0; i < 1000; i++) {
      const noName = i % 97 === 13;
      const isListed = !noName && i % 5 === 0;
      const name = noName ? '' : isListed ? listed[i % listed.length]! : `Customer ${i} Ordinary`;
      const cells = [`r${i}`, `"${name}"`, pick(badDates), pick(badCountries), pick(badCountries), pick(badKinds), pick(badDocuments)];
      rows.push(cells.join(','));
      expected.push(noName ? undefined : { id: `r${i}`, listed: isListed, fields: ['dateOfBirth', 'nationality', 'country', 'kind', 'document'] });
    }
    const output = join(dir, 'wrong.jsonl');
    const { status, stderr } = run(['batch', file('wrong.csv', `${rows.join('\n')}\n`), '--output', output, '--workers', '2', '--fail-on-alert']);
    expect(status).toBe(1);
    const records = jsonl(readFileSync(output, 'utf8'));
    const named = expected.filter((e) => e !== undefined);
    expect(records.map((r) => r.id)).toEqual(named.map((e) => e.id));
    expect(stderr).toMatch(new RegExp(`${named.length} rows screened, \\d+ alerts on \\d+ rows, ${named.length} rows with warnings, ${1000 - named.length} rows rejected`));
    records.forEach((record, i) => {
      expectValid(record);
      // Every side field is reported (ambiguous 02/05/1958 keeps its year, the rest are unreadable).
      expect(new Set(record.warnings.map((w) => w.field))).toEqual(new Set(named[i]!.fields));
      for (const warning of record.warnings) expect(warning.code).toMatch(/^UNSC_WARN_(UNREADABLE_DATE|AMBIGUOUS_DATE|UNKNOWN_COUNTRY|UNKNOWN_KIND|UNREADABLE_DOCUMENT)$/);
      if (named[i]!.listed) expect(record.alerts.length, record.id).toBeGreaterThan(0);
    });
  });

  it('reads the library\'s field names in JSONL and warns of an unknown field; --strict rejects such rows', async () => {
    const input = '{"id":"j1","name":"Mukhtar Belmukhtar","dateOfBirth":"1958","dob":"1972"}\n{"id":"j2","name":"Jane Doe","date_of_birth":"1980","nationality":["NO","Atlantis"]}\n';
    const path = file('fields.jsonl', input);
    const { status, stdout } = await runHere(['batch', path, '--workers', '1']);
    expect(status).toBe(0);
    const [first, second] = jsonl(stdout) as Array<Row & { query: { dateOfBirth?: { year: number } } }>;
    expect(first!.query.dateOfBirth?.year).toBe(1958);
    expect(first!.warnings).toMatchObject([{ code: 'UNSC_WARN_UNKNOWN_FIELD', field: 'dob', value: '1972' }]);
    expect(second!.warnings).toMatchObject([{ code: 'UNSC_WARN_UNKNOWN_COUNTRY', field: 'nationality', value: 'Atlantis' }]);
    expectValid(first);
    const strict = await runHere(['batch', path, '--workers', '1', '--strict']);
    expect(jsonl(strict.stdout)).toEqual([]);
    expect(strict.stderr).toContain('rejected line 1 (id j1): Unknown field `dob`');
    expect(strict.stderr).toContain('rejected line 2 (id j2): Unknown country in `nationality`');
  });
});

describe('screen --json: the library\'s result', () => {
  it('writes a valid ScreenResult with the id, warnings and, with --with-record, the record', async () => {
    const plain = run(['screen', 'Mokhtar Belmokhtar', '--id', 'C-9', '--nationality', 'Tunisian', '--dob', '02/05/1958', '--json']);
    expect(plain.status).toBe(0);
    const result = JSON.parse(plain.stdout) as Row & { list: { ageDays: number } };
    expectValid(result);
    expect(result.id).toBe('C-9');
    expect(result.warnings.map((w) => w.code)).toEqual(['UNSC_WARN_AMBIGUOUS_DATE', 'UNSC_WARN_LIST_STALE']);
    expect(result.list.ageDays).toBeGreaterThan(30);
    expect(result.alerts[0]?.record).toBeUndefined();
    const full = JSON.parse((await runHere(['screen', 'Mokhtar Belmokhtar', '--json', '--with-record'])).stdout) as Row;
    expectValid(full);
    expect(full.alerts[0]?.record).toMatchObject({ referenceNumber: 'QDi.136' });
  });
});

describe('compare and explain agree with the alert', () => {
  it('compare scores with the list in use; --plain without it', async () => {
    // (the library's screen is the CLI's: see the screen --json test)
    const alert = new Screener(newestPrepared()).screen({ name: 'Ali Saleh' }).alerts.find((a) => a.referenceNumber === 'QDi.019')!;
    const onList = run(['compare', 'Ali Saleh', 'Saleh', '--json']);
    expect((JSON.parse(onList.stdout) as { score: number }).score).toBe(alert.nameScore);
    expect((await runHere(['compare', 'Ali Saleh', 'Saleh'])).stdout).toMatch(/^score 0\.80\d: match .*\n {2}B is QDi\.019's alias \(Low\) "Saleh": score × 0\.9/);
    expect((await runHere(['compare', 'Ali Saleh', 'Saleh', '--plain'])).stdout).toMatch(/^score 0\.769: no match/);
  });

  it('explain prints the whole decision', async () => {
    const { status, stdout } = run(['explain', 'Mokhtar Belmokhtar', 'QDi.136', '--dob', '1990', '--nationality', 'Norway']);
    expect(status).toBe(0);
    expect(stdout).toContain('QDi.136 MOKHTAR BELMOKHTAR (Al-Qaida, individual)');
    expect(stdout).toMatch(/mokhtar\s+~ mokhtar\s+1\.00 \(exact\)/);
    const { birthDateConflict: born, nationalityConflict: nationality } = SCORING_MODEL.evidence;
    const minus = (n: number) => `−${Math.abs(n).toFixed(2)}`;
    const score = (1 + born + nationality).toFixed(3);
    expect(stdout).toMatch(new RegExp(`dateOfBirth\\s+conflict\\s+${minus(born)}\\s+born 1990`));
    expect(stdout).toMatch(new RegExp(`nationality\\s+conflict\\s+${minus(nationality)}`));
    expect(stdout).toContain(`score 1.000 ${minus(born)} ${minus(nationality)} = ${score}; threshold 0.8`);
    // A full-name match with conflicting evidence alerts at low priority (it is never hidden).
    expect(stdout).toContain(`decision: ALERT at low priority (${score} < 0.8, but the name matches in full, 1.000 ≥ 0.8`);
    const other = await runHere(['explain', 'Mokhtar Belmokhtar', 'QDi.001']);
    expect(other.stdout).toMatch(/decision: no alert \(0\.\d{3} < 0\.8\)/);
  });
});

describe('CLI manners', () => {
  it.each(['--version', '-v', '-h', 'info --help', 'info -h', 'screen -h', 'batch -h', 'compare -h', 'explain -h', 'diff -h', 'update -h'])('%s exits 0', async (line) => {
    const { status, stdout } = await runHere(line.split(' '));
    expect(status).toBe(0);
    expect(stdout.length).toBeGreaterThan(10);
  });

  it('ends quietly when the reader closes the pipe (EPIPE)', async () => {
    const child = spawn(process.execPath, [cli, 'diff', join(root, 'fixtures/consolidated-2020-11-23.xml'), join(root, 'fixtures/consolidated-2026-02-27.xml'), '--json'], { env });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(status).toBe(0);
  });
});
