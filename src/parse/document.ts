/**
 * From bytes to a parsed XML tree, with typed errors for every way a download
 * can go wrong: not XML, some other XML, cut off, or malformed.
 */
import type * as FastXmlParser from 'fast-xml-parser';
import { xmlLibrary } from '../text/xml-library.js';
import { ErrorCodes, ListFormatError } from '../errors.js';

/** The root element of the official list. */
export const ROOT = 'CONSOLIDATED_LIST';

/** A parsed element: text, or children keyed by name (every child in an array). */
export type XmlNode = string | XmlElement;
/** Children by tag name; attributes under `@_name`. */
export interface XmlElement {
  [name: string]: XmlNode[] | string | undefined;
}

const PARSER_OPTIONS: FastXmlParser.X2jOptions = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // `<un:FIRST_NAME>` or `<FIRST_NAME xmlns="…">` is the same field: a namespace never hides one.
  removeNSPrefix: true,
  // Every element is an array: repeated elements never change shape, and a
  // field that unexpectedly repeats is seen rather than silently overwritten.
  isArray: (_name, _jpath, _isLeafNode, isAttribute) => !isAttribute,
};

let xml: { parser: FastXmlParser.XMLParser; validator: typeof FastXmlParser.XMLValidator } | undefined;

/** The XML parser, made on the first parse ({@link xmlLibrary}). */
function xmlParser(): NonNullable<typeof xml> {
  if (xml !== undefined) return xml;
  const { XMLParser, XMLValidator } = xmlLibrary();
  xml = { parser: new XMLParser(PARSER_OPTIONS), validator: XMLValidator };
  return xml;
}

/**
 * Decodes the bytes, checks that they hold a complete CONSOLIDATED_LIST and
 * parses them.
 *
 * @throws {ListFormatError} `UNSC_ERR_NOT_XML`, `UNSC_ERR_NOT_CONSOLIDATED_LIST`
 *   or `UNSC_ERR_TRUNCATED`.
 */
export function readDocument(text: string): XmlElement {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // The list has no DOCTYPE. One can declare entities that expand (and a `>`
  // inside an entity value ends a naive prolog scan early): refused wherever it is.
  const doctype = DOCTYPE.exec(body);
  // (an HTML error page's `<!DOCTYPE html>` says what it is: not the list)
  const declaredRoot = doctype === null ? undefined : /^<!DOCTYPE\s+([A-Za-z_][\w.:-]*)/i.exec(body.slice(doctype.index))?.[1];
  if (declaredRoot !== undefined && declaredRoot !== ROOT) {
    throw new ListFormatError(
      ErrorCodes.NOT_CONSOLIDATED_LIST,
      `Expected the root element <${ROOT}>, got a document of type <${declaredRoot}>: this is not the UN Consolidated List`,
    );
  }
  if (doctype !== null) {
    const { line, column } = lineAndColumn(body, doctype.index);
    throw new ListFormatError(
      ErrorCodes.DOCTYPE_NOT_ALLOWED,
      `The document has a ${doctype[0].slice(2)} declaration at line ${line}, column ${column}: the UN list has none, and one may declare entities; refused`,
      { line, column },
    );
  }
  const root = rootElementName(body);
  if (root === CUT_SHORT) {
    throw new ListFormatError(
      ErrorCodes.TRUNCATED,
      `The document ends before its root element is complete (${body.length} characters read): the download was cut off`,
    );
  }
  if (root === undefined) {
    throw new ListFormatError(
      ErrorCodes.NOT_XML,
      `Expected an XML document, got text starting with ${JSON.stringify(body.trimStart().slice(0, 40))}`,
    );
  }
  if (root !== ROOT) {
    throw new ListFormatError(
      ErrorCodes.NOT_CONSOLIDATED_LIST,
      `Expected the root element <${ROOT}>, got <${root}>: this is not the UN Consolidated List`,
    );
  }
  // A prefix of a valid document never ends with the closing root tag, so this
  // catches a download cut at any byte, before the slower validation runs.
  if (!body.trimEnd().endsWith(`</${ROOT}>`)) {
    throw new ListFormatError(
      ErrorCodes.TRUNCATED,
      `The document ends before </${ROOT}> (${body.length} characters read): the download was cut off`,
    );
  }
  const validation = xmlParser().validator.validate(body);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    throw new ListFormatError(
      ErrorCodes.NOT_XML,
      `Malformed XML at line ${line}, column ${col}: ${msg}`,
      { line, column: col },
    );
  }
  const tree = xmlParser().parser.parse(body) as XmlElement;
  const list = (tree[ROOT] as XmlNode[] | undefined)?.[0];
  if (list === undefined || typeof list === 'string') {
    throw new ListFormatError(ErrorCodes.NOT_CONSOLIDATED_LIST, `<${ROOT}> is empty`);
  }
  return list;
}

const CUT_SHORT = Symbol('cut short');

/** A document type or entity declaration, anywhere. */
const DOCTYPE = /<!(?:DOCTYPE|ENTITY)/i;

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Returns the name of the first element after the prolog (declaration,
 * comments, doctype); `CUT_SHORT` when the text ends inside the prolog or the
 * root's name; `undefined` when the text does not start like XML.
 */
function rootElementName(text: string): string | typeof CUT_SHORT | undefined {
  let rest: string | undefined = text.trimStart();
  while (rest.startsWith('<?') || rest.startsWith('<!')) {
    rest = skipPast(rest, rest.startsWith('<?') ? '?>' : rest.startsWith('<!--') ? '-->' : '>');
    if (rest === undefined) return CUT_SHORT;
  }
  const match = /^<([A-Za-z_][\w.:-]*)(.?)/s.exec(rest);
  if (match === null) return rest === '<' && text.trimStart() !== '<' ? CUT_SHORT : undefined;
  return match[2] === '' ? CUT_SHORT : match[1];
}

function skipPast(text: string, marker: string): string | undefined {
  const end = text.indexOf(marker);
  return end < 0 ? undefined : text.slice(end + marker.length).trimStart();
}
