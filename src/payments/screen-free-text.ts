/**
 * Free-text fields of a payment (remittance information, instructions,
 * address lines…) screened through one callback shaped like
 * `screener.screenText`: `(text) => { hits: [{ start, end, text, alert }] }`.
 *
 * Until `screenText` exists, `segmentsAsNames` stands in for it, and says
 * what it cannot do: it screens each short segment of the text (a line, or a
 * part between SWIFT `/` separators) as a whole name with `screen`. A listed
 * name that is a whole line or a whole `/INS/…` part is found; one inside a
 * longer sentence, cut across two lines or run together is not, and a
 * segment longer than `MAX_SEGMENT_WORDS` words is not screened at all (a
 * `UNSC_WARN_TEXT_NOT_SCREENED` warning says so). Segments with fewer than 4
 * letters (SWIFT codes such as `INS`, numbers) and segments that are a
 * country's name or code are skipped: they are no party's name.
 */
import { countryCode } from '../screen/countries.js';
import type { ScreenQuery } from '../screen/query.js';
import type { TextHit, TextScreenResult } from '../free-text/result.js';
import type { ScreenResult } from '../screen/result.js';
import type { FreeTextField, PaymentAlert, TextSpan, TransactionIds } from './types.js';

/** A function that finds listed names in a text: `(text) => screener.screenText(text, options)`. */
export type TextScreenFn = (text: string) => Pick<TextScreenResult, 'hits' | 'list' | 'options'> & Partial<Pick<TextScreenResult, 'truncated'>>;

/** Longest segment `segmentsAsNames` screens as a name, in words: the list's names are shorter. */
export const MAX_SEGMENT_WORDS = 6;

/** Fewest letters a segment needs to be screened: SWIFT codes (`INV`, `ACC`, `BNF`) are not names. */
const MIN_SEGMENT_LETTERS = 4;

/**
 * The stand-in for `screenText` (see the file comment): each line, and each
 * part of a line between `/` separators, of 1 to `MAX_SEGMENT_WORDS` words is
 * screened as a whole name; longer ones are passed to `onNotScreened`.
 *
 * @example
 * ```ts
 * const context = { list: screener.version, options: { threshold: 0.8, limit: 10, engine: 'unsc-screen' } };
 * const screenText = segmentsAsNames((q) => screener.screen(q), context, (segment) => console.warn('not screened:', segment));
 * screenText('/INS/AL RASHID TRUST\n//KARACHI').hits[0]?.alert.referenceNumber // 'QDe.005'
 * ```
 */
export function segmentsAsNames(
  screen: (query: ScreenQuery) => ScreenResult,
  context: Pick<TextScreenResult, 'list' | 'options'>,
  onNotScreened: (segment: TextSpan) => void,
): TextScreenFn {
  const { threshold, limit } = context.options;
  return (text) => {
    const hits: TextHit[] = [];
    for (const segment of segments(text)) {
      const words = segment.text.split(/\s+/).filter(Boolean).length;
      if ((segment.text.match(/\p{L}/gu)?.length ?? 0) < MIN_SEGMENT_LETTERS) continue;
      // A segment that is a country ("Netherlands", an address's last line) is no party's name.
      if (countryCode(segment.text) !== undefined) continue;
      if (words > MAX_SEGMENT_WORDS) {
        onNotScreened(segment);
        continue;
      }
      for (const alert of screen({ name: segment.text, threshold, limit }).alerts) hits.push({ ...segment, alert });
    }
    return { hits, list: context.list, options: context.options };
  };
}

/** Lines, split again at `/` (SWIFT codes: `/INS/`, `/BNF/`, `//` continuations), trimmed, with their offsets. */
function segments(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  for (const match of text.matchAll(/[^\n/]+/g)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const start = match.index + lead;
    out.push({ start, end: start + trimmed.length, text: trimmed });
  }
  return out;
}

/** Words per part when a field too long for one `screenText` call is screened in parts. */
export const PART_WORDS = 200;

/** Words each part repeats of the one before, so that a name across the cut is whole in one part: longer than any listed name. */
const PART_OVERLAP_WORDS = 12;

/**
 * Screens one free-text field with `screenText` and makes payment alerts of
 * its hits: role and path of the field, the span that matched, the
 * transaction's ids. A field so long that `screenText` scores only its
 * beginning (`truncated`: thousands of name-like words) is screened again in
 * overlapping parts of `PART_WORDS` words, so that a name at its end is found
 * too; `truncated` is true only when a part is still too long (a warning says
 * so), and the best `limit` alerts are kept, in text order.
 *
 * @example
 * ```ts
 * const field = { role: 'remittanceInformation', path: ':70:', text: 'BANK TRUST '.repeat(1000) + 'TO AL RASHID TRUST' };
 * screenFreeText(field, (text) => screener.screenText(text), {}, 10).alerts[0]?.referenceNumber; // 'QDe.005'
 * ```
 */
export function screenFreeText(field: FreeTextField, screenText: TextScreenFn, ids: TransactionIds, limit = Number.POSITIVE_INFINITY): { alerts: PaymentAlert[]; truncated: boolean } {
  const whole = screenText(field.text);
  let hits = whole.hits;
  let truncated = whole.truncated === true;
  if (truncated) {
    truncated = false;
    const best = new Map<string, TextHit>();
    for (const part of parts(field.text)) {
      const screened = screenText(part.text);
      truncated ||= screened.truncated === true;
      for (const hit of screened.hits) {
        const shifted = { ...hit, start: hit.start + part.start, end: hit.end + part.start };
        const key = `${hit.alert.referenceNumber} ${shifted.start} ${shifted.end}`;
        if ((best.get(key)?.alert.score ?? -1) < hit.alert.score) best.set(key, shifted);
      }
    }
    hits = [...best.values()].sort((a, b) => b.alert.score - a.alert.score).slice(0, limit).sort((a, b) => a.start - b.start);
  }
  const alerts = hits.map((hit) => ({
    ...hit.alert,
    role: field.role,
    path: field.path,
    source: 'freeText' as const,
    span: { start: hit.start, end: hit.end, text: hit.text },
    ids,
  }));
  return { alerts, truncated };
}

/** The text in parts of `PART_WORDS` words, each beginning `PART_OVERLAP_WORDS` words before the end of the one before. */
function parts(text: string): TextSpan[] {
  const starts = [...text.matchAll(/\S+/g)].map((match) => match.index);
  const out: TextSpan[] = [];
  for (let first = 0; first < starts.length; first += PART_WORDS - PART_OVERLAP_WORDS) {
    const start = starts[first]!;
    const end = first + PART_WORDS < starts.length ? starts[first + PART_WORDS]! : text.length;
    out.push({ start, end, text: text.slice(start, end) });
    if (first + PART_WORDS >= starts.length) break;
  }
  return out;
}
