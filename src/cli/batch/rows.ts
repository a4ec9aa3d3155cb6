/**
 * Input rows (CSV or JSONL) into screen queries, with the reason a row is rejected.
 */
import type { ScreenQuery } from '../../screen/query.js';
import { CsvLineError, splitCsvLine } from './csv-line.js';

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
  /** Reads one line; `undefined` for lines that hold no row (the CSV header, blank lines). */
  read(line: string, lineNumber: number): InputRow | RejectedRow | undefined;
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
      if (MULTI_VALUED.has(column)) value = (value as string).split(/\s*;\s*/);
    }
    if (value !== undefined && value !== null) query[column] = value;
  }
  return { line, id, query: query as unknown as ScreenQuery };
}

/**
 * A CSV reader: the first non-blank line is the header; every later line a row.
 * Missing the name column is an error of the whole input (thrown at the header).
 */
export function csvReader(columns: ColumnNames, headerLine?: string): RowReader {
  let header: Map<string, number> | undefined;
  const reader: RowReader = {
    read(line, lineNumber) {
      if (line.trim() === '') return undefined;
      const text = lineNumber === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
      let fields: string[];
      try {
        fields = splitCsvLine(text.endsWith('\r') ? text.slice(0, -1) : text);
      } catch (error) {
        if (header === undefined) throw new InputError(`line ${lineNumber}: the header is not valid CSV (${(error as Error).message})`);
        return { line: lineNumber, id: '', reason: (error as CsvLineError).message, raw: line };
      }
      if (header === undefined) {
        header = new Map(fields.map((field, i) => [field.trim().toLowerCase(), i]));
        if (!header.has(columns.name.toLowerCase())) {
          throw new InputError(`the header has no \`${columns.name}\` column (found: ${fields.join(', ')}); use --name-column`);
        }
        return undefined;
      }
      const index = header;
      if (fields.length > index.size) {
        return { line: lineNumber, id: '', reason: `${fields.length} fields where the header has ${index.size}`, raw: line };
      }
      return toQuery((column) => {
        const i = index.get(columns[column].toLowerCase());
        return i === undefined ? undefined : fields[i];
      }, lineNumber, line);
    },
  };
  if (headerLine !== undefined) reader.read(headerLine, 1);
  return reader;
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
    read(line, lineNumber) {
      if (line.trim() === '') return undefined;
      let value: unknown;
      try {
        value = JSON.parse(line);
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
      return toQuery((column) => fields[column], lineNumber, line, extra);
    },
  };
}

/** The input as a whole cannot be read (no name column, unreadable file): exit status 2. */
export class InputError extends Error {
  override name = 'InputError' as const;
}
