/**
 * Splitting a CSV stream into records (RFC 4180: a quoted cell may hold the
 * delimiter, `""` and line breaks), in one linear pass, with a size limit per
 * record. It only finds where each record starts and ends; the cells are read
 * by csv-parse in the workers (`csv-cells.ts`).
 *
 * Why not csv-parse's own stream: after a record over its `max_record_size`
 * it stops, and after a stray quote it swallows the next records; here a bad
 * record is cut at its own end and rejected alone, with its line number, and
 * every later record is still read.
 */

/** Records longer than this (in characters, line breaks inside quotes included) are rejected. */
export const MAX_RECORD_CHARS = 65_536;

/** The delimiters `--delimiter` accepts and the header is searched for. */
export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;

/** One record's text (without its line break) and the line it starts on (1-based). */
export interface CsvRecord {
  text: string;
  line: number;
  /** Characters of its line ending, cut from `text`: 2 for CRLF, 1 for LF or a lone CR, 0 at the end of the input (for progress in bytes). */
  ending: number;
}

/** A record cut because it is over the size limit: where it started and ended. */
export interface OversizedRecord {
  line: number;
  endLine: number;
  /** Its first 200 characters. */
  start: string;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Where the next CR or line feed in `text` from `from` is, or -1. */
function nextCrOrLf(text: string, from: number): number {
  const cr = text.indexOf('\r', from);
  const lf = text.indexOf('\n', from);
  return cr < 0 ? lf : lf < 0 ? cr : Math.min(cr, lf);
}

/** Whether a cell, as written, holds nothing: spaces only, or quotes around spaces only. */
function isEmptyCell(cell: string): boolean {
  const text = cell.trim();
  return text === '' || /^"\s*"$/.test(text);
}

/**
 * Guesses the delimiter of a CSV header line: the candidate (`,` `;` tab `|`)
 * found most often outside quotes; `,` when none is.
 *
 * @example
 * ```ts
 * detectDelimiter('id;name;date_of_birth') // ';'
 * detectDelimiter('"id,x"|name')           // '|'
 * ```
 */
export function detectDelimiter(header: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const char of header) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (CSV_DELIMITERS as readonly string[]).includes(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const delimiter of CSV_DELIMITERS) {
    const count = counts.get(delimiter) ?? 0;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

/**
 * Splits CSV text, fed in chunks of any size, into records. A line break ends
 * a record only outside quotes. The first line break outside quotes says
 * which: a line feed (`\r\n` or `\n`; a lone `\r` is then text), or a lone
 * `\r` (a file saved as "CSV (Macintosh)": then a `\r` and a `\n` both end a
 * line, so that no record holds a line break outside quotes). A quote opens a quoted cell only at the start of a cell.
 * Blank lines (empty cells only, quoted or not) are skipped; a UTF-8 BOM at the very start is dropped. A record
 * over `maxChars` is cut: the rest of its line is skipped (quotes ignored, so
 * an unclosed quote cannot swallow the file) and it is reported as oversized.
 *
 * @example
 * ```ts
 * const records: CsvRecord[] = [];
 * const splitter = new CsvRecordSplitter({ onRecord: (r) => records.push(r), onOversized: () => {} });
 * splitter.push('id,name\n1,"multi\nline"\r\n2,x');
 * splitter.end();
 * records; // [{ text: 'id,name', line: 1 }, { text: '1,"multi\nline"', line: 2 }, { text: '2,x', line: 4 }]
 * ```
 */
export class CsvRecordSplitter {
  /** The delimiter, once known: given, or detected from the header (the first record). */
  delimiter: string | undefined;
  readonly #maxChars: number;
  readonly #onRecord: (record: CsvRecord) => void;
  readonly #onOversized: (record: OversizedRecord) => void;
  readonly #onBlank: ((record: CsvRecord) => void) | undefined;
  #parts: string[] = [];
  #length = 0;
  #line = 1;
  #startLine = 1;
  #quoted = false;
  #quoteSeen = false;
  #cellStart = true;
  #skipping = false;
  #oversizedStart = '';
  #first = true;
  /**
   * What ends a line: a line feed (`\n` or `\r\n`; a lone CR is text), or,
   * when the first line break is a lone CR (a file saved as "CSV
   * (Macintosh)"), a CR or a line feed alike (a CRLF then ends a line and a
   * blank one); decided at the first line break outside quotes, undefined
   * until then.
   */
  #lineBreak: typeof LF | typeof CR | undefined;
  /** The last character fed was a CR outside quotes, and the line break is not decided yet (the next character decides). */
  #crPending = false;

  constructor(options: {
    delimiter?: string | undefined;
    maxChars?: number;
    onRecord: (record: CsvRecord) => void;
    onOversized: (record: OversizedRecord) => void;
    /** A blank line (spaces, or empty cells only: `,,` or `"",""`), which holds no row: not passed to `onRecord`. */
    onBlank?: (record: CsvRecord) => void;
  }) {
    this.delimiter = options.delimiter;
    this.#maxChars = options.maxChars ?? MAX_RECORD_CHARS;
    this.#onRecord = options.onRecord;
    this.#onOversized = options.onOversized;
    this.#onBlank = options.onBlank;
  }

  /** Feeds the next chunk of text. */
  push(chunk: string): void {
    if (this.#first && chunk.length > 0) {
      this.#first = false;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    let from = 0; // start of the current record's text inside this chunk
    const n = chunk.length;
    if (this.#crPending && n > 0) {
      // (the CR that ended the last chunk: with a line feed after it, it is CRLF; else it was a CR-only line break)
      this.#crPending = false;
      this.#lineBreak = chunk.charCodeAt(0) === LF ? LF : CR;
      if (this.#lineBreak === CR) this.#endLine(0); // (#endRecord cuts the CR the record text ends with)
    }
    for (let i = 0; i < n; i++) {
      if (this.#skipping) {
        const next = this.#lineBreak === CR ? nextCrOrLf(chunk, i) : chunk.indexOf('\n', i);
        if (next < 0) return;
        this.#skipping = false;
        this.#onOversized({ line: this.#startLine, endLine: this.#line, start: this.#oversizedStart });
        this.#line++;
        this.#startLine = this.#line;
        this.#resetRecord();
        i = next;
        from = next + 1;
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (++this.#length > this.#maxChars && c !== LF && !(c === CR && this.#lineBreak === CR)) {
        this.#parts.push(chunk.slice(from, i));
        this.#oversizedStart = this.#parts.join('').slice(0, 200);
        this.#skipping = true;
        i--; // the skip loop starts on this character
        continue;
      }
      if (this.#quoted) {
        if (this.#quoteSeen) {
          this.#quoteSeen = false;
          if (c === QUOTE) continue; // "" inside quotes
          this.#quoted = false; // the closing quote: this character is outside quotes
        } else {
          if (c === QUOTE) this.#quoteSeen = true;
          else if (c === LF || (c === CR && this.#lineBreak === CR)) this.#line++;
          continue;
        }
      }
      if (c === CR && this.#lineBreak === undefined) {
        if (i + 1 === n) this.#crPending = true;
        else this.#lineBreak = chunk.charCodeAt(i + 1) === LF ? LF : CR;
      }
      if (c === LF || (c === CR && this.#lineBreak === CR)) {
        this.#lineBreak ??= LF;
        this.#parts.push(chunk.slice(from, i + (c === CR ? 1 : 0)));
        this.#endLine(c === LF ? 1 : 0);
        from = i + 1;
      } else if (c === QUOTE && this.#cellStart) {
        this.#quoted = true;
        this.#cellStart = false;
      } else {
        this.#cellStart = this.#isDelimiter(c);
      }
    }
    if (!this.#skipping && from < n) this.#parts.push(chunk.slice(from));
  }

  /** Ends the record at a line break, and starts the next line; `lineFeed` as for `#endRecord`. */
  #endLine(lineFeed: number): void {
    this.#endRecord(lineFeed);
    this.#line++;
    this.#startLine = this.#line;
  }

  /** Ends the input: the last record needs no line break. */
  end(): void {
    this.#crPending = false;
    if (this.#skipping) this.#onOversized({ line: this.#startLine, endLine: this.#line, start: this.#oversizedStart });
    else this.#endRecord(0);
    this.#resetRecord();
  }

  /**
   * Whether a record holds no row: every cell empty, quoted or not (spaces
   * only, `""`, `" "`): a spreadsheet writes `,,` or `"",""` for an empty row.
   * A cell holding a quote (`""""`) or a delimiter (`","`) is not empty.
   */
  #isBlank(text: string): boolean {
    let cellStart = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length && !this.#isDelimiter(text.charCodeAt(i))) continue;
      if (!isEmptyCell(text.slice(cellStart, i))) return false;
      cellStart = i + 1;
    }
    return true;
  }

  #isDelimiter(c: number): boolean {
    if (this.delimiter !== undefined) return c === this.delimiter.charCodeAt(0);
    return c === 0x2c || c === 0x3b || c === 0x09 || c === 0x7c;
  }

  /** Ends the record; `lineFeed` is 1 when a line feed ended it (a CR that ended it is still the text's last character). */
  #endRecord(lineFeed: number): void {
    let text = this.#parts.join('');
    let ending = lineFeed;
    if (text.charCodeAt(text.length - 1) === CR) {
      text = text.slice(0, -1);
      ending++;
    }
    const line = this.#startLine;
    this.#resetRecord();
    if (this.#isBlank(text)) {
      // (the end of the input after a last line break is no line)
      if (text !== '' || ending > 0) this.#onBlank?.({ text, line, ending });
      return;
    }
    this.delimiter ??= detectDelimiter(text);
    this.#onRecord({ text, line, ending });
  }

  #resetRecord(): void {
    this.#parts = [];
    this.#length = 0;
    this.#quoted = false;
    this.#quoteSeen = false;
    this.#cellStart = true;
  }
}
