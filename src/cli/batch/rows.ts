/**
 * Input rows (CSV or JSONL) into screen queries, with the reason a row is rejected.
 */
import type { ScreenQuery } from '../../screen/query.js';
import type { ScreenWarning } from '../../screen/warnings.js';
import { printableName } from '../../text/clean.js';
import { readCsvCells, type CsvCells } from './csv-cells.js';
import type { CsvHeader } from './input.js';
import { REPLACEMENT, undecodableWarning } from './undecodable.js';

/** The columns (CSV) or fields (JSONL) read from each row. */
export interface ColumnNames {
  /** @default 'name' */
  name: string;
  id: string;
  kind: string;
  dateOfBirth: string;
  nationality: string;
  country: string;
  document: string;
}

export const DEFAULT_COLUMNS: ColumnNames = Object.freeze({
  name: 'name',
  id: 'id',
  kind: 'kind',
  dateOfBirth: 'date_of_birth',
  nationality: 'nationality',
  country: 'country',
  document: 'document',
});

/** A row ready to screen. */
export interface InputRow {
  /** 1-based line number in the input (the CSV header is line 1). */
  line: number;
  id: string;
  query: ScreenQuery;
  /** Warnings about the row as read (bytes that could not be decoded), before the screen's own. */
  warnings?: ScreenWarning[];
}

/** A row that cannot be screened, and why. */
export interface RejectedRow {
  line: number;
  id: string;
  reason: string;
  /** The raw line, so that nothing is lost. */
  raw: string;
}

/** Reads rows of one input format. */
export interface RowReader {
  /**
   * Reads the `i`-th record of a batch (a JSONL line, or a CSV record cut by
   * the splitter); `undefined` for records that hold no row (blank lines).
   */
  read(records: readonly string[], i: number, lineNumber: number): InputRow | RejectedRow | undefined;
}

/**
 * Splits a cell of several values on `;`, trimming each (in linear time: a
 * regular expression like `\s*;\s*` backtracks quadratically on a long run
 * of spaces).
 *
 * @example
 * ```ts
 * splitValues(' AF ; PK;') // ['AF', 'PK']
 * ```
 */
export function splitValues(cell: string): string[] {
  const values: string[] = [];
  for (const value of cell.split(';')) {
    const trimmed = value.trim();
    if (trimmed !== '') values.push(trimmed);
  }
  return values;
}

/** The fields a row's columns go to, and those that may hold several values (`;`-separated). */
const MULTI_VALUED: ReadonlySet<keyof ColumnNames> = new Set(['nationality', 'country', 'document']);

/**
 * A row's query from its columns. Only a missing name rejects a row: the
 * side fields go to the Screener as given, which screens the name and warns
 * about what it cannot read (or rejects the row with --strict).
 */
function toQuery(
  get: (column: keyof ColumnNames) => unknown,
  line: number,
  raw: string,
  extra: Record<string, unknown> = {},
): InputRow | RejectedRow {
  const givenId = get('id');
  const id = givenId === undefined || givenId === null ? '' : String(givenId);
  const givenName = get('name');
  const name = typeof givenName === 'string' ? givenName.trim() : '';
  if (name === '') return { line, id, reason: 'no name', raw };
  const query: Record<string, unknown> = { ...extra, name };
  if (id !== '') query['id'] = typeof givenId === 'number' ? givenId : id; // a JSONL number stays a number
  for (const column of ['kind', 'dateOfBirth', 'nationality', 'country', 'document'] as const) {
    let value = get(column);
    if (typeof value === 'string') {
      value = value.trim();
      if (value === '') continue;
      if (MULTI_VALUED.has(column)) value = splitValues(value as string);
    }
    if (value !== undefined && value !== null) query[column] = value;
  }
  return { line, id, query: query as unknown as ScreenQuery };
}

