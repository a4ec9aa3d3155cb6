/**
 * Reading CSV input: records cut by the splitter (quotes, line breaks, size
 * limit), cells read by csv-parse, and the CLI on real files as an analyst
 * exports them (semicolons, BOM, multi-line cells, a huge row).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { CsvRecordSplitter, detectDelimiter, MAX_RECORD_CHARS, type CsvRecord, type OversizedRecord } from '../src/cli/batch/csv-records.js';
import { readCsvCells } from '../src/cli/batch/csv-cells.js';
import { csvReader, DEFAULT_COLUMNS, looseId, splitValues, unusedColumns, type InputRow } from '../src/cli/batch/rows.js';
import { InputBatches } from '../src/cli/batch/input.js';
import { warmCacheDir } from './helpers/prepared.js';

function split(text: string, options: { chunk?: number; maxChars?: number; delimiter?: string } = {}) {
  const records: CsvRecord[] = [];
  const oversized: OversizedRecord[] = [];
  const splitter = new CsvRecordSplitter({
    delimiter: options.delimiter,
    ...(options.maxChars === undefined ? {} : { maxChars: options.maxChars }),
    onRecord: (r) => records.push(r),
    onOversized: (r) => oversized.push(r),
  });
  const chunk = options.chunk ?? text.length;
  for (let i = 0; i < text.length; i += chunk) splitter.push(text.slice(i, i + chunk));
  splitter.end();
  return { records, oversized, delimiter: splitter.delimiter };
}

describe('CsvRecordSplitter', () => {
  // (a file's first line break says which ends its lines: a line feed, a lone CR being text then; or, in a
  // file saved as "CSV (Macintosh)", a lone CR; a CR inside quotes is text either way)
  it.each([
    [
      'line feeds',
      '\ufeffid;name\r\n1;"SALEK;\nABDULHAI"\r\n\n2;"say ""hi"""\n3;bare\rCR\n4;last',
      [
        { text: 'id;name', line: 1, ending: 2 },
        { text: '1;"SALEK;\nABDULHAI"', line: 2, ending: 2 },
        { text: '2;"say ""hi"""', line: 5, ending: 1 },
        { text: '3;bare\rCR', line: 6, ending: 1 },
        { text: '4;last', line: 7, ending: 0 },
      ],
    ],
    [
      'lone CRs',
      'id;name\r1;"Kim\rChol"\r\r2;"say ""hi"""\r3;x',
      [
        { text: 'id;name', line: 1, ending: 1 },
        { text: '1;"Kim\rChol"', line: 2, ending: 1 },
        { text: '2;"say ""hi"""', line: 5, ending: 1 },
        { text: '3;x', line: 6, ending: 0 },
      ],
    ],
  ])('cuts records at %s outside quotes, whatever the chunk size', (_, text, expected) => {
    const whole = split(text);
    expect(whole.records).toEqual(expected);
    expect(whole.delimiter).toBe(';');
    for (const chunk of [1, 2, 3, 7]) expect(split(text, { chunk }).records).toEqual(whole.records);
  });

  it('rejects a record over the limit alone, with its lines, and reads every later record', () => {
    const { records, oversized } = split(`id,name\n1,a\n2,${'x'.repeat(100)}\n3,"open${'y'.repeat(100)}\n4,b\n5,c`, { maxChars: 50, chunk: 16 });
    expect(records.map((r) => r.text)).toEqual(['id,name', '1,a', '4,b', '5,c']);
    expect(oversized.map((r) => [r.line, r.endLine])).toEqual([[3, 3], [4, 4]]);
    expect(oversized[0]!.start).toMatch(/^2,x+$/);
  });

  it('keeps an unclosed quote inside the limit as one record for the cell reader to reject', () => {
    const { records } = split('id,name\n1,"open\n2,b');
    expect(records).toEqual([{ text: 'id,name', line: 1, ending: 1 }, { text: '1,"open\n2,b', line: 2, ending: 0 }]);
  });

  it('reads a lone CR as text when the first line break is a line feed, and a line feed as a line break when it is a CR', () => {
    expect(split('id,name\r\n1,bare\rCR\r\n').records.map((r) => r.text)).toEqual(['id,name', '1,bare\rCR']);
    expect(split('id,name\n1,bare\rCR\n').records.map((r) => r.text)).toEqual(['id,name', '1,bare\rCR']);
    expect(split('id,name\r1,a\n2,b\r').records.map((r) => r.text)).toEqual(['id,name', '1,a', '2,b']);
    expect(readCsvCells(['1,"Kim\rChol"'], ',')).toEqual([['1', 'Kim\rChol']]);
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['id,name,date_of_birth', ','],
    ['id;name;date_of_birth', ';'],
    ['id\tname', '\t'],
    ['id|name', '|'],
    ['"a,b;c";name;x', ';'],
    ['name', ','],
  ])('%j → %j', (header, delimiter) => expect(detectDelimiter(header)).toBe(delimiter));
});

describe('readCsvCells', () => {
  it('reads a batch, and rejects only the bad record of it', () => {
    const cells = readCsvCells(['1,"SALEK, ABDULHAI"', '2,"open', '3,"multi\nline"', '4,bare\rCR'], ',');
    expect(cells[0]).toEqual(['1', 'SALEK, ABDULHAI']);
    expect(cells[1]).toEqual({ error: expect.stringContaining('Quote Not Closed') });
    expect(cells[2]).toEqual(['3', 'multi\nline']);
    expect(cells[3]).toEqual(['4', 'bare\rCR']);
  });

  it('reads a stray quote inside an unquoted cell as text (Excel), and quoted cells as before', () => {
    const cells = readCsvCells(['c8,=HYPERLINK("http://x"),,,,', 'c9,"a ""quoted"" name",x', 'c10,O"Brien,"SALEK, ABDULHAI"'], ',');
    expect(cells[0]).toEqual(['c8', '=HYPERLINK("http://x")', '', '', '', '']);
    expect(cells[1]).toEqual(['c9', 'a "quoted" name', 'x']);
    expect(cells[2]).toEqual(['c10', 'O"Brien', 'SALEK, ABDULHAI']);
  });

  it('rejects a quoted cell with text after its closing quote, instead of reading shifted columns', () => {
    const cells = readCsvCells(['c7,"Mokhtar "Laaouar", Belmokhtar",1972-06-01,DZ', 'c3,"x"y', 'c8,"Mokhtar Belmokhtar" ,1972', 'c9,O"Brien,"x"y', 'c10,"ok",=A("b")'], ',');
    expect(cells[0]).toEqual({ error: expect.stringContaining('Invalid Closing Quote') });
    expect(cells[1]).toEqual({ error: expect.stringContaining('Invalid Closing Quote') });
    expect(cells[2]).toEqual({ error: expect.stringContaining('Invalid Closing Quote') });
    expect(cells[3]).toEqual({ error: expect.stringContaining('cell 3') });
    expect(cells[4]).toEqual(['c10', 'ok', '=A("b")']);
  });

  it('names the id of a row it still rejects, when the id can be read', () => {
    expect(looseId('c6,"broken,1970,,', 0, ',')).toBe('c6');
    expect(looseId('"c6";"broken', 0, ';')).toBe('c6');
    expect(looseId('"c"6","broken', 0, ',')).toBe('');
    expect(looseId('x,"broken', undefined, ',')).toBe('');
    expect(looseId('"Smith, John",x,c9,"broken', 2, ',')).toBe('');
    expect(looseId('Smith,x,c9,"broken', 2, ',')).toBe('c9');
  });

  // Records without a quote are split without the parser: their cells must be the parser's all the same.
  it('reads every record the splitter cuts as csv-parse reads it, quoted or not', () => {
    const cell = fc.stringMatching(/^[a-zA-Z ;,|\t"\r\n\u00e9]{0,8}$/);
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), fc.constantFrom(',', ';', '\t', '|'), (rows, delimiter) => {
        const records: string[] = [];
        const splitter = new CsvRecordSplitter({ delimiter, onRecord: (record) => records.push(record.text), onOversized: () => undefined });
        splitter.push(rows.map((row) => row.join(delimiter)).join('\n'));
        splitter.end();
        const cells = readCsvCells(records, delimiter);
        records.forEach((record, i) => {
          // Strict RFC 4180 reading: where it holds, the cells are the same; where even the relaxed one
          // fails, the record is rejected; otherwise (stray quotes) either the relaxed reading or a reject.
          const read = (relax: boolean): string[][] | undefined => {
            try {
              return parse(record, { delimiter, record_delimiter: ['\r\n', '\n'], relax_column_count: true, relax_quotes: relax, skip_empty_lines: false, bom: false }) as string[][];
            } catch {
              return undefined;
            }
          };
          const strict = read(false);
          const relaxed = read(true);
          if (strict?.length === 1) expect(cells[i]).toEqual(strict[0]);
          else if (relaxed?.length !== 1) expect(cells[i]).toHaveProperty('error');
          else if (Array.isArray(cells[i])) expect(cells[i]).toEqual(relaxed[0]);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('a record reads the same alone and inside a batch', () => {
  // The joined parse is kept for a record only when the parser's row was cut from exactly its text:
  // the row count alone let '\n"' and '"' read as two rows, neither of them theirs.
  it('for records the row count alone would pass, and a record ending in a lone CR among quoted ones', () => {
    for (const records of [['\n"', '"'], ['', '""'], ['1,"a"', '2,"b"\r', '3,"c"'], ['"x"\r', '"y"\r\r', '"z"']]) {
      expect(readCsvCells(records, ','), JSON.stringify(records)).toEqual(records.map((record) => readCsvCells([record], ',')[0]));
    }
  });

  it('for any records (property)', () => {
    const record = fc.stringMatching(/^[ab ,;"\r\n]{0,12}$/);
    fc.assert(
      fc.property(fc.array(record, { maxLength: 8 }), fc.constantFrom(',', ';'), (records, delimiter) => {
        expect(readCsvCells(records, delimiter)).toEqual(records.map((one) => readCsvCells([one], delimiter)[0]));
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('several values in one cell', () => {
  it('splits on ; and trims each value', () => {
    expect(splitValues(' AF ; PK;')).toEqual(['AF', 'PK']);
  });

  // The former split(/\s*;\s*/) took 8.5 s on this cell (quadratic backtracking); a linear split takes
  // well under a millisecond. The timeout, 40 times the linear cost under load, is what fails.
  it('reads a cell of 60,000 spaces in linear time', { timeout: 2_000 }, () => {
    const reader = csvReader(DEFAULT_COLUMNS, { cells: ['name', 'nationality'], delimiter: ',' });
    const row = reader.read([`Jane Doe,${' '.repeat(60_000)}x`], 0, 2) as InputRow;
    expect(row.query.nationality).toEqual(['x']);
  });
});

