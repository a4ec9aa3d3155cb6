/**
 * Input rows (CSV or JSONL) into screen queries, with the reason a row is rejected.
 */
import type { ScreenQuery } from '../../screen/query.js';
import { readCsvCells, type CsvCells } from './csv-cells.js';
import type { CsvHeader } from './input.js';

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
  if (nationality) query.nationality = splitValues(nationality);
  const country = get('country')?.trim();
  if (country) query.country = splitValues(country);
  const document = get('document')?.trim();
  if (document) query.document = splitValues(document);
  return { line, id, query };
}

/**
 * A CSV reader for the records after the header (`header`: its cells and the
 * delimiter). Missing the name column is an error of the whole input
 * (thrown here, before any row).
 *
 * @throws {InputError} when the header has no name column.
 */
export function csvReader(columns: ColumnNames, header: CsvHeader): RowReader {
  const index = new Map(header.cells.map((cell, i) => [cell.trim().toLowerCase(), i]));
  if (!index.has(columns.name.toLowerCase())) {
    throw new InputError(`the header has no \`${columns.name}\` column (found: ${header.cells.join(', ')}); use --name-column or --delimiter`);
  }
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
        return { line: lineNumber, id: '', reason: `${fields.error}${span}`, raw };
      }
      if (fields.length > index.size) {
        return { line: lineNumber, id: '', reason: `${fields.length} fields where the header has ${index.size}`, raw };
      }
      return toQuery((column) => {
        const j = at(column);
        return j === undefined ? undefined : fields[j];
      }, lineNumber, raw);
    },
  };
}

/** A JSONL reader: one JSON object per line. */
export function jsonlReader(columns: ColumnNames): RowReader {
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
