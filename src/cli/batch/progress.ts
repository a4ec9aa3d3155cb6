/**
 * A progress line on a terminal: rows, rows per second, and an ETA when the
 * input size is known. Nothing when stderr is not a TTY.
 */

export interface ProgressSink {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** Redraws at most every 200 ms. */
export class Progress {
  readonly #sink: ProgressSink;
  readonly #totalBytes: number | undefined;
  readonly #started = performance.now();
  #last = Number.NEGATIVE_INFINITY;
  #shown = false;

  readonly #unit: string;

  /** `unit` names what is counted (`rows`; `transactions` for payments). */
  constructor(sink: ProgressSink, totalBytes: number | undefined, unit = 'rows') {
    this.#sink = sink;
    this.#totalBytes = totalBytes;
    this.#unit = unit;
  }

  update(rows: number, bytesRead: number): void {
    if (this.#sink.isTTY !== true) return;
    const now = performance.now();
    if (now - this.#last < 200) return;
    this.#last = now;
    const seconds = (now - this.#started) / 1000;
    const rate = rows / Math.max(seconds, 1e-3);
    let line = `${rows.toLocaleString('en-US')} ${this.#unit}, ${Math.round(rate).toLocaleString('en-US')} ${this.#unit}/s`;
    if (this.#totalBytes !== undefined && this.#totalBytes > 0 && bytesRead > 0) {
      const share = Math.min(1, bytesRead / this.#totalBytes);
      const eta = share > 0 ? (seconds / share) * (1 - share) : 0;
      const width = 20;
      const filled = Math.round(share * width);
      line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0)}% ${line}, ETA ${formatSeconds(eta)}`;
    }
    this.#sink.write(`\r${line}\u001b[K`);
    this.#shown = true;
  }

  /** Writes a message line (a rejected row) without mixing it into the progress line. */
  log(text: string): void {
    if (this.#shown) {
      this.#sink.write('\r\u001b[K');
      this.#shown = false;
      this.#last = Number.NEGATIVE_INFINITY;
    }
    this.#sink.write(text);
  }

  /** Clears the line before the summary. */
  finish(): void {
    if (this.#shown) this.#sink.write('\r\u001b[K');
    this.#shown = false;
  }
}

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes}m${String(Math.ceil(seconds % 60)).padStart(2, '0')}s`;
}