describe('progress through the input', () => {
  // The bar follows the rows handed to the workers, counted in input bytes: in a UTF-16 file each
  // character is two bytes, a CRLF line ending two characters; the last batch must end at the
  // file's end, and no batch before the one before it.
  const rows = (ending: string) => 'id,name' + ending + Array.from({ length: 500 }, (_, i) => `r${i},Jürgen Müller ${i}${ending}`).join('');
  it.each([
    ['utf-8, LF', Buffer.from(rows('\n'), 'utf8'), undefined],
    ['utf-8, CRLF', Buffer.from(rows('\r\n'), 'utf8'), undefined],
    ['utf-8, CR only', Buffer.from(rows('\r'), 'utf8'), undefined],
    ['utf-16le with its byte-order mark, CRLF', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rows('\r\n'), 'utf16le')]), undefined],
    ['windows-1252, CRLF', Buffer.from(rows('\r\n'), 'latin1'), 'windows-1252'],
  ])('ends at the input size: %s', async (_, bytes, encoding) => {
    const input = new InputBatches({ format: 'csv', delimiter: undefined, columns: DEFAULT_COLUMNS, batchSize: 100, ...(encoding === undefined ? {} : { encoding }) });
    const chunks = Array.from({ length: Math.ceil(bytes.length / 4096) }, (_, i) => bytes.subarray(i * 4096, (i + 1) * 4096));
    const stream = (async function* () {
      yield* chunks;
    })();
    const through: number[] = [];
    for await (const batch of input.read(stream)) through.push(input.bytesThrough(batch));
    expect(through).toHaveLength(5);
    expect(through.every((at, i) => i === 0 || at > through[i - 1]!)).toBe(true);
    expect(Math.abs(through.at(-1)! - bytes.length)).toBeLessThanOrEqual(2);
  });
});

