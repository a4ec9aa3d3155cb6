/**
 * The batch input, read in the main thread: the stream cut into batches of
 * records (CSV: by `CsvRecordSplitter`, quotes and size limit honoured;
 * JSONL: lines), each with its line numbers and the records rejected whole.
 * Workers read the cells and screen them.
 */
import { CsvRecordSplitter, MAX_RECORD_CHARS } from './csv-records.js';
import { readCsvCells } from './csv-cells.js';
import type { LineBatch } from './process.js';
import { csvReader, InputError, type ColumnNames, type RejectedRow } from './rows.js';
import { invalidUtf8Offsets } from '../../parse/decode.js';
import { REPLACEMENT } from './undecodable.js';

/** The CSV header as workers need it. */
export interface CsvHeader {
  cells: string[];
  delimiter: string;
}

/** How to cut the input. */
export interface InputOptions {
  format: 'csv' | 'jsonl';
  /** CSV only; detected from the header line when undefined. */
  delimiter: string | undefined;
  columns: ColumnNames;
  batchSize: number;
  /** Called with the byte count of each chunk read. */
  onBytes?: (bytes: number) => void;
  /**
   * The input's encoding (a WHATWG label: `utf-8`, `windows-1252`, `utf-16le`…);
   * default UTF-8. A UTF-16 byte-order mark wins over it.
   */
  encoding?: string;
  /** Called once, at the first bytes that could not be decoded, with what to say on stderr. */
  onUndecodable?: (message: string) => void;
}

/**
 * The decoder for an input that starts with `head`: UTF-16 when a UTF-16
 * byte-order mark says so, else `encoding` (UTF-8 by default; a UTF-8 BOM is dropped).
 *
 * @throws {RangeError} for an encoding label Node does not know.
 */
export function inputDecoder(head: Uint8Array, encoding = 'utf-8'): InstanceType<typeof TextDecoder> {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le');
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be');
  return new TextDecoder(encoding);
}

/**
 * Reads a CSV header record: its cells, checked for the name column.
 *
 * @throws {InputError} when the header is not valid CSV or has no name column.
 */
function readHeader(text: string, line: number, delimiter: string, columns: ColumnNames): CsvHeader {
  const [cells] = readCsvCells([text], delimiter);
  if (cells === undefined || !Array.isArray(cells)) {
    throw new InputError(`line ${line}: the header is not valid CSV (${cells?.error ?? 'empty'})`);
  }
  try {
    csvReader(columns, { cells, delimiter }); // throws when the name column is missing
  } catch (error) {
    // (UTF-16 without a byte-order mark reads as UTF-8 with a NUL after every ASCII letter)
    if (text.includes('\u0000')) throw new InputError(`${(error as Error).message} (the header holds NUL bytes: is the file UTF-16 without a byte-order mark? give --encoding utf-16le; or not a CSV file at all?)`);
    if (!text.includes(REPLACEMENT)) throw error;
    throw new InputError(`${(error as Error).message} (the header holds U+FFFD: is the file in another encoding? see --encoding)`);
  }
  return { cells, delimiter };
}

/**
 * Cuts the input into batches of at most `batchSize` records. For CSV the
 * header is read first (`header()` returns it from then on); a record over
 * {@link MAX_RECORD_CHARS} characters is a rejected row of its batch, and the
 * input goes on.
 */
export class InputBatches {
  #header: CsvHeader | undefined;
  readonly #options: InputOptions;
  /** Bytes of the records cut so far (header included), and where each batch ends. */
  #rowBytes = 0;
  readonly #ends = new WeakMap<LineBatch, number>();
  /** Input bytes per UTF-8 byte of the decoded text: 1 for UTF-8, about 2 for UTF-16 (rows are counted in UTF-8 bytes). */
  #inputBytesPerTextByte = 1;
  /** Where the last batch ended, in input bytes. */
  #lastEnd = 0;
  #blankLines = 0;

  constructor(options: InputOptions) {
    this.#options = options;
  }

  /**
   * The input bytes up to the end of `batch`'s last record: the progress bar
   * follows the rows handed to the workers, not the bytes read ahead of them
   * (one 64 KB chunk is a third of a 5,000-row file).
   */
  bytesThrough(batch: LineBatch): number {
    return this.#ends.get(batch) ?? this.#lastEnd;
  }

