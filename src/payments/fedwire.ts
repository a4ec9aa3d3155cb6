/**
 * Fedwire Funds Service messages (FAIM): `{tag}` followed by `*`-separated
 * elements, one tag per line or all on one line, one or more messages per
 * file (each starting at `{1500}`). Paths are the tags (`{4200}`).
 */
import { clean, finishAddress, newParty, setBic } from './party.js';
import { readOptionFLines } from './option-f.js';
import type { FreeTextField, PaymentMessage, PaymentParty, PaymentTransaction, PaymentWarning, TransactionIds } from './types.js';

/** Tags of parties with `ID code + identifier * name * 3 address lines`, and their roles. */
const PARTY_TAGS: Readonly<Record<string, { role: string; institution: boolean }>> = {
  '4000': { role: 'intermediaryFI', institution: true },
  '4100': { role: 'beneficiaryFI', institution: true },
  '4200': { role: 'beneficiary', institution: false },
  '4400': { role: 'accountDebitedInDrawdown', institution: false },
  '5000': { role: 'originator', institution: false },
  '5100': { role: 'originatorFI', institution: true },
  '5200': { role: 'instructingFI', institution: true },
  '5400': { role: 'accountCreditedInDrawdown', institution: false },
};

/** Tags of free text, and their roles; the advice tags start with a 3-letter advice code. */
const TEXT_TAGS: Readonly<Record<string, string>> = {
  '6000': 'originatorToBeneficiaryInformation',
  '6100': 'receiverFIInformation',
  '6110': 'drawdownDebitAccountAdviceInformation',
  '6200': 'intermediaryFIInformation',
  '6210': 'intermediaryFIAdvice',
  '6300': 'beneficiaryFIInformation',
  '6310': 'beneficiaryFIAdvice',
  '6400': 'beneficiaryInformation',
  '6410': 'beneficiaryAdvice',
  '6420': 'methodOfPaymentToBeneficiary',
  '6500': 'fiToFIInformation',
  '8200': 'unstructuredAddenda',
  '8750': 'remittanceFreeText',
  '3620': 'paymentNotification',
};
const ADVICE_TAGS = new Set(['6110', '6210', '6310', '6410']);

/** Fedwire identification codes that are personal documents, as the ISO 20022 scheme codes. */
const ID_SCHEMES: Readonly<Record<string, string>> = { '1': 'CCPT', '2': 'TXID', '3': 'DRLC', '4': 'ARNU', '5': 'CORP', '9': 'OTHR' };

/** True when the text looks like a Fedwire message. */
export function looksLikeFedwire(text: string): boolean {
  return /^\s*\{\d{4}\}/.test(text);
}

