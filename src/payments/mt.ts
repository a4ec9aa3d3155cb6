/**
 * SWIFT MT103 (and STP), MT202 and MT202 COV, MT101: parties by field tag
 * and option letter, free text (70, 72, 77B, 77T), ids (20, 21, block 3
 * UETR). Paths are the field tags (`:59:`), prefixed in a second sequence
 * (`B/:50F:` in MT202 COV, `B[0]/:59:` in MT101).
 */
import { finFields, finMessageType, splitFinMessages, type FinField, type FinMessage } from './mt-blocks.js';
import { addCountry, clean, finishAddress, newParty, setBic } from './party.js';
import { readOptionFLines } from './option-f.js';
import type { FreeTextField, PaymentFormat, PaymentMessage, PaymentParty, PaymentTransaction, PaymentWarning, TransactionIds } from './types.js';

/** Party fields by tag number, with the role they give; 51–58 are financial institutions. */
const PARTY_ROLES: Readonly<Record<string, string>> = {
  '50': 'orderingCustomer',
  '51': 'sendingInstitution',
  '52': 'orderingInstitution',
  '53': 'sendersCorrespondent',
  '54': 'receiversCorrespondent',
  '55': 'thirdReimbursementInstitution',
  '56': 'intermediaryInstitution',
  '57': 'accountWithInstitution',
  '58': 'beneficiaryInstitution',
  '59': 'beneficiaryCustomer',
};

/** Free-text fields and their roles. */
const TEXT_ROLES: Readonly<Record<string, string>> = {
  '70': 'remittanceInformation',
  '72': 'senderToReceiverInformation',
  '77B': 'regulatoryReporting',
  '77T': 'envelopeContents',
};

/** Message types read. */
const TYPES: Readonly<Record<string, PaymentFormat>> = { '103': 'MT103', '202': 'MT202', '101': 'MT101' };

/** The result of reading an MT file: the messages read, and what stopped the read, if anything. */
export interface MtRead {
  message?: PaymentMessage;
  problem?: { reason: string; line?: number; message?: number; format?: string };
}

/** Reads a file of one or more FIN messages. */
export function readMt(text: string): MtRead {
  const fins = splitFinMessages(text);
  const warnings: PaymentWarning[] = [];
  const transactions: PaymentTransaction[] = [];
  let problem: MtRead['problem'];
  for (const fin of fins) {
    if (fin.block4 === undefined) {
      warnings.push({ code: 'UNSC_WARN_PAYMENT_PART_UNREAD', message: `Message ${fin.position} (line ${fin.line}) has no block 4: nothing to read` });
      continue;
    }
    const fields = finFields(fin.block4);
    const format = formatOf(fin, fields, warnings);
    if (format === undefined) {
      warnings.push({
        code: 'UNSC_WARN_PAYMENT_PART_UNREAD',
        message: `Message ${fin.position} (line ${fin.line}) is ${fin.block2 === undefined ? 'of an unknown type' : `MT${finMessageType(fin) ?? '?'}`}, not a payment read here (MT103, MT202, MT101): skipped`,
      });
      continue;
    }
    for (const tx of readFin(fin, fields, format)) transactions.push({ ...tx, index: transactions.length });
    if (fin.problem !== undefined && problem === undefined) {
      problem = { reason: fin.problem, line: fin.line, message: fin.position, format };
    }
  }
  if (transactions.length === 0) {
    return { problem: problem ?? { reason: fins.length === 0 ? 'no SWIFT FIN message found' : 'no MT103, MT202 or MT101 message found' } };
  }
  const message: PaymentMessage = { format: transactions[0]!.format, transactions, warnings };
  return problem === undefined ? { message } : { message, problem };
}

function formatOf(fin: FinMessage, fields: FinField[], warnings: PaymentWarning[]): PaymentFormat | undefined {
  const type = finMessageType(fin);
  if (type === undefined) {
    // No block 2: a bare block 4. Guess from the fields only what they say without doubt.
    const tags = new Set(fields.map((field) => field.tag));
    const guess = tags.has('23B') ? 'MT103' : tags.has('28D') ? 'MT101' : tags.has('58A') || tags.has('58D') ? 'MT202' : undefined;
    if (guess !== undefined) {
      warnings.push({ code: 'UNSC_WARN_PAYMENT_PART_UNREAD', message: `Message ${fin.position} has no header blocks (1, 2): read as ${guess} from its fields` });
    }
    return guess;
  }
  const format = TYPES[type];
  if (format === 'MT103' && fin.block3['119'] === 'STP') return 'MT103 STP';
  if (format === 'MT202' && fin.block3['119'] === 'COV') return 'MT202 COV';
  return format;
}