/**
 * A CSV reader for the records after the header (`header`: its cells and the
 * delimiter). Missing the name column is an error of the whole input
 * (thrown here, before any row).
 *
 * @throws {InputError} when the header has no name column, or names a
 *   column the reader uses (name, id, date of birth, …) twice.
 */
export function csvReader(columns: ColumnNames, header: CsvHeader): RowReader {
  const index = new Map(header.cells.map((cell, i) => [cell.trim().toLowerCase(), i]));
  if (!index.has(columns.name.toLowerCase())) {
    throw new InputError(`the header has no \`${columns.name}\` column (found: ${printableHeader(header.cells)}); use --name-column or --delimiter`);
  }
  for (const column of Object.values(columns)) {
    const positions = header.cells.flatMap((cell, i) => (cell.trim().toLowerCase() === column.toLowerCase() ? [i + 1] : []));
    if (positions.length > 1) {
      throw new InputError(`the header has ${positions.length} \`${column}\` columns (columns ${positions.join(' and ')}): which one to screen is ambiguous; rename the others`);
    }
  }
  const width = header.cells.length;
  const at = (column: keyof ColumnNames) => index.get(columns[column].toLowerCase());
  let batch: readonly string[] | undefined;
  let cells: CsvCells[] = [];
  return {
    read(records, i, lineNumber) {
      if (records !== batch) {
        batch = records;
        cells = readCsvCells(records, header.delimiter);
      }
      const raw = records[i]!;
      const fields = cells[i]!;
      if (!Array.isArray(fields)) {
        const breaks = raw.split('\n').length - 1;
        const span = breaks === 0 ? '' : ` (lines ${lineNumber} to ${lineNumber + breaks} read as one row: a quoted cell runs over ${breaks} line break${breaks === 1 ? '' : 's'})`;
        return { line: lineNumber, id: looseId(raw, at('id'), header.delimiter), reason: `${fields.error}${span}`, raw };
      }
      if (fields.length > width) {
        const id = at('id');
        return { line: lineNumber, id: id === undefined ? '' : (fields[id] ?? ''), reason: `${fields.length} fields where the header has ${width}`, raw };
      }
      const row = toQuery((column) => {
        const j = at(column);
        return j === undefined ? undefined : fields[j];
      }, lineNumber, raw);
      if ('query' in row && raw.includes(REPLACEMENT)) {
        const j = fields.findIndex((cell) => cell.includes(REPLACEMENT));
        const field = j < 0 ? 'row' : header.cells[j]?.trim() || `column ${j + 1}`;
        row.warnings = [undecodableWarning(raw, lineNumber, field, j < 0 ? raw : fields[j]!)!];
      }
      return row;
    },
  };
}

/**
 * The id of a record that is not valid CSV, when it can still be read: its
 * cell in the first line split at the delimiter, plain or wholly quoted,
 * when no cell before it holds a quote; '' otherwise (so that a reject names the row an analyst looks for).
 *
 * @example
 * ```ts
 * looseId('c6,"broken,1970,,', 0, ',') // 'c6'
 * looseId('"c6","broken', 0, ',')       // 'c6'
 * looseId('"S, J",x,c9,"broken', 2, ',') // '' (the comma in quotes would shift it)
 * ```
 */
export function looseId(raw: string, column: number | undefined, delimiter: string): string {
  if (column === undefined) return '';
  const cells = raw.split('\n')[0]!.split(delimiter);
  // A quote before the id column may hold a delimiter (`"Smith, John",x,c9`): the id's place is then not known.
  if (cells.slice(0, column).some((cell) => cell.includes('"'))) return '';
  const cell = (cells[column] ?? '').trim();
  const unquoted = /^"[^"]*"$/.test(cell) ? cell.slice(1, -1) : cell;
  return unquoted.includes('"') ? '' : unquoted;
}

/**
 * A JSONL reader: one JSON object per line. Fields go by the library's names
 * (`dateOfBirth`) or the CSV's snake_case ones (`date_of_birth`); any other
 * field is passed on under its own name, so that the screen warns about it
 * (UNSC_WARN_UNKNOWN_FIELD) instead of dropping it.
 */