/** Reads a file of one or more Fedwire messages. */
export function readFedwire(text: string): { message?: PaymentMessage; problem?: { reason: string } } {
  const warnings: PaymentWarning[] = [];
  const messages: Array<Array<[string, string]>> = [];
  for (const match of text.matchAll(/\{(\d{4})\}([^{]*)/g)) {
    const tag = match[1]!;
    if (tag === '1500' || messages.length === 0) messages.push([]);
    messages.at(-1)!.push([tag, match[2]!.replace(/\r?\n$/, '').replace(/\r/g, '')]);
  }
  if (messages.length === 0) return { problem: { reason: 'no Fedwire tag ({1500}, {4200}…) found' } };
  const transactions = messages.map((tags, index) => readMessage(tags, index));
  return { message: { format: 'Fedwire', transactions, warnings } };
}

function readMessage(tags: Array<[string, string]>, index: number): PaymentTransaction {
  const parties: PaymentParty[] = [];
  const freeText: FreeTextField[] = [];
  const warnings: PaymentWarning[] = [];
  const ids: TransactionIds = {};
  const unread: string[] = [];
  for (const [tag, body] of tags) {
    const elements = body.split('*').map((element) => element.trim());
    const path = `{${tag}}`;
    if (tag === '1520') {
      const imad = clean(body);
      if (imad !== undefined) ids.messageId = imad;
    } else if (tag === '3320') {
      const reference = clean(elements[0]);
      if (reference !== undefined) ids.reference = reference;
    } else if (tag === '3100' || tag === '3400') {
      // Sender / receiver depository institution: 9-digit routing number, then its short name.
      const party = newParty(tag === '3100' ? 'senderFI' : 'receiverFI', path, true);
      const routing = /^\d{9}/.exec(elements[0] ?? '')?.[0];
      if (routing !== undefined) party.identifiers.other.push({ id: routing, scheme: 'USABA' });
      const name = clean((elements[0] ?? '').slice(routing?.length ?? 0));
      if (name !== undefined) party.name = name;
      parties.push(party);
    } else if (tag in PARTY_TAGS) {
      parties.push(readParty(tag, elements, freeText));
    } else if (tag === '5010') {
      parties.push(readOriginatorOptionF(elements, warnings, freeText));
    } else if (tag === '8300' || tag === '8350') {
      parties.push(readRemittanceParty(tag, elements));
    } else if (tag in TEXT_TAGS) {
      const lines = elements.filter((element) => element !== '');
      if (ADVICE_TAGS.has(tag) && lines.length > 0) lines[0] = lines[0]!.replace(/^[A-Z]{3}/, '');
      const text = lines.join('\n').trim();
      if (text !== '') freeText.push({ role: TEXT_TAGS[tag]!, path, text });
    } else if (/^7\d{3}$/.test(tag)) {
      unread.push(path);
    }
  }
  if (unread.length > 0) {
    warnings.push({ code: 'UNSC_WARN_PAYMENT_PART_UNREAD', message: `Cover payment tags ${unread.join(', ')} are not read: their parties are not screened` });
  }
  if (!parties.some((party) => party.role === 'originator')) {
    warnings.push({ code: 'UNSC_WARN_PAYMENT_PARTY_MISSING', message: 'No originator ({5000} or {5010}): that party could not be screened', path: '{5000}' });
  }
  if (!parties.some((party) => party.role === 'beneficiary')) {
    warnings.push({ code: 'UNSC_WARN_PAYMENT_PARTY_MISSING', message: 'No beneficiary ({4200}): that party could not be screened', path: '{4200}' });
  }
  return { index, format: 'Fedwire', ids, parties, freeText, warnings };
}

/** `{4200}` and the like: ID code (one character) + identifier, name, three address lines. */
function readParty(tag: string, elements: string[], freeText: FreeTextField[]): PaymentParty {
  const { role, institution } = PARTY_TAGS[tag]!;
  const path = `{${tag}}`;
  const party = newParty(role, path, institution);
  const first = elements[0] ?? '';
  const code = first.slice(0, 1);
  const identifier = clean(first.slice(1));
  if (identifier !== undefined) {
    if (code === 'B') setBic(party, identifier);
    else if (code === 'D') party.identifiers.account = identifier;
    else party.identifiers.other.push({ id: identifier, scheme: ID_SCHEMES[code] ?? (code === 'F' ? 'USABA' : code === 'C' ? 'CHIPS' : code) });
  }
  const name = clean(elements[1]);
  if (name !== undefined) party.name = name;
  for (const line of elements.slice(2)) {
    const value = clean(line);
    if (value !== undefined) party.address.lines.push(value);
  }
  if (party.address.lines.length > 0) freeText.push({ role: 'addressLine', path: `${path}/address`, text: party.address.lines.join('\n') });
  finishAddress(party, { codeLines: false });
  return party;
}

/** `{5010}` originator option F (as MT 50F): party identifier, then `1/` name, `2/` address, `3/CC/town`, `4/` birth date, `5/CC/place of birth`. */
function readOriginatorOptionF(elements: string[], warnings: PaymentWarning[], freeText: FreeTextField[]): PaymentParty {
  const path = '{5010}';
  const party = newParty('originator', path, false);
  const first = elements[0];
  if (first !== undefined && first !== '' && !/^[1-8]\//.test(first)) {
    const [scheme, ...id] = first.split('/');
    const value = clean(id.join('/'));
    if (value !== undefined) party.identifiers.other.push({ id: value, ...(scheme === undefined ? {} : { scheme }) });
  }
  readOptionFLines(party, elements, path, warnings);
  if (party.address.lines.length > 0) freeText.push({ role: 'addressLine', path: `${path}/address`, text: party.address.lines.join('\n') });
  finishAddress(party);
  return party;
}

/**
 * `{8300}` remittance originator (`OICUST` + name first) and `{8350}` remittance
 * beneficiary (name first): only the name is read. Their address layout differs
 * between the published samples, so countries are not read from them.
 */
function readRemittanceParty(tag: string, elements: string[]): PaymentParty {
  const party = newParty(tag === '8300' ? 'remittanceOriginator' : 'remittanceBeneficiary', `{${tag}}`, false);
  const first = elements[0] ?? '';
  const name = clean(tag === '8300' ? first.replace(/^(OI|PI)[A-Z]{4}/, '') : first);
  if (name !== undefined) party.name = name;
  return party;
}