interface Sequence {
  prefix: string;
  fields: FinField[];
}

/** The transactions of one message: one for MT103 and MT202, one per sequence B for MT101. */
function readFin(fin: FinMessage, fields: FinField[], format: PaymentFormat): PaymentTransaction[] {
  const value = (tag: string, within = fields) => clean(within.find((field) => field.tag === tag)?.lines.join(' '));
  const baseIds: TransactionIds = {};
  const messageId = value('20');
  if (messageId !== undefined) baseIds.messageId = messageId;
  const uetr = clean(fin.block3['121']);
  if (uetr !== undefined) baseIds.uetr = uetr;

  if (format === 'MT101') {
    const firstB = fields.findIndex((field) => field.tag === '21');
    const seqA: Sequence = { prefix: '', fields: firstB === -1 ? fields : fields.slice(0, firstB) };
    const shared = readSequence(seqA, format);
    const bs: FinField[][] = [];
    for (const field of firstB === -1 ? [] : fields.slice(firstB)) {
      if (field.tag === '21') bs.push([]);
      bs.at(-1)!.push(field);
    }
    if (bs.length === 0) {
      const warnings = [...shared.warnings, { code: 'UNSC_WARN_PAYMENT_PARTY_MISSING' as const, message: 'MT101 without a transaction (sequence B, field 21)' }];
      return [{ index: 0, format, ids: baseIds, parties: shared.parties, freeText: shared.freeText, warnings }];
    }
    return bs.map((b, i) => {
      const own = readSequence({ prefix: `B[${i}]/`, fields: b }, format);
      requireParty(own, '59', `B[${i}]/`, 'beneficiary (59a)');
      const reference = value('21', b);
      return {
        index: i,
        format,
        ids: { ...baseIds, ...(reference === undefined ? {} : { transactionId: reference }) },
        parties: [...shared.parties, ...own.parties],
        freeText: [...shared.freeText, ...own.freeText],
        warnings: [...(i === 0 ? shared.warnings : []), ...own.warnings],
      };
    });
  }

  const sequences: Sequence[] = [];
  if (format === 'MT202 COV') {
    // Sequence B (the underlying customer transfer) starts at its ordering customer (50a).
    const startB = fields.findIndex((field) => field.tag.startsWith('50'));
    sequences.push({ prefix: '', fields: startB === -1 ? fields : fields.slice(0, startB) });
    if (startB !== -1) sequences.push({ prefix: 'B/', fields: fields.slice(startB) });
  } else {
    sequences.push({ prefix: '', fields });
  }
  const read = sequences.map((sequence) => readSequence(sequence, format));
  const all = { parties: read.flatMap((r) => r.parties), freeText: read.flatMap((r) => r.freeText), warnings: read.flatMap((r) => r.warnings) };
  if (format === 'MT103' || format === 'MT103 STP') {
    requireParty(all, '50', '', 'ordering customer (50a)');
    requireParty(all, '59', '', 'beneficiary customer (59a)');
  } else if (format === 'MT202 COV') {
    const b = sequences[1] === undefined ? undefined : read[1]!;
    if (b === undefined) all.warnings.push({ code: 'UNSC_WARN_PAYMENT_PARTY_MISSING', message: 'MT202 COV without sequence B (no ordering customer 50a): the underlying customers are unknown' });
    else requireParty(b, '59', 'B/', 'beneficiary customer (59a)', all.warnings);
  }
  const related = value('21');
  const ids = related === undefined ? baseIds : { ...baseIds, relatedReference: related };
  return [{ index: 0, format, ids, ...all }];
}

interface SequenceRead {
  parties: PaymentParty[];
  freeText: FreeTextField[];
  warnings: PaymentWarning[];
}

function requireParty(read: SequenceRead, tag: string, prefix: string, what: string, into = read.warnings): void {
  if (!read.parties.some((party) => party.path.startsWith(`${prefix}:${tag}`))) {
    into.push({ code: 'UNSC_WARN_PAYMENT_PARTY_MISSING', message: `No ${what} in the message: that party could not be screened`, path: `${prefix}:${tag}a:` });
  }
}

