/**
 * SWIFT FIN messages as text: blocks `{1:}{2:}{3:}{4:…-}{5:}`, several
 * messages per file (RJE files separate them with `$`), ACK/NAK service
 * messages skipped, and block 4 split into `:TAG:` fields.
 */

/** One FIN message's blocks, as written. */
export interface FinMessage {
  /** 0-based position among the file's user messages. */
  position: number;
  /** 1-based line of the message's start in the file. */
  line: number;
  block1?: string;
  block2?: string;
  /** Block 3 fields by tag: `108`, `119`, `121`. */
  block3: Record<string, string>;
  /** Block 4's text; undefined when there is none. */
  block4?: string;
  /** What could not be read, when block 4 is cut off or a block is not closed. */
  problem?: string;
}

/** One `:TAG:` field of block 4. */
export interface FinField {
  tag: string;
  /** Lines of the value (CR removed). */
  lines: string[];
  /** 1-based line of the tag inside block 4. */
  line: number;
}

/** Finds the `}` closing a block whose content starts at `start`, counting nested braces. */
function closingBrace(text: string, start: number): number {
  let depth = 1;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

/** 1-based line of offsets met in increasing order, counting only the newlines since the last call (a large RJE file stays linear). */
function lineCounter(text: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    for (let i = text.indexOf('\n', at); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    at = Math.max(at, offset);
    return line;
  };
}

/**
 * Splits a file into FIN user messages. A bare block 4 (no header blocks) or
 * a text that starts with a `:20:` field is one message with no header.
 *
 * @example
 * ```ts
 * splitFinMessages('{1:F01AAAABBCCXXXX0000000000}{2:I103DDDDEEFFXXXXN}{4:\n:20:REF\n-}')[0]?.block2 // 'I103DDDDEEFFXXXXN'
 * ```
 */
export function splitFinMessages(text: string): FinMessage[] {
  const messages: FinMessage[] = [];
  if (/^\s*:\d{2}[A-Z]?:/.test(text)) {
    return [{ position: 0, line: 1, block3: {}, block4: text.replace(/\r/g, '').replace(/\n-\}?\s*$/, '') }];
  }
  const lineAt = lineCounter(text);
  let current: FinMessage | undefined;
  let skipping = false; // inside an ACK/NAK service message (block 1 F21)
  const start = (offset: number) => {
    if (current !== undefined && !skipping) messages.push(current);
    current = { position: 0, line: lineAt(offset), block3: {} };
  };
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open === -1) break;
    const tag = /^\{([1-5]):/.exec(text.slice(open, open + 3));
    if (tag === null) {
      i = open + 1;
      continue;
    }
    const block = tag[1]!;
    const contentStart = open + 3;
    if (block === '1' || current === undefined) {
      start(open);
      if (block === '1') skipping = /^F2[01]/.test(text.slice(contentStart, contentStart + 3));
    }
    const message = current!;
    if (block === '4' && text[contentStart] !== '{') {
      const end = /\r?\n-\}|^-\}/m.exec(text.slice(contentStart));
      if (end === null) {
        message.block4 = text.slice(contentStart).replace(/\r/g, '');
        message.problem = 'block 4 is not terminated by "-}": the message is cut off';
        break;
      }
      message.block4 = text.slice(contentStart, contentStart + end.index).replace(/\r/g, '');
      i = contentStart + end.index + end[0].length;
      continue;
    }
    const close = closingBrace(text, contentStart);
    if (close === -1) {
      message.problem = `block ${block} is not closed`;
      break;
    }
    const content = text.slice(contentStart, close);
    if (block === '1') message.block1 = content;
    else if (block === '2') message.block2 = content;
    else if (block === '3') for (const field of content.matchAll(/\{(\w+):([^}]*)\}/g)) message.block3[field[1]!] = field[2]!;
    i = close + 1;
  }
  if (current !== undefined && !skipping) messages.push(current);
  messages.forEach((message, position) => (message.position = position));
  return messages;
}

/** Splits block 4 into fields; a line that starts no field continues the previous one. */
export function finFields(block4: string): FinField[] {
  const fields: FinField[] = [];
  const lines = block4.replace(/\r/g, '').split('\n');
  lines.forEach((raw, index) => {
    const match = /^:(\d{2}[A-Z]?):(.*)$/.exec(raw);
    if (match !== null) fields.push({ tag: match[1]!, lines: [match[2]!], line: index + 1 });
    else if (fields.length > 0 && raw.trim() !== '' && raw.trim() !== '-') fields.at(-1)!.lines.push(raw);
  });
  for (const field of fields) {
    while (field.lines.length > 1 && field.lines.at(-1)!.trim() === '') field.lines.pop();
  }
  return fields;
}

/**
 * The message type from block 2 (`I103…`, `O2021…`), refined by block 3:
 * `{119:STP}` makes MT103 STP, `{119:COV}` MT202 COV.
 */
export function finMessageType(message: FinMessage): string | undefined {
  const type = /^[IO](\d{3})/.exec(message.block2 ?? '')?.[1];
  return type;
}