  /** Notes where `batch` ends, in input bytes: never before the batch before it (the bytes-per-character ratio moves as the input is read). */
  #endBatch(batch: LineBatch): void {
    this.#lastEnd = Math.max(this.#lastEnd, Math.round(this.#rowBytes * this.#inputBytesPerTextByte));
    this.#ends.set(batch, this.#lastEnd);
  }

  /**
   * Blank lines read so far: empty, spaces, or (CSV) empty cells only. They
   * hold no row, so they are skipped, neither screened nor rejected, and
   * counted here for the summary; their bytes still move the progress bar.
   */
  blankLines(): number {
    return this.#blankLines;
  }

  /** The CSV header, once read. */
  header(): CsvHeader | undefined {
    return this.#header;
  }

  async *read(stream: AsyncIterable<Buffer | string>): AsyncGenerator<LineBatch> {
    const { format, columns, batchSize } = this.#options;
    let batch: LineBatch = { lines: [], lineNumbers: [], rejected: [] };
    const ready: LineBatch[] = [];
    // A full batch is ended when the next record comes (or the input ends), so that the blank
    // lines after its last row are in its bytes: the bar reaches the end of a file that ends in them.
    const adding = () => {
      if (batch.lines.length + batch.rejected!.length < batchSize) return;
      this.#endBatch(batch);
      ready.push(batch);
      batch = { lines: [], lineNumbers: [], rejected: [] };
    };
    const addLine = (text: string, line: number, ending: number) => {
      adding();
      this.#rowBytes += Buffer.byteLength(text) + ending;
      batch.lines.push(text);
      batch.lineNumbers.push(line);
    };
    const addRejected = (row: RejectedRow) => {
      adding();
      batch.rejected!.push(row);
    };

    let push: (text: string) => void;
    let end: () => void;
    if (format === 'csv') {
      const splitter = new CsvRecordSplitter({
        delimiter: this.#options.delimiter,
        onRecord: (record) => {
          if (this.#header === undefined) {
            this.#header = readHeader(record.text, record.line, splitter.delimiter!, columns);
            this.#rowBytes += Buffer.byteLength(record.text) + record.ending;
          } else addLine(record.text, record.line, record.ending);
        },
        onBlank: (record) => {
          this.#blankLines++;
          this.#rowBytes += Buffer.byteLength(record.text) + record.ending;
        },
        onOversized: (record) => {
          const span = record.endLine === record.line ? `line ${record.line}` : `lines ${record.line} to ${record.endLine}`;
          const reason = `row over the ${MAX_RECORD_CHARS}-character limit (${span}; an unclosed quote?): skipped to the end of its line`;
          if (this.#header === undefined) throw new InputError(`the header (${span}) is over ${MAX_RECORD_CHARS} characters`);
          addRejected({ line: record.line, id: '', reason, raw: `${record.start}…` });
        },
      });
      push = (text) => splitter.push(text);
      end = () => splitter.end();
    } else {
      let carry = '';
      let lineNumber = 0;
      const addJsonLine = (text: string, lineFeed: number) => {
        lineNumber++;
        const crlf = text.endsWith('\r');
        if (text.trim() !== '') addLine(crlf ? text.slice(0, -1) : text, lineNumber, lineFeed + (crlf ? 1 : 0));
        else {
          this.#blankLines++;
          this.#rowBytes += Buffer.byteLength(text) + lineFeed;
        }
      };
      push = (text) => {
        const lines = (carry + text).split('\n');
        carry = lines.pop()!;
        for (const line of lines) addJsonLine(line, 1);
      };
      end = () => {
        if (carry !== '') addJsonLine(carry, 0);
      };
    }

    let decoder: InstanceType<typeof TextDecoder> | undefined;
    let bytesRead = 0;
    let textBytes = 0;
    // Rows holding U+FFFD are warned about one by one (rows.ts); stderr says it once, with the byte offset.
    let undecodableSaid = this.#options.onUndecodable === undefined;
    const decode = (chunk: Uint8Array | undefined): string => {
      decoder ??= inputDecoder(chunk ?? new Uint8Array(), this.#options.encoding);
      const text = chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
      if (!undecodableSaid && text.includes(REPLACEMENT)) {
        const utf8 = decoder.encoding === 'utf-8';
        // (a sequence cut by the chunk's ends is decoded whole by the streaming decoder: not counted)
        const offsets = chunk !== undefined && utf8 ? invalidUtf8Offsets(chunk).filter((at) => at >= 3 && at < chunk.length - 3) : [];
        if (!utf8 || offsets.length > 0 || chunk === undefined) {
          undecodableSaid = true;
          const where = offsets.length > 0 ? ` (first near byte ${bytesRead + offsets[0]!})` : '';
          this.#options.onUndecodable!(
            `the input holds bytes not valid ${decoder.encoding}${where}, read as U+FFFD: each such row is screened with a ` +
              `UNSC_WARN_UNDECODABLE_BYTES warning giving its line and column` +
              (utf8 ? '; if the file is Latin-1 or Windows-1252 (an older Excel export), give --encoding windows-1252' : ''),
          );
        }
      }
      if (chunk !== undefined) bytesRead += chunk.byteLength;
      if (decoder.encoding !== 'utf-8') {
        textBytes += Buffer.byteLength(text);
        if (textBytes > 0) this.#inputBytesPerTextByte = bytesRead / textBytes;
      }
      return text;
    };
    for await (const chunk of stream) {
      if (typeof chunk === 'string') {
        this.#options.onBytes?.(Buffer.byteLength(chunk));
        push(chunk);
      } else {
        this.#options.onBytes?.(chunk.byteLength);
        push(decode(chunk));
      }
      yield* ready.splice(0);
    }
    if (decoder !== undefined) push(decode(undefined));
    end();
    yield* ready.splice(0);
    if (batch.lines.length > 0 || batch.rejected!.length > 0) {
      this.#endBatch(batch);
      yield batch;
    }
  }
}
