/**
 * What `Screener.screenText` returns.
 */
import type { Alert, ListVersion, ScreenResult } from '../screen/result.js';

/** Options of one `screenText` call. */
export interface TextScreenOptions {
  /** Lowest score that alerts. @default the Screener's (0.8). Range: (0, 1]. */
  threshold?: number;
  /** Most hits returned (the best, then in text order). @default the Screener's (10). Range: a positive integer. */
  limit?: number;
}

/** A listed name found inside a text. */
export interface TextHit {
  /** Offset (UTF-16 code units) of the first character of the matched words in the original text. */
  start: number;
  /** Offset just after the last character: `text === input.slice(start, end)`. */
  end: number;
  /** The matched slice of the original text, line breaks and punctuation included. */
  text: string;
  /** The alert, as `screen()` would give it for these words as a name (no evidence: a text has none). */
  alert: Alert;
}

/** The result of screening one free text. */
export interface TextScreenResult {
  /** Listed names found, in text order; one per designation and span (the best). */
  hits: TextHit[];
  /** The list version screened against. */
  list: ListVersion;
  options: ScreenResult['options'];
  /**
   * True when the text had more windows than a text is allowed
   * (`MAX_TEXT_WINDOWS`) and the rest were not scored: screen such a text in
   * parts (`screenPayment` does: a field that comes back truncated is screened
   * again in overlapping parts, and warns when a part is still truncated).
   */
  truncated: boolean;
}
