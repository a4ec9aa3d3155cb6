/**
 * One CSV line into fields (RFC 4180 quoting: `"a, b"`, `"say ""hi"""`).
 * A record must fit on one line: a bad line is rejected alone, never
 * swallowing the rest of the file.
 */

/** A line that is not valid CSV. */
export class CsvLineError extends Error {
  override name = 'CsvLineError' as const;
}

/**
 * Splits a CSV line into fields.
 *
 * @throws {CsvLineError} for an unbalanced quote or text after a closing quote.
 * @example
 * ```ts
 * splitCsvLine('1,"SALEK, ABDULHAI",1965') // ['1', 'SALEK, ABDULHAI', '1965']
 * ```
 */
export function splitCsvLine(line: string, delimiter = ','): string[] {
  const fields: string[] = [];
  let i = 0;
  const n = line.length;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const close = line.indexOf('"', i);
        if (close < 0) throw new CsvLineError('unbalanced quotes: a quoted field is not closed on this line');
        value += line.slice(i, close);
        if (line[close + 1] === '"') {
          value += '"';
          i = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      fields.push(value);
      if (i === n) return fields;
      if (line[i] !== delimiter) throw new CsvLineError(`unexpected text after a closing quote at column ${i + 1}`);
      i++;
    } else {
      const next = line.indexOf(delimiter, i);
      const end = next < 0 ? n : next;
      const value = line.slice(i, end);
      if (value.includes('"')) throw new CsvLineError(`unbalanced quotes: a quote inside an unquoted field at column ${i + 1}`);
      fields.push(value);
      if (next < 0) return fields;
      i = next + 1;
    }
  }
}

/** Quotes a value for CSV output when it needs it. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}