export function jsonlReader(columns: ColumnNames): RowReader {
  const fieldOf = new Map<string, keyof ColumnNames>();
  for (const column of Object.keys(columns) as Array<keyof ColumnNames>) {
    fieldOf.set(column, column);
    fieldOf.set(DEFAULT_COLUMNS[column], column);
    fieldOf.set(columns[column], column);
  }
  return {
    read(lines, i, lineNumber) {
      const line = lines[i]!;
      if (line.trim() === '') return undefined;
      let value: unknown;
      try {
        // (a byte-order mark before the first line is not part of the JSON)
        value = JSON.parse(lineNumber === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line);
      } catch (error) {
        return { line: lineNumber, id: '', reason: `not JSON (${(error as Error).message})`, raw: line };
      }
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        return { line: lineNumber, id: '', reason: 'not a JSON object', raw: line };
      }
      const fields: Partial<Record<keyof ColumnNames, unknown>> = {};
      const extra: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
        const column = fieldOf.get(key);
        // The name field named by --name-column wins over a plain "name" field.
        if (column === undefined) extra[key] = field;
        else if (!(column in fields) || key === columns[column]) fields[column] = field;
      }
      // An object where text is expected would be screened as "[object Object]": the row is malformed.
      for (const column of Object.keys(fields) as Array<keyof ColumnNames>) {
        const field = fields[column];
        if (!isFieldValue(field)) {
          const what = Array.isArray(field) ? 'an array holding something other than text or numbers' : `a JSON ${typeof field === 'object' ? 'object' : typeof field}`;
          const id = fields.id;
          return { line: lineNumber, id: typeof id === 'string' || typeof id === 'number' ? String(id) : '', reason: `\`${columns[column]}\` is ${what}: expected text, a number or an array of them`, raw: line };
        }
      }
      const row = toQuery((column) => fields[column], lineNumber, line, extra);
      if ('query' in row && line.includes(REPLACEMENT)) {
        const [field, text] = Object.entries(value as Record<string, unknown>)
          .map(([key, field]) => [key, Array.isArray(field) ? field.join('; ') : String(field)] as const)
          .find(([key, text]) => key.includes(REPLACEMENT) || text.includes(REPLACEMENT)) ?? ['row', line];
        row.warnings = [undecodableWarning(line, lineNumber, field, text)!];
      }
      return row;
    },
  };
}

/** A JSONL field value a row can hold: absent, text, a number, or an array of those. */
function isFieldValue(value: unknown): boolean {
  if (value === undefined || value === null || typeof value === 'string' || typeof value === 'number') return true;
  return Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number');
}

/** Header cells as a message shows them: control bytes escaped (a binary file's "header" reaches a terminal), at most 200 characters. */
function printableHeader(cells: readonly string[]): string {
  const text = printableName(cells.join(', '));
  return text.length <= 200 ? text : `${text.slice(0, 200)}… (${cells.length} cells)`;
}

/** The input as a whole cannot be read (no name column, unreadable file): exit status 2. */
export class InputError extends Error {
  override name = 'InputError' as const;
}

/**
 * The header's columns that no field reads (an `email`, an `address`, a misspelt
 * `nationalty`): said once at the start of a run, so that a column the analyst meant to be
 * screened is not ignored without a word.
 *
 * @example
 * ```ts
 * unusedColumns({ cells: ['id', 'Name', 'nationalty'], delimiter: ',' }, DEFAULT_COLUMNS); // ['nationalty']
 * ```
 */
export function unusedColumns(header: CsvHeader, columns: ColumnNames): string[] {
  const read = new Set(Object.values(columns).map((column) => column.toLowerCase()));
  const unused = header.cells.filter((cell) => cell.trim() !== '' && !read.has(cell.trim().toLowerCase()));
  return [...new Set(unused)];
}
