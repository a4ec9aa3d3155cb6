/**
 * `parseList`: the official XML onto the typed model, losing nothing.
 */
import { createHash } from 'node:crypto';
import { ArgumentTypeError, describeValue, ErrorCodes, ListFormatError } from '../errors.js';
import type { Entity, Individual, ParseWarning, SanctionsList, SanctionsRecord } from '../types.js';
import { parseTimestamp } from './dates.js';
import { readDocument, ROOT, type XmlElement, type XmlNode } from './document.js';
import { decodeList } from './decode.js';
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
    throw new ArgumentTypeError(ErrorCodes.INVALID_ARGUMENT, `Expected \`xml\` to be a string or a Uint8Array, got ${describeValue(xml)}`);
  }
  const bytes = typeof xml === 'string' ? Buffer.from(xml, 'utf8') : xml;
  const warnings: ParseWarning[] = [];
  const text = typeof xml === 'string' ? xml : decodeList(xml, warnings);
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
  for (const container of ['INDIVIDUALS', 'ENTITIES']) {
    const nodes = root[container] as XmlNode[] | undefined;
    if (nodes === undefined || nodes.length === 0) {
      throw new ListFormatError(
        ErrorCodes.NOT_CONSOLIDATED_LIST,
        `<${ROOT}> has no <${container}> element: this is not a complete Consolidated List`,
      );
    }
  }
  const { individualElements, entityElements } = recordElements(root, warnings);

  const individuals: Individual[] = individualElements.map((el, i) => readIndividual(el, i + 1, warnings));
  const entities: Entity[] = entityElements.map((el, i) => readEntity(el, i + 1, warnings));
  for (const record of [...individuals, ...entities]) warnLongNameParts(record, warnings);
  warnDuplicateReferences([...individuals, ...entities], warnings);
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

/**
 * Every INDIVIDUAL and ENTITY element of the document, wherever it is: in its
 * own section (the usual layout), in the other section, in a repeated
 * section, or directly under the root; only the usual layout goes without a
 * warning. An element that is neither, among the records, is reported (it
 * cannot be read as a designation). Nothing is dropped silently.
 */
function recordElements(root: XmlElement, warnings: ParseWarning[]): { individualElements: XmlElement[]; entityElements: XmlElement[] } {
  const individualElements: XmlElement[] = [];
  const entityElements: XmlElement[] = [];
  const byKind: Record<string, XmlElement[]> = { INDIVIDUAL: individualElements, ENTITY: entityElements };
  const warn = (field: string, raw: unknown, message: string) =>
    warnings.push({ referenceNumber: referenceOf(raw), field, raw: shortJson(raw), message });
  const take = (name: string, nodes: XmlNode[], where: string, expected: string | undefined) => {
    const target = byKind[name];
    for (const node of nodes) {
      if (typeof node === 'string') {
        if (node !== '') warn(where, node, `text "${node.slice(0, 80)}" among the records of ${where} is not a record`);
        continue;
      }
      if (target === undefined) {
        warn(`${where}.${name}`, node, `unknown element <${name}> among the records of ${where}: not read as a designation`);
        continue;
      }
      if (name !== expected) warn(`${where}.${name}`, node, `<${name}> found in ${where}: read as ${name === 'INDIVIDUAL' ? 'an individual' : 'an entity'}`);
      target.push(node);
    }
  };
  for (const [container, expected] of [['INDIVIDUALS', 'INDIVIDUAL'], ['ENTITIES', 'ENTITY']] as const) {
    const sections = root[container] as XmlNode[];
    sections.forEach((section, position) => {
      if (typeof section === 'string') return; // <INDIVIDUALS/>: empty
      const where = position === 0 ? `<${container}>` : `<${container}> number ${position + 1}`;
      if (position > 0) warn(container, '', `<${ROOT}> has ${sections.length} <${container}> sections: the records of every one are read`);
      for (const [name, nodes] of Object.entries(section)) {
        if (name.startsWith('@_') || !Array.isArray(nodes)) continue;
        take(name, nodes, where, expected);
      }
    });
  }
  for (const [name, nodes] of Object.entries(root)) {
    if (name.startsWith('@_') || name === 'INDIVIDUALS' || name === 'ENTITIES' || !Array.isArray(nodes)) continue;
    take(name, nodes, `<${ROOT}>`, undefined);
  }
  return { individualElements, entityElements };
}

/** A warning for each REFERENCE_NUMBER held by more than one record: every one is kept (and `diffLists` pairs them in document order). */
function warnDuplicateReferences(records: SanctionsRecord[], warnings: ParseWarning[]): void {
  const byReference = new Map<string, SanctionsRecord[]>();
  for (const record of records) {
    const same = byReference.get(record.referenceNumber);
    if (same === undefined) byReference.set(record.referenceNumber, [record]);
    else same.push(record);
  }
  for (const [referenceNumber, same] of byReference) {
    if (same.length < 2) continue;
    warnings.push({
      referenceNumber,
      field: 'referenceNumber',
      raw: referenceNumber,
      message: `${same.length} designations have the REFERENCE_NUMBER ${referenceNumber} (DATAID ${same.map((r) => r.dataId).join(', ')}): every one is kept and screened`,
    });
  }
}

/** The REFERENCE_NUMBER of a record element, for a warning about it. */
function referenceOf(node: unknown): string {
  if (node === null || typeof node !== 'object') return '';
  const value = (node as XmlElement)['REFERENCE_NUMBER']?.[0];
  return typeof value === 'string' ? value.trim() : '';
}

function shortJson(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 500 ? `${text.slice(0, 500)}…` : text;
}
