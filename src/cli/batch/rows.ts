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

function toQuery(
  get: (column: keyof ColumnNames) => string | undefined,
  line: number,
  raw: string,
): InputRow | RejectedRow {
  const id = get('id') ?? '';
  const name = get('name')?.trim() ?? '';
  if (name === '') return { line, id, reason: 'no name', raw };
  const query: ScreenQuery = { name };
  const kind = get('kind')?.trim().toLowerCase();
  if (kind !== undefined && kind !== '') {
    if (kind !== 'individual' && kind !== 'entity') {
      return { line, id, reason: `kind must be individual or entity, got "${kind}"`, raw };
    }
    query.kind = kind;
  }
  const dateOfBirth = get('dateOfBirth')?.trim();
  if (dateOfBirth) query.dateOfBirth = dateOfBirth;
  const nationality = get('nationality')?.trim();
  if (nationality) query.nationality = nationality.split(/\s*;\s*/);
  const country = get('country')?.trim();
  if (country) query.country = country.split(/\s*;\s*/);
  const document = get('document')?.trim();
  if (document) query.document = document.split(/\s*;\s*/);
  return { line, id, query };
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

/** A JSONL reader: one JSON object per line. */
export function jsonlReader(columns: ColumnNames): RowReader {
  return {
    read(line, lineNumber) {
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
      const record = value as Record<string, unknown>;
      // An object where text is expected would be screened as "[object Object]".
      for (const column of Object.keys(columns) as Array<keyof ColumnNames>) {
        const field = record[columns[column]];
        if (!isFieldValue(field)) {
          const what = Array.isArray(field) ? 'an array holding something other than text or numbers' : `a JSON ${typeof field === 'object' ? 'object' : typeof field}`;
          return { line: lineNumber, id: typeof record[columns.id] === 'string' ? (record[columns.id] as string) : '', reason: `\`${columns[column]}\` is ${what}: expected text, a number or an array of them`, raw: line };
        }
      }
      return toQuery((column) => {
        const field = record[columns[column]];
        return field === undefined || field === null ? undefined : Array.isArray(field) ? field.join(';') : String(field);
      }, lineNumber, line);
    },
  };
}

/** A JSONL field value a row can hold: absent, text, a number, or an array of those. */
function isFieldValue(value: unknown): boolean {
  if (value === undefined || value === null || typeof value === 'string' || typeof value === 'number') return true;
  return Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number');
}

/** The input as a whole cannot be read (no name column, unreadable file): exit status 2. */
export class InputError extends Error {
  override name = 'InputError' as const;
}
