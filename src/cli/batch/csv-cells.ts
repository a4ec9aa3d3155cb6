/**
 * The cells of CSV records (RFC 4180), read by csv-parse: records the splitter
 * (`csv-records.ts`) cut out of the stream, a batch at a time.
 */
import { parse, type Options } from 'csv-parse/sync';

/** The cells of one record, or why it is not valid CSV. */
export type CsvCells = string[] | { error: string };

function options(delimiter: string): Options {
  // Only a line feed ends a record (a lone CR is text, as in the splitter; in a CR-only file the splitter leaves no line break outside quotes); no column count check (rows.ts checks it).
  // relax_quotes: a quote inside an unquoted cell (`=HYPERLINK("http://x")`, as Excel writes) is text, as the
  // splitter takes it (a quote opens a quoted cell only at the start of a cell); quoted cells read as before.
  // relax_quotes alone would also read text after a closing quote (`"x"y`): `badQuotedCell` rejects such records first.
  return { delimiter, record_delimiter: ['\r\n', '\n'], relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: false };
}

/**
 * Reads the cells of each record. A batch is parsed in one call (csv-parse's
 * set-up costs more than a short record); when one of its records is not
 * valid CSV, each record is parsed alone, so that only that one is rejected.
 *
 * @example
 * ```ts
 * readCsvCells(['1,"SALEK, ABDULHAI"', '2;x'], ',') // [['1', 'SALEK, ABDULHAI'], ['2;x']]
 * readCsvCells(['c8,=HYPERLINK("http://x")'], ',')  // [['c8', '=HYPERLINK("http://x")']]
 * readCsvCells(['1,"open'], ',')                    // [{ error: 'Quote Not Closed: …' }]
 * ```
 */
export function readCsvCells(records: readonly string[], delimiter: string): CsvCells[] {
  // A record with no quote is its cells as written (RFC 4180): split, without the parser's set-up
  // (most rows of a customer file; the parser cost more than the rest of reading them). The others
  // are parsed together, in order.
  const cells: CsvCells[] = new Array(records.length);
  const quoted: number[] = [];
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    if (record === '' || record.includes('"') || record.endsWith('\r')) {
      const bad = badQuotedCell(record, delimiter);
      if (bad === undefined) quoted.push(i);
      else cells[i] = { error: bad };
    } else cells[i] = record.split(delimiter);
  }
  if (quoted.length === 0) return cells;
  const parsed = parseCells(
    quoted.map((i) => records[i]!),
    delimiter,
  );
  for (let j = 0; j < quoted.length; j++) cells[quoted[j]!] = parsed[j]!;
  return cells;
}

/**
 * Why a record's quoted cell is not well formed, or undefined when each is:
 * a cell that starts with a quote must end at its closing quote (a quote not
 * doubled), followed by the delimiter or the record's end. relax_quotes
 * would read text after the closing quote (`"Mokhtar "Laaouar", x`) into
 * shifted columns; such a row is rejected instead, as it was before. A quote
 * inside a cell that does not start with one is text (not checked here). An
 * unclosed quote is left to csv-parse, which names it.
 *
 * @example
 * ```ts
 * badQuotedCell('c9,"a ""b"", c",x', ',')  // undefined
 * badQuotedCell('c8,=HYPERLINK("x"),', ',') // undefined
 * badQuotedCell('c7,"M "L", B",1972', ',')  // 'Invalid Closing Quote: text after the closing quote of cell 2'
 * ```
 */
export function badQuotedCell(record: string, delimiter: string): string | undefined {
  let cell = 1;
  let i = 0;
  for (;;) {
    if (record.charCodeAt(i) === 0x22) {
      let close = record.indexOf('"', i + 1);
      while (close >= 0 && record.charCodeAt(close + 1) === 0x22) close = record.indexOf('"', close + 2);
      if (close < 0) return undefined; // not closed: csv-parse says so
      const after = close + 1;
      if (after === record.length) return undefined;
      if (!record.startsWith(delimiter, after)) return `Invalid Closing Quote: text after the closing quote of cell ${cell}`;
      i = after + delimiter.length;
    } else {
      const next = record.indexOf(delimiter, i);
      if (next < 0) return undefined;
      i = next + delimiter.length;
    }
    cell++;
  }
}

/**
 * The cells of records with quotes, by csv-parse: each record reads as it
 * reads alone. The records are parsed together (joined by line feeds) for
 * speed, and a record's reading is kept only when the parser's row for it
 * was cut from exactly its text: the row count alone is no proof (`\n"`
 * and `"` joined read as two rows, neither of them theirs). A record ending
 * in a lone CR is read alone (joined by LF it would end in CRLF); the others
 * are still read together. Where the joined reading does not hold, each is
 * read alone.
 */
function parseCells(records: readonly string[], delimiter: string): CsvCells[] {
  const cells: CsvCells[] = new Array(records.length);
  const together: number[] = [];
  for (let i = 0; i < records.length; i++) {
    if (records[i]!.endsWith('\r')) cells[i] = parseAlone(records[i]!, delimiter);
    else together.push(i);
  }
  if (together.length === 0) return cells;
  let rows: Array<{ record: string[]; raw: string }> | undefined;
  try {
    rows = parse(together.map((i) => records[i]!).join('\n'), { ...options(delimiter), raw: true }) as unknown as Array<{ record: string[]; raw: string }>;
  } catch {
    rows = undefined; // one of the records is bad: read each alone below
  }
  const last = together.length - 1;
  const held =
    rows !== undefined && rows.length === together.length && rows.every((row, j) => row.raw === (j === last ? records[together[j]!]! : `${records[together[j]!]!}\n`));
  for (let j = 0; j < together.length; j++) {
    const i = together[j]!;
    cells[i] = held ? rows![j]!.record : parseAlone(records[i]!, delimiter);
  }
  return cells;
}

/** The cells of one record read alone, or why it is not one valid CSV record. */
function parseAlone(record: string, delimiter: string): CsvCells {
  if (record === '') return ['']; // (one empty cell, as it reads among others; the parser alone sees no record)
  try {
    const rows = parse(record, options(delimiter)) as string[][];
    if (rows.length === 1) return rows[0]!;
    return { error: `read as ${rows.length} records` };
  } catch (error) {
    return { error: cleanMessage((error as Error).message) };
  }
}

/** csv-parse's message without its line numbers (relative to the record, not the file). */
function cleanMessage(message: string): string {
  return message.replace(/\s*(?:at|on) line \d+/g, '').replace(/,?\s*$/, '');
}
