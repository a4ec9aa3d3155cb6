/**
 * fast-xml-parser, loaded on first use: a screen from a snapshot never reads
 * XML, so importing the package does not load it. Its one-file CommonJS build
 * loads in a third of the time of its ES modules.
 *
 * @example
 * ```ts
 * const { XMLValidator } = xmlLibrary();
 * XMLValidator.validate('<a/>'); // true
 * ```
 */
import { createRequire } from 'node:module';
import type * as FastXmlParser from 'fast-xml-parser';

let library: typeof FastXmlParser | undefined;

export function xmlLibrary(): typeof FastXmlParser {
  library ??= createRequire(import.meta.url)('fast-xml-parser') as typeof FastXmlParser;
  return library;
}
