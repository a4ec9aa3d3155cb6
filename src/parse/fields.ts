/**
 * Reads the fields of one parsed XML element and remembers which ones it read,
 * so that whatever the parser does not know is kept in `extra`, not lost.
 */
import type { ParseWarning } from '../types.js';
import type { XmlElement, XmlNode } from './document.js';
import { cleanText } from './text.js';

/** Collects warnings for one record. */
export interface WarningSink {
  referenceNumber: string;
  warnings: ParseWarning[];
}

/** An element with child elements where text was expected. */
const NOT_TEXT = Symbol('not text');

/** A cursor over one element's children. */
export class FieldReader {
  readonly #element: XmlElement;
  readonly #path: string;
  readonly #sink: WarningSink;
  readonly #read = new Set<string>();

  constructor(element: XmlElement, path: string, sink: WarningSink) {
    this.#element = element;
    this.#path = path;
    this.#sink = sink;
  }

  /** The cleaned text of a single-valued child; a repeat is kept in `extra` with a warning. */
  text(name: string): string | undefined {
    const nodes = this.#nodes(name);
    if (nodes.length > 1) {
      this.#read.delete(name); // so that rest() keeps every value
      this.warn(name, JSON.stringify(nodes), `<${name}> appears ${nodes.length} times; the first is used`);
    }
    const first = nodes[0];
    if (first !== undefined && typeof first !== 'string') {
      const text = this.#attributedText(name, first);
      if (text !== NOT_TEXT) return cleanText(text);
      this.warn(name, JSON.stringify(first), `<${name}> has child elements where text was expected`);
      return undefined;
    }
    return cleanText(first);
  }

  /**
   * The text of an element that has attributes but no child element
   * (`<FIRST_NAME lang="en">JOHN</FIRST_NAME>`): kept, the attributes in a
   * warning; `NOT_TEXT` when it has child elements.
   */
  #attributedText(name: string, element: XmlElement): string | undefined | typeof NOT_TEXT {
    const keys = Object.keys(element);
    if (!keys.every((key) => key === '#text' || key.startsWith('@_'))) return NOT_TEXT;
    const text = element['#text'];
    this.warn(name, JSON.stringify(element), `<${name}> has attributes (${keys.filter((k) => k !== '#text').map((k) => k.slice(2)).join(', ')}): its text is read, the attributes are not`);
    return typeof text === 'string' ? text : undefined;
  }

  /** Every non-empty `<VALUE>` of a container such as NATIONALITY or TITLE. */
  values(name: string): string[] {
    const values: string[] = [];
    for (const container of this.children(name)) {
      const reader = new FieldReader(container, `${this.#path}${name}.`, this.#sink);
      for (const node of reader.#nodes('VALUE')) {
        const attributed = typeof node === 'string' ? node : reader.#attributedText('VALUE', node);
        const text = cleanText(attributed === NOT_TEXT ? undefined : attributed);
        if (text !== undefined) values.push(text);
      }
    }
    return values;
  }

  /** The children with content; empty placeholders (`<INDIVIDUAL_DOCUMENT/>`) are skipped. */
  children(name: string): XmlElement[] {
    return this.#nodes(name).filter((node): node is XmlElement => typeof node !== 'string');
  }

  /** A reader for a child element, sharing this record's warnings. */
  child(element: XmlElement, path: string): FieldReader {
    return new FieldReader(element, `${this.#path}${path}.`, this.#sink);
  }

  /** Records a value that could not be read. */
  warn(field: string, raw: string, message: string): void {
    this.#sink.warnings.push({
      referenceNumber: this.#sink.referenceNumber,
      field: `${this.#path}${field}`,
      raw,
      message,
    });
  }

  /** The children not read so far (each with a warning), or `undefined` when there are none. */
  rest(): Record<string, unknown> | undefined {
    let extra: Record<string, unknown> | undefined;
    for (const key of Object.keys(this.#element)) {
      if (this.#read.has(key) || key.startsWith('@_') || key === '#text') continue;
      const nodes = this.#element[key] as XmlNode[];
      if (nodes.every((node) => node === '')) continue;
      extra ??= {};
      extra[key] = nodes.length === 1 ? nodes[0] : nodes;
      this.warn(key, JSON.stringify(extra[key]), `unknown element <${key}> kept in extra`);
    }
    return extra;
  }

  #nodes(name: string): XmlNode[] {
    this.#read.add(name);
    const nodes = this.#element[name];
    return Array.isArray(nodes) ? nodes : [];
  }
}
