/**
 * From the downloaded bytes to text: the encoding the document declares (a
 * byte-order mark or `<?xml … encoding="…"?>`, UTF-8 when none), and a
 * warning with the position of every byte that is not valid in it, where
 * a plain decoder would put U+FFFD without a word.
 */
import { ErrorCodes, ListFormatError } from '../errors.js';
import type { ParseWarning } from '../types.js';

/** Invalid sequences reported one by one; beyond, a count. */
const MAX_REPORTED = 10;

/**
 * Decodes a list's bytes, adding a warning for each undecodable byte sequence.
 *
 * @throws {ListFormatError} `UNSC_ERR_UNSUPPORTED_ENCODING` for an encoding Node cannot decode.
 *
 * @example
 * ```ts
 * const warnings: ParseWarning[] = [];
 * decodeList(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><A>JOS\xC9</A>', 'latin1'), warnings); // '…<A>JOSÉ</A>'
 * ```
 */
export function decodeList(bytes: Uint8Array, warnings: ParseWarning[]): string {
  const label = declaredEncoding(bytes);
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new ListFormatError(ErrorCodes.UNSUPPORTED_ENCODING, `The document declares the encoding "${label}", which cannot be decoded`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    // Decoded anyway (U+FFFD for each bad sequence), with where they are.
  }
  const text = new TextDecoder(label).decode(bytes);
  const offsets = decoder.encoding === 'utf-8' ? invalidUtf8Offsets(bytes) : [];
  for (const offset of offsets.slice(0, MAX_REPORTED)) {
    const { line, column } = byteLineAndColumn(bytes, offset);
    warnings.push({
      referenceNumber: '',
      field: 'document',
      raw: Buffer.from(bytes.subarray(offset, offset + 4)).toString('hex'),
      message: `bytes not valid ${decoder.encoding} at byte ${offset} (line ${line}, byte ${column} of the line): read as U+FFFD`,
    });
  }
  if (offsets.length > MAX_REPORTED || offsets.length === 0) {
    warnings.push({
      referenceNumber: '',
      field: 'document',
      raw: '',
      message: offsets.length === 0
        ? `bytes not valid ${decoder.encoding}: read as U+FFFD`
        : `${offsets.length - MAX_REPORTED} more byte sequences not valid ${decoder.encoding}: read as U+FFFD`,
    });
  }
  return text;
}

/** The encoding label: from a byte-order mark, else the XML declaration, else UTF-8. */
function declaredEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = Buffer.from(bytes.subarray(0, 256)).toString('latin1');
  const declared = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return declared === null ? 'utf-8' : declared[1]!.toLowerCase();
}

/**
 * Byte offsets where an invalid UTF-8 sequence starts (overlong forms,
 * surrogates and code points over U+10FFFF included).
 */
export function invalidUtf8Offsets(bytes: Uint8Array): number[] {
  const offsets: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let valid = length > 0 && i + length <= bytes.length;
    for (let k = 1; valid && k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) valid = false;
    if (valid && length === 3) {
      const second = bytes[i + 1]!;
      if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second >= 0xa0)) valid = false;
    }
    if (valid && length === 4) {
      const second = bytes[i + 1]!;
      if ((b === 0xf0 && second < 0x90) || (b === 0xf4 && second >= 0x90)) valid = false;
    }
    if (valid) i += length;
    else {
      offsets.push(i);
      i++;
    }
  }
  return offsets;
}

function byteLineAndColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