function readSequence(sequence: Sequence, format: PaymentFormat): SequenceRead {
  const out: SequenceRead = { parties: [], freeText: [], warnings: [] };
  const seen = new Map<string, number>();
  for (const field of sequence.fields) {
    const count = seen.get(field.tag) ?? 0;
    seen.set(field.tag, count + 1);
    const path = `${sequence.prefix}:${field.tag}:${count === 0 ? '' : `[${count}]`}`;
    const number = field.tag.slice(0, 2);
    const option = field.tag.slice(2);
    const textRole = TEXT_ROLES[field.tag];
    if (textRole !== undefined) {
      const text = field.lines.join('\n').trim();
      if (text !== '') out.freeText.push({ role: textRole, path, text });
      continue;
    }
    let role = PARTY_ROLES[number];
    if (role === undefined) continue;
    if (format === 'MT101' && number === '50' && (option === 'C' || option === 'L')) role = 'instructingParty';
    if (format === 'MT101' && number === '52') role = 'accountServicingInstitution';
    out.parties.push(readPartyField(field, role, path, Number(number) >= 51 && Number(number) <= 58, out));
  }
  return out;
}

const isAccountLine = (line: string) => line.startsWith('/');
const BIC = /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/;

/** One party field by its option letter (A: BIC, B: location, C: account, D/K/H/none: name and address, F: numbered lines). */
function readPartyField(field: FinField, role: string, path: string, institution: boolean, out: SequenceRead): PaymentParty {
  const party = newParty(role, path, institution);
  const option = field.tag.slice(2);
  const lines = field.lines.map((line) => line.replace(/\s+$/, ''));
  let rest = lines;
  if (rest.length > 0 && isAccountLine(rest[0]!) && option !== 'F') {
    const account = clean(rest[0]!.replace(/^\/+/, ''));
    if (account !== undefined) party.identifiers.account = account;
    rest = rest.slice(1);
  }
  if (option === 'A' || option === 'G' || (option === 'C' && rest.length > 0)) {
    for (const line of rest) {
      const value = clean(line);
      if (value !== undefined && BIC.test(value)) setBic(party, value);
    }
  } else if (option === 'B') {
    party.address.lines.push(...rest.map((line) => clean(line)).filter((line): line is string => line !== undefined));
  } else if (option === 'L') {
    const id = clean(rest.join(' '));
    if (id !== undefined) party.identifiers.other.push({ id });
  } else if (option === 'F') {
    readOptionF(party, lines, path, out);
  } else {
    // D, K, H, or none (59): name, then address lines. A name that fills its 35-character line may
    // go on in the next one (or the next line is the address): both are screened.
    const name = clean(rest[0]);
    if (name !== undefined) party.name = name;
    if (rest.length > 1 && rest[0]!.length >= 35) {
      const runOn = clean(`${rest[0]}${rest[1]}`);
      if (runOn !== undefined) party.nameRunOn = runOn;
    }
    for (const line of rest.slice(1)) {
      const value = clean(line);
      if (value === undefined) continue;
      party.address.lines.push(value);
    }
    if (party.address.lines.length > 0) out.freeText.push({ role: 'addressLine', path: `${path}/address`, text: party.address.lines.join('\n') });
  }
  finishAddress(party);
  return party;
}

/** Option F (50F, 59F): a party identifier or account, then `1/` name, `2/` address, `3/CC/town`, `4/` birth date, `5/CC/place of birth`, `6/`, `7/` ids. */
function readOptionF(party: PaymentParty, lines: string[], path: string, out: SequenceRead): void {
  const first = lines[0];
  if (first !== undefined && !/^[1-8]\//.test(first)) {
    if (isAccountLine(first)) {
      const account = clean(first.replace(/^\/+/, ''));
      if (account !== undefined) party.identifiers.account = account;
    } else {
      // CODE/CC/identifier: CCPT (passport), NIDN (national id), ARNU, CUST, DRLC, EMPL, SOSE, TXID.
      const [scheme, country, ...id] = first.split('/');
      const value = clean(id.join('/'));
      if (value !== undefined) party.identifiers.other.push({ id: value, ...(scheme === undefined ? {} : { scheme }) });
      if (country !== undefined && /^[A-Z]{2}$/.test(country)) addCountry(party, country, path, out.warnings);
    }
  }
  readOptionFLines(party, lines, path, out.warnings);
  if (party.address.lines.length > 0) out.freeText.push({ role: 'addressLine', path: `${path}/address`, text: party.address.lines.join('\n') });
}
