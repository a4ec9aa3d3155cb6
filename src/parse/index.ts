/**
 * `parseList`: the official XML onto the typed model, losing nothing.
 */
import { createHash } from 'node:crypto';
import { ErrorCodes, ListFormatError } from '../errors.js';
import type { Entity, Individual, ParseWarning, SanctionsList } from '../types.js';
import { parseTimestamp } from './dates.js';
import { readDocument, ROOT, type XmlElement, type XmlNode } from './document.js';
import { readEntity, readIndividual } from './record.js';
import { warnLongNameParts } from './long-names.js';

/**
 * Parses the UN Security Council Consolidated List XML.
 *
 * Pure and synchronous: no I/O. A record with an unreadable field is kept with
 * the raw value and a warning in `list.warnings`; it is never dropped.
 *
 * @param xml - The document, as text or as the downloaded bytes (UTF-8).
 * @returns The typed list with its `dateGenerated`, sha256 and counts.
 * @throws {ListFormatError} with code `UNSC_ERR_NOT_XML`, `UNSC_ERR_NOT_CONSOLIDATED_LIST`,
 *   `UNSC_ERR_TRUNCATED` or `UNSC_ERR_MISSING_REFERENCE_NUMBER`.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { parseList } from 'unsc-screen';
 * const list = parseList(readFileSync('fixtures/consolidated-2026-02-27.xml'));
 * list.counts.individuals; // 730
 * list.individuals.find((r) => r.referenceNumber === 'QDi.001')?.name;
 * ```
 */
export function parseList(xml: string | Uint8Array): SanctionsList {
  if (typeof xml !== 'string' && !(xml instanceof Uint8Array)) {
    throw new TypeError(`Expected \`xml\` to be a string or a Uint8Array, got ${typeof xml}`);
  }
  const bytes = typeof xml === 'string' ? Buffer.from(xml, 'utf8') : xml;
  const text = typeof xml === 'string' ? xml : new TextDecoder('utf-8').decode(xml);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const root = readDocument(text);

  const dateGenerated = typeof root['@_dateGenerated'] === 'string' ? root['@_dateGenerated'].trim() : '';
  const generatedAt = parseTimestamp(dateGenerated);
  if (generatedAt === undefined) {
    throw new ListFormatError(
      ErrorCodes.NOT_CONSOLIDATED_LIST,
      `<${ROOT}> has no readable dateGenerated attribute (got ${JSON.stringify(dateGenerated)})`,
    );
  }
  const individualElements = section(root, 'INDIVIDUALS', 'INDIVIDUAL');
  const entityElements = section(root, 'ENTITIES', 'ENTITY');

  const warnings: ParseWarning[] = [];
  const individuals: Individual[] = individualElements.map((el, i) => readIndividual(el, i + 1, warnings));
  const entities: Entity[] = entityElements.map((el, i) => readEntity(el, i + 1, warnings));
  for (const record of [...individuals, ...entities]) warnLongNameParts(record, warnings);
  const individualAliases = individuals.reduce((sum, r) => sum + r.aliases.length, 0);
  const entityAliases = entities.reduce((sum, r) => sum + r.aliases.length, 0);

  return {
    dateGenerated,
    generatedAt,
    sha256,
    byteLength: bytes.byteLength,
    counts: {
      individuals: individuals.length,
      entities: entities.length,
      aliases: individualAliases + entityAliases,
      individualAliases,
      entityAliases,
      originalScriptNames: [...individuals, ...entities].filter((r) => r.nameOriginalScript !== undefined).length,
    },
    individuals,
    entities,
    records: [...individuals, ...entities],
    warnings,
  };
}

/** The record elements of INDIVIDUALS or ENTITIES; the container must be there. */
function section(root: XmlElement, container: string, item: string): XmlElement[] {
  const nodes = root[container] as XmlNode[] | undefined;
  if (nodes === undefined || nodes.length === 0) {
    throw new ListFormatError(
      ErrorCodes.NOT_CONSOLIDATED_LIST,
      `<${ROOT}> has no <${container}> element: this is not a complete Consolidated List`,
    );
  }
  const first = nodes[0];
  if (first === undefined || typeof first === 'string') return []; // <INDIVIDUALS/>: empty section
  const items = first[item];
  return (Array.isArray(items) ? items : []).filter((node): node is XmlElement => typeof node !== 'string');
}