describe('blank lines in the input', () => {
  // Blank lines between rows and at the end, one of spaces, and rows of empty cells only (what a
  // spreadsheet writes for an empty row): skipped, counted, and their bytes still move the bar to the end.
  const csv = 'id,name\n\nr1,John Smith\n\n\n  \nr2,Jane Doe\r\n,,\n\nr3,,\n\n\n';
  const jsonl = '\n{"name":"John Smith"}\n\n  \n{"name":"Jane Doe"}\r\n\r\n\n';
  it.each([
    ['csv', csv, ['r1,John Smith', 'r2,Jane Doe', 'r3,,'], 8],
    ['jsonl', jsonl, ['{"name":"John Smith"}', '{"name":"Jane Doe"}'], 5],
  ] as const)('%s: batches hold the rows only, the blank lines are counted, and the bar ends at the input size', async (format, text, lines, blank) => {
    const input = new InputBatches({ format, delimiter: undefined, columns: DEFAULT_COLUMNS, batchSize: 2 });
    const bytes = Buffer.from(text);
    const stream = (async function* () {
      for (let i = 0; i < bytes.length; i += 3) yield bytes.subarray(i, i + 3);
    })();
    const got: string[] = [];
    let through = 0;
    for await (const batch of input.read(stream)) {
      got.push(...batch.lines);
      through = input.bytesThrough(batch);
    }
    expect(got).toEqual(lines);
    expect(input.blankLines()).toBe(blank);
    expect(through).toBe(bytes.length);
  });
});

