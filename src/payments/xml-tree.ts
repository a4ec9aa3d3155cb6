/**
 * ISO 20022 XML as a plain tree of local names: namespace prefixes dropped
 * (`pacs:Dbtr` is `Dbtr`), every element an array, no attributes. No DTD is
 * read and no entity expanded: a DOCTYPE is refused, and only the five XML
 * entities and character references are decoded. No schema is fetched.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** An element: its text, or its children by local name (every child in an array). */
export type XmlNode = string | XmlElement;
export interface XmlElement {
  [name: string]: XmlNode[] | undefined;
}

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  // Entities are decoded by `decodeEntities` below, never by the parser: no DTD, no expansion.
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: () => true,
});

/** Where the XML stops being well-formed. */
export interface XmlProblem {
  reason: string;
  line?: number;
  column?: number;
}

/**
 * Parses XML leniently: a well-formed document gives its tree and no problem;
 * a malformed or truncated one gives the tree of what could be read and the
 * problem, so that the caller screens what is there and says what is not.
 */
export function parseXml(text: string): { tree: XmlElement; problem?: XmlProblem } {
  if (/<!DOCTYPE/i.test(text)) {
    return { tree: {}, problem: { reason: 'a DOCTYPE is not allowed in a payment message (no DTD is read, no entity expanded)' } };
  }
  const validation = XMLValidator.validate(text);
  let problem: XmlProblem | undefined;
  if (validation !== true) {
    // The validator reports elements left open at the end (a message cut off) at line 1: say where it really ends.
    const unclosed = /^Invalid '\[(.*)\]' found/s.exec(validation.err.msg);
    problem = unclosed === null
      ? { reason: `malformed XML: ${validation.err.msg}`, line: validation.err.line, column: validation.err.col }
      : { reason: `malformed XML: the message ends with elements still open (cut off?): ${unclosed[1]!.replace(/\s+/g, ' ').trim()}`, line: text.split('\n').length };
  }
  let tree: XmlElement;
  try {
    tree = parser.parse(text) as XmlElement;
  } catch (error) {
    return { tree: {}, problem: problem ?? { reason: `malformed XML: ${(error as Error).message}` } };
  }
  return problem === undefined ? { tree } : { tree, problem };
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references; anything else is left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return safeCodePoint(Number.parseInt(name.slice(2), 16)) ?? whole;
    if (name.startsWith('#')) return safeCodePoint(Number.parseInt(name.slice(1), 10)) ?? whole;
    return ENTITIES[name] ?? whole;
  });
}

function safeCodePoint(code: number): string | undefined {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** The children named `name` that are elements or text. */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  if (node === undefined || typeof node === 'string') return [];
  return node[name] ?? [];
}

/** The first child named `name`. */
export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return children(node, name)[0];
}

/** The text of the element at `path` (`Id/OrgId/LEI`), decoded; `undefined` when absent or not text. */
export function textAt(node: XmlNode | undefined, path: string): string | undefined {
  let current = node;
  for (const name of path.split('/')) {
    current = child(current, name);
    if (current === undefined) return undefined;
  }
  return typeof current === 'string' ? decodeEntities(current) : undefined;
}

/** Every text of the elements named by the last step of `path` (`RmtInf/Ustrd`), decoded, with their index. */
export function textsAt(node: XmlNode | undefined, path: string): string[] {
  const steps = path.split('/');
  let current: XmlNode | undefined = node;
  for (const name of steps.slice(0, -1)) current = child(current, name);
  return children(current, steps.at(-1)!).map((value) => (typeof value === 'string' ? decodeEntities(value) : ''));
}

/** The element names of a node's children, in the parser's order. */
export function childNames(node: XmlNode | undefined): string[] {
  return node === undefined || typeof node === 'string' ? [] : Object.keys(node);
}
