/**
 * fast-xml-parser, loaded on first use: a screen from a snapshot never reads
 * XML, so importing the package does not load it. Its one-file CommonJS build
 * loads in a third of the time of its ES modules. Loaded as
 * `load-on-first-use.ts` says, so that bundlers carry it.
 *
 * @example
 * ```ts
 * const { XMLValidator } = xmlLibrary();
 * XMLValidator.validate('<a/>'); // true
 * ```
 */
import type * as FastXmlParser from 'fast-xml-parser';
import { loadOnFirstUse, requireFromHere } from './load-on-first-use.js';

let library: typeof FastXmlParser | undefined;

export function xmlLibrary(): typeof FastXmlParser {
  library ??= loadOnFirstUse(
    () => require('fast-xml-parser') as typeof FastXmlParser,
    () => requireFromHere('fast-xml-parser') as typeof FastXmlParser,
  );
  return library;
}