describe('a row of empty cells', () => {
  const blanks = (text: string) => {
    const records: string[] = [];
    const blank: string[] = [];
    const splitter = new CsvRecordSplitter({ onRecord: (r) => records.push(r.text), onOversized: () => undefined, onBlank: (r) => blank.push(r.text) });
    splitter.push(text);
    splitter.end();
    return { records, blank };
  };

  it('is blank whether its cells are quoted or not, as a spreadsheet writes an empty row', () => {
    expect(blanks('id,name\n"",""\n,,\n "" , " " \n"",\nr1,Jane Doe\n')).toEqual({ records: ['id,name', 'r1,Jane Doe'], blank: ['"",""', ',,', ' "" , " " ', '"",'] });
  });

  it('is not blank when a cell holds a quote, a delimiter or a name', () => {
    expect(blanks('id,name\n"""",\n",",\n"","x"\n').records).toEqual(['id,name', '"""",', '",",', '"","x"']);
  });
});

describe('a header that names a column twice', () => {
  it('is an error at the start when the column is one the screen reads, naming both positions', () => {
    expect(() => csvReader(DEFAULT_COLUMNS, { cells: ['id', 'name', 'Name'], delimiter: ',' })).toThrow(/2 `name` columns \(columns 2 and 3\)/);
    expect(() => csvReader(DEFAULT_COLUMNS, { cells: ['id', 'name', 'id'], delimiter: ',' })).toThrow(/2 `id` columns \(columns 1 and 3\)/);
  });

  it('reads every row when the repeated column is one the screen does not read', () => {
    const reader = csvReader(DEFAULT_COLUMNS, { cells: ['note', 'name', 'note'], delimiter: ',' });
    const row = reader.read(['a,Jane Doe,b'], 0, 2) as InputRow;
    expect(row.query.name).toBe('Jane Doe');
    expect(reader.read(['a,Jane Doe,b,c'], 0, 3)).toMatchObject({ reason: '4 fields where the header has 3' });
    expect(unusedColumns({ cells: ['note', 'name', 'note'], delimiter: ',' }, DEFAULT_COLUMNS)).toEqual(['note']);
  });
});

// One cache for every CLI run of this file: the list's snapshot is made once.
const cacheDir = warmCacheDir(join(mkdtempSync(join(tmpdir(), 'unsc-csv-cache-')), 'cache'));

