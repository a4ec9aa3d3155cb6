/**
 * `unsc-screen payments`, the built CLI on the real sample messages: in a
 * subprocess, and in this process (`here`) for the cases about what it prints.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliHarness, jsonlRecords } from './helpers/cli.js';

const { root, dir, run: runCli, runHere } = cliHarness('unsc-payments-');
const run = (args: string[], input?: string | Buffer) => runCli(['payments', ...args], input);
const here = (args: string[], input?: string | Buffer) => runHere(['payments', ...args], input);

const samples = join(root, 'fixtures/payments');

const jsonl = (text: string) => jsonlRecords<Record<string, any>>(text);
const sample = (file: string) => readFileSync(join(samples, file), 'utf8');

// One directory of messages: a planted MT103, an untouched pacs.008, a cut-off RJE file.
const inbox = join(dir, 'inbox');
mkdirSync(inbox);
writeFileSync(join(inbox, 'a_planted.txt'), sample('mt103_goplasmatic_norm.txt').replace('Jane Smith', 'AL RASHID TRUST'));
writeFileSync(join(inbox, 'b_clean.xml'), sample('iso_pacs008_v08_cbprplus_c53_5_AtoB.xml'));
const rje = sample('mt103_prowide_bulk_with_ack.rje');
writeFileSync(join(inbox, 'c_cut.rje'), rje.slice(0, rje.lastIndexOf('BEING PAYMENT')));

describe('unsc-screen payments', () => {
  it('writes one JSONL record per transaction with the file, ids and alerts (role, path), and reports the cut-off file', () => {
    const rejects = join(dir, 'rejects.jsonl');
    const { status, stdout, stderr } = run([inbox, '--rejects', rejects]);
    expect(status).toBe(0);
    const records = jsonl(stdout);
    expect(records.map((r) => [r['file'].slice(inbox.length + 1), r['transaction'], r['partial'] ?? false])).toEqual([
      ['a_planted.txt', 0, false],
      ['b_clean.xml', 0, false],
      ['c_cut.rje', 0, true],
      ['c_cut.rje', 1, true],
      ['c_cut.rje', 2, true],
    ]);
    expect(records[0]!['ids']).toEqual({ messageId: 'REF123456789', uetr: '180f1e65-90e0-44d5-a49a-92b55eb3025f' });
    expect(records[0]!['alerts']).toEqual([expect.objectContaining({ referenceNumber: 'QDe.005', role: 'beneficiaryCustomer', path: ':59:', source: 'party' })]);
    expect(records[1]!['alerts']).toEqual([]);
    const [reject] = jsonl(readFileSync(rejects, 'utf8'));
    expect(reject).toMatchObject({ file: join(inbox, 'c_cut.rje'), code: 'UNSC_ERR_PAYMENT_FORMAT', transactionsKept: 3 });
    // (the cut file's first message is the anonymized filler name screen() alerts on: see payments-screen.test.ts)
    expect(stderr).toMatch(/3 files, 5 transactions screened, \d+ alerts? on \d+ transactions?, 1 rejected/);
  });

  it('reports a reject on stderr when there is no --rejects file', async () => {
    const { status, stderr } = await here([join(inbox, 'c_cut.rje')]);
    expect(status).toBe(0);
    expect(stderr).toMatch(/rejected .*c_cut\.rje: .*block 4 is not terminated/);
  });

  it('writes the warnings of a party (a junk 50K name) on its transaction, with role and path', async () => {
    const junk = join(dir, 'junk_name.txt');
    writeFileSync(junk, sample('mt103_goplasmatic_norm.txt').replace('John Doe', 'AAAAAAAAA'));
    const { status, stdout } = await here([junk]);
    expect(status).toBe(0);
    const [record] = jsonl(stdout);
    expect(record!['warnings']).toContainEqual(expect.objectContaining({ code: 'UNSC_WARN_JUNK_NAME', role: 'orderingCustomer', path: ':50K:', field: 'name' }));
  });

  it('escapes C0 and C1 control characters of a rejected file in what it prints on stderr', async () => {
    // A real message behind bytes that read as Latin-1 C1 controls (CSI, NEL) and a C0 escape.
    const hostile = join(dir, 'c1_start.txt');
    writeFileSync(hostile, Buffer.concat([Buffer.from([0x9b, 0x32, 0x4a, 0x85, 0x1b, 0x5b, 0x32, 0x4a]), readFileSync(join(samples, 'mt103_goplasmatic_norm.txt'))]));
    const { status, stderr } = await here([hostile]);
    expect(status).toBe(2); // its only file rejected: nothing was read
    expect(stderr).toMatch(/rejected .*c1_start\.txt: .*not a payment message/);
    expect(stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(stderr).toContain('it starts with "\\x9b2J\\x85\\x1b[2J{1:F01');
  });

  it('reads standard input', () => {
    const { status, stdout } = run(['-'], sample('fedwire_fiserv_single_line.txt').replace('Test Name', 'Mukhtar Belmukhtar'));
    expect(status).toBe(0);
    const [record] = jsonl(stdout);
    expect(record).toMatchObject({ file: '-', format: 'Fedwire', ids: { messageId: '2022032400000000000001' } });
    expect(record!['alerts'][0]).toMatchObject({ referenceNumber: 'QDi.136', role: 'beneficiary', path: '{4200}' });
  });

  it('writes CSV with --output FILE.csv, and exits 1 with --fail-on-alert when a transaction alerts', async () => {
    const output = join(dir, 'alerts.csv');
    expect((await here([join(inbox, 'a_planted.txt'), '--output', output, '--fail-on-alert'])).status).toBe(1);
    const [header, row] = readFileSync(output, 'utf8').trim().split('\n');
    expect(header).toBe('file,transaction,format,message_id,end_to_end_id,uetr,alert_count,reference_numbers,scores,roles,paths,primary_names,reasons,warnings');
    expect(row).toContain(',MT103,REF123456789,,180f1e65-90e0-44d5-a49a-92b55eb3025f,1,QDe.005,1.0000,beneficiaryCustomer,:59:,AL RASHID TRUST,');
  });

  it('skips documentation in a folder with a note, and exits 2 when every file it reads is rejected', async () => {
    const folder = join(dir, 'with-docs');
    mkdirSync(folder);
    writeFileSync(join(folder, 'SOURCES.md'), readFileSync(join(samples, 'SOURCES.md')));
    writeFileSync(join(folder, 'b_clean.xml'), sample('iso_pacs008_v08_cbprplus_c53_5_AtoB.xml'));
    const read = await here([folder]);
    expect(read.status).toBe(0);
    expect(read.stderr).toContain(`skipped ${join(folder, 'SOURCES.md')}: not a payment message`);
    expect(read.stderr).toMatch(/payments: 1 file \(1 skipped\), 1 transaction screened, 0 alerts on 0 transactions, 0 rejected;/);
    expect(read.stderr).not.toContain('rejected SOURCES');

    const broken = join(dir, 'all-broken');
    mkdirSync(broken);
    writeFileSync(join(broken, 'a.txt'), 'not a message');
    writeFileSync(join(broken, 'b.xml'), '<x/>');
    const none = await here([broken]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('no message could be read: every file was rejected');
  });

  it('exits 2 on a folder of documentation only: no message file was read', async () => {
    const folder = join(dir, 'docs-only');
    mkdirSync(folder);
    writeFileSync(join(folder, 'README.md'), readFileSync(join(samples, 'SOURCES.md')));
    const { status, stderr } = await here([folder]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/payments: 0 files \(1 skipped\), 0 transactions screened/);
    expect(stderr).toContain('no message file to read: every file was skipped (exit 2)');
  });

  it('checks the output directory before reading any message', async () => {
    const { status, stderr } = await here([inbox, '--output', join(dir, 'missing-dir', 'out.csv')]);
    expect(status).toBe(2);
    expect(stderr).toContain(`cannot write the output ${join(dir, 'missing-dir', 'out.csv')}: ENOENT`);
    expect(stderr).toContain('UNSC_ERR_OUTPUT_FAILED');
    expect(stderr).not.toContain('transactions screened');
  });

  it('refuses an output that is an existing directory (out/) before reading any message', async () => {
    const folder = join(dir, 'out-dir');
    mkdirSync(folder);
    for (const path of [folder, `${folder}/`]) {
      const { status, stderr } = await here([inbox, '--output', path]);
      expect(status).toBe(2);
      expect(stderr).toContain(`cannot write the output ${path}: EISDIR`);
      expect(stderr).toContain('UNSC_ERR_OUTPUT_FAILED');
      expect(stderr).not.toContain('transactions screened');
    }
  });

  it('exits 0 with --fail-on-alert when no transaction alerts', async () => {
    expect((await here([join(inbox, 'b_clean.xml'), '--fail-on-alert'])).status).toBe(0);
  });

  it.each([
    [[], 'needs at least one FILE'],
    [['/nonexistent/payments'], 'cannot read /nonexistent/payments'],
    [[inbox, '--threshold', '2'], '--threshold must be a number between 0 and 1 (above 0, at most 1), got "2"'],
    [[inbox, '--bogus'], 'unknown option --bogus (--help lists the options)'],
    [[inbox, '--fail-on-alrt'], 'unknown option --fail-on-alrt: did you mean --fail-on-alert?'],
  ])('exits 2 on bad usage: %j', async (args, message) => {
    const { status, stderr } = await here(args);
    expect(status).toBe(2);
    expect(stderr).toContain(message);
  });
});