describe('unsc-screen batch on CSV files as exported', () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'unsc-csv-'));
  const env = { ...process.env, UNSC_SCREEN_CACHE_DIR: cacheDir };
  const run = (args: string[]) => {
    const result = spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), 'batch', ...args, '--workers', '1'], { cwd: root, encoding: 'utf8', env });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const records = (stdout: string) => stdout.trim().split('\n').map((line) => JSON.parse(line) as { row: number; id: string; status: string; alerts?: Array<{ referenceNumber: string }>; reason?: string });

  it('reads a European Excel export: BOM, semicolons, CRLF, a multi-line cell, a bare CR', () => {
    const path = join(dir, 'excel.csv');
    const text = '\ufeffid;name;nationality\r\ne1;"BELMOKHTAR,\r\nMokhtar";DZ\r\ne2;Jürgen\rMüller;DE\r\ne3;"SALEK; ABDULHAI";AF\r\n';
    writeFileSync(path, text);
    const { status, stdout } = run([path]);
    expect(status).toBe(0);
    const rows = records(stdout);
    expect(rows.map((r) => [r.row, r.id, r.status])).toEqual([[2, 'e1', 'alert'], [4, 'e2', 'no_alert'], [5, 'e3', 'alert']]);
    expect(rows[0]!.alerts![0]!.referenceNumber).toBe('QDi.136');
    expect(rows[2]!.alerts![0]!.referenceNumber).toBe('TAi.108');
    expect(run([path, '--delimiter', ':']).stderr).toContain('--delimiter must be one of');
  });

  it('reads a file saved as "CSV (Macintosh)": every line ends in a lone CR, one inside a quoted cell too', () => {
    const path = join(dir, 'mac.csv');
    writeFileSync(path, 'id,name\rk1,Mukhtar Belmukhtar\rk2,"BELMOKHTAR,\rMokhtar"\r\rk3,John Smith\r');
    const summary = join(dir, 'mac-summary.json');
    const { status, stdout } = run([path, '--no-progress', '--summary', summary]);
    expect(status).toBe(0);
    const rows = records(stdout);
    expect(rows.map((r) => [r.row, r.id, r.status])).toEqual([[2, 'k1', 'alert'], [3, 'k2', 'alert'], [6, 'k3', 'no_alert']]);
    expect(rows[1]!.alerts![0]!.referenceNumber).toBe('QDi.136');
    expect(JSON.parse(readFileSync(summary, 'utf8'))).toMatchObject({ rows: 3, rejected: 0, blankLines: 1 });
  });

  it('skips blank lines without rejecting them: the summary counts rows, rejects and blank lines alike', () => {
    const path = join(dir, 'blank.csv');
    // (an empty row is written ',,' or, with every cell quoted, '"",""')
    writeFileSync(path, 'id,name\n\nb1,Mukhtar Belmukhtar\n\n,,\n"",""\nb2,\n\nb3,John Smith\n\n\n');
    const summary = join(dir, 'blank-summary.json');
    const { status, stdout, stderr } = run([path, '--no-progress', '--summary', summary]);
    expect(status).toBe(0);
    expect(records(stdout).map((r) => [r.row, r.id, r.status])).toEqual([[3, 'b1', 'alert'], [7, 'b2', 'rejected'], [9, 'b3', 'no_alert']]);
    expect(JSON.parse(readFileSync(summary, 'utf8'))).toMatchObject({ rows: 2, rejected: 1, blankLines: 7 });
    expect(stderr).toMatch(/2 rows screened, .*, 1 row rejected, 7 blank lines skipped;/);
    expect(stderr).toContain('rejected line 7');
    expect(stderr).not.toMatch(/rejected line [^7]/);
  });

  it('rejects a 10 MB row with its line number and screens every row after it', () => {
    const good = Array.from({ length: 2_000 }, (_, i) => `g${i},Person Number ${i}`);
    const after = ['a1,Mukhtar Belmukhtar', 'a2,John Smith'];
    const path = join(dir, 'huge.csv');
    writeFileSync(path, ['id,name', ...good, `huge,${'x'.repeat(10_000_000)}`, ...after, ''].join('\n'));
    const { status, stdout, stderr } = run([path, '--no-progress']);
    expect(status).toBe(0);
    const rows = records(stdout);
    expect(rows).toHaveLength(2_003);
    expect(rows[2_000]).toMatchObject({ row: 2_002, status: 'rejected', reason: expect.stringContaining(`over the ${MAX_RECORD_CHARS}-character limit`) });
    expect(rows.slice(2_001).map((r) => [r.row, r.id, r.status])).toEqual([[2_003, 'a1', 'alert'], [2_004, 'a2', 'no_alert']]);
    expect(stderr).toContain('rejected line 2002');
    expect(stderr).toMatch(/2002 rows screened, 1 alert on 1 row, \d+ rows with warnings, 1 row rejected/);
  });
});

describe('undecodable bytes in batch input', () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'unsc-bytes-'));
  const env = { ...process.env, UNSC_SCREEN_CACHE_DIR: cacheDir };
  const run = (args: string[]) => {
    const result = spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), 'batch', ...args, '--workers', '1', '--no-progress'], { cwd: root, encoding: 'utf8', env });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  type Row = { row: number; id: string; status: string; query: { name: string }; warnings: Array<{ code: string; field: string; message: string }> };
  const rows = (stdout: string) => stdout.trim().split('\n').map((line) => JSON.parse(line) as Row);
  const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

  it('warns on the CSV row with an invalid byte, with its line and column, and on no other row', () => {
    const path = join(dir, 'bad.csv');
    // Row 3's name holds 0xFC (ü in Latin-1), row 4's second line 0xE9 (é): neither is valid UTF-8.
    writeFileSync(path, bytes('id,name,nationality\nr1,Mukhtar Belmukhtar,DZ\nr2,J', [0xfc], 'rgen,DE\nr3,"SALEK\n', [0xe9], ' ABDULHAI",AF\nr4,Jürgen,DE\n'));
    const { status, stdout, stderr } = run([path]);
    expect(status).toBe(0);
    const out = rows(stdout);
    expect(out.map((r) => [r.row, r.id, r.warnings.map((w) => w.code)])).toEqual([
      [2, 'r1', []],
      [3, 'r2', ['UNSC_WARN_UNDECODABLE_BYTES']],
      [4, 'r3', ['UNSC_WARN_UNDECODABLE_BYTES']],
      [6, 'r4', []],
    ]);
    expect(out[1]!.warnings[0]).toMatchObject({ field: 'name', message: expect.stringContaining('line 3, column 5') });
    expect(out[2]!.warnings[0]!.message).toContain('line 5, column 1'); // the cell's second line
    expect(out[2]!.status).toBe('alert'); // still screened
    expect(stderr).toContain('2 rows with warnings');
    expect(stderr).toContain('bytes not valid utf-8 (first near byte 49)');
    expect(stderr).toContain('--encoding windows-1252');
  });

  it('warns on the JSONL line with an invalid byte, in the CSV output warnings column too', () => {
    const path = join(dir, 'bad.jsonl');
    writeFileSync(path, bytes('{"id":"j1","name":"John Smith"}\n{"id":"j2","name":"J', [0xfc], 'rgen"}\n{"id":"j3","name":"Jürgen"}\n'));
    const out = rows(run([path]).stdout);
    expect(out.map((r) => [r.row, r.warnings.map((w) => `${w.code} ${w.field}`)])).toEqual([[1, []], [2, ['UNSC_WARN_UNDECODABLE_BYTES name']], [3, []]]);
    expect(out[1]!.warnings[0]!.message).toContain('line 2, column 21');
    const csv = join(dir, 'bad-out.csv');
    expect(run([path, '--output', csv]).status).toBe(0);
    const lines = readFileSync(csv, 'utf8').trim().split('\n');
    expect(lines.map((line) => line.includes('UNSC_WARN_UNDECODABLE_BYTES name: bytes not valid'))).toEqual([false, false, true, false]);
  });

  it('reads a Windows-1252 file with --encoding, and a UTF-16 file by its byte-order mark, without a warning', () => {
    const latin1 = join(dir, 'latin1.csv');
    writeFileSync(latin1, Buffer.from('id,name\nl1,Jürgen Müller\nl2,José María\n', 'latin1'));
    const read = run([latin1, '--encoding', 'windows-1252']);
    expect(rows(read.stdout).map((r) => [r.query.name, r.warnings.length])).toEqual([['Jürgen Müller', 0], ['José María', 0]]);
    expect(read.stderr).not.toContain('not valid');
    const utf16 = join(dir, 'utf16.csv');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id,name\nu1,Mokhtar Belmokhtar\n', 'utf16le')]));
    expect(rows(run([utf16]).stdout).map((r) => [r.id, r.status, r.warnings.length])).toEqual([['u1', 'alert', 0]]);
    expect(run([latin1, '--encoding', 'klingon']).stderr).toContain('--encoding: unknown encoding');
  });
});
