/**
 * ISO 20022 messages (pacs.008, pacs.009 and COV, pain.001, camt.052/053/054):
 * the transactions, their parties by role and path, and free text. Elements
 * are matched on local names under the message element, so a business
 * application header, an envelope (`Envelope`, `RequestPayload`, `message`),
 * prefixes or no namespace at all change nothing.
 */
import { clean, addCountry, finishAddress, isEmptyParty, newParty, setBic } from './party.js';
import { readBirthDate } from '../screen/birth-dates.js';
import type { FreeTextField, PaymentFormat, PaymentMessage, PaymentParty, PaymentTransaction, PaymentWarning, TransactionIds } from './types.js';
import { child, childNames, children, decodeEntities, parseXml, textAt, textsAt, type XmlElement, type XmlNode, type XmlProblem } from './xml-tree.js';

/** The message elements read, by the format they make. */
const MESSAGE_ELEMENTS: Readonly<Record<string, PaymentFormat>> = {
  FIToFICstmrCdtTrf: 'pacs.008',
  FICdtTrf: 'pacs.009',
  CstmrCdtTrfInitn: 'pain.001',
  BkToCstmrAcctRpt: 'camt.052',
  BkToCstmrStmt: 'camt.053',
  BkToCstmrDbtCdtNtfctn: 'camt.054',
};

/** Versions documented for each format (the namespace's last two numbers); others are read with a warning. */
const DOCUMENTED_VERSIONS: Readonly<Record<string, readonly [number, number]>> = {
  'pacs.008': [2, 13],
  'pacs.009': [2, 12],
  'pain.001': [3, 12],
  'camt.052': [1, 13],
  'camt.053': [1, 13],
  'camt.054': [1, 13],
};

/** Party elements (PartyIdentification, or a choice of party or agent) and their roles. */
const PARTY_ROLES: Readonly<Record<string, string>> = {
  Dbtr: 'debtor',
  Cdtr: 'creditor',
  UltmtDbtr: 'ultimateDebtor',
  UltmtCdtr: 'ultimateCreditor',
  InitgPty: 'initiatingParty',
  Invcr: 'invoicer',
  Invcee: 'invoicee',
  Ownr: 'accountOwner',
};

/** Agent elements (financial institutions) and their roles. */
const AGENT_ROLES: Readonly<Record<string, string>> = {
  DbtrAgt: 'debtorAgent',
  CdtrAgt: 'creditorAgent',
  IntrmyAgt1: 'intermediaryAgent1',
  IntrmyAgt2: 'intermediaryAgent2',
  IntrmyAgt3: 'intermediaryAgent3',
  PrvsInstgAgt1: 'previousInstructingAgent1',
  PrvsInstgAgt2: 'previousInstructingAgent2',
  PrvsInstgAgt3: 'previousInstructingAgent3',
  InstgAgt: 'instructingAgent',
  InstdAgt: 'instructedAgent',
  InstgRmbrsmntAgt: 'instructingReimbursementAgent',
  InstdRmbrsmntAgt: 'instructedReimbursementAgent',
  ThrdRmbrsmntAgt: 'thirdReimbursementAgent',
  FwdgAgt: 'forwardingAgent',
  ChrgsAcctAgt: 'chargesAccountAgent',
  Svcr: 'accountServicer',
};

/** Elements that only group parties: read through. */
const GROUPS = new Set(['RltdPties', 'RltdAgts', 'SttlmInf', 'Acct']);

/** Free-text elements directly under a transaction (or a group of them), and their roles. */
const TEXT_ROLES: Readonly<Record<string, string>> = {
  AddtlTxInf: 'additionalTransactionInformation',
  AddtlNtryInf: 'additionalEntryInformation',
  AddtlInf: 'additionalInformation',
};

interface Found {
  name: string;
  node: XmlNode;
  appHdr?: XmlNode;
}

/** Finds the message element: under `Document`, or at the top, inside any wrapper, beside an AppHdr. */
function findMessage(tree: XmlElement): Found | undefined {
  let level: XmlElement[] = [tree];
  for (let depth = 0; depth < 5 && level.length > 0; depth++) {
    const next: XmlElement[] = [];
    for (const node of level) {
      const appHdr = child(node, 'AppHdr');
      for (const name of childNames(node)) {
        for (const value of children(node, name)) {
          if (typeof value === 'string') continue;
          if (name === 'Document') {
            const inner = childNames(value).find((key) => key in MESSAGE_ELEMENTS) ?? childNames(value)[0];
            if (inner !== undefined) return { name: inner, node: child(value, inner)!, ...(appHdr === undefined ? {} : { appHdr }) };
          }
          if (name in MESSAGE_ELEMENTS) return { name, node: value, ...(appHdr === undefined ? {} : { appHdr }) };
          next.push(value);
        }
      }
    }
    level = next;
  }
  return undefined;
}

/** Reads the text of an ISO 20022 message. @returns the message (possibly partial) and the problem that stopped the read, if any. */
export function readIso20022(text: string): { message?: PaymentMessage; problem?: XmlProblem & { format?: string } } {
  const { tree, problem } = parseXml(text);
  const found = findMessage(tree);
  if (found === undefined) {
    return { problem: problem ?? { reason: 'no ISO 20022 payment message element (FIToFICstmrCdtTrf, FICdtTrf, CstmrCdtTrfInitn, BkToCstmrStmt…) found' } };
  }
  let format = MESSAGE_ELEMENTS[found.name];
  if (format === undefined) {
    return { problem: problem ?? { reason: `unsupported ISO 20022 message <${found.name}>` } };
  }
  const warnings: PaymentWarning[] = [];
  const version = documentVersion(text, format, found.appHdr, warnings);
  const reader = new IsoReader(textAt(found.node, 'GrpHdr/MsgId'));
  const transactions =
    format === 'pain.001' ? reader.pain001(found.node) : format.startsWith('camt') ? reader.camt(found.node) : reader.pacs(found.node);
  if (format === 'pacs.009' && (transactions.some((tx) => tx.parties.some((p) => p.path.includes('/UndrlygCstmrCdtTrf/'))) || /cov/i.test(textAt(found.appHdr, 'BizSvc') ?? ''))) {
    format = 'pacs.009 COV';
  }
  for (const tx of transactions) tx.format = format;
  warnings.push(...reader.groupWarnings);
  const message: PaymentMessage = { format, ...(version === undefined ? {} : { version }), transactions, warnings };
  return problem === undefined ? { message } : { message, problem: { ...problem, format } };
}

/** The Document's version from its namespace, checked against the header's MsgDefIdr and the documented range. */
function documentVersion(text: string, format: string, appHdr: XmlNode | undefined, warnings: PaymentWarning[]): string | undefined {
  const family = format.slice(0, 8);
  // The Document's namespace (urn:…:xsd:pacs.008.001.08, or a URL such as …/pain.001.001.03.ch.02.xsd), never the header's MsgDefIdr text.
  const escaped = family.replace('.', '\\.');
  const match = new RegExp(`xsd:${escaped}\\.(\\d{3})\\.(\\d{2})`).exec(text) ?? new RegExp(`/${escaped}\\.(\\d{3})\\.(\\d{2})`).exec(text);
  const version = match === null ? undefined : `${match[1]}.${match[2]}`;
  const declared = /(\d{3}\.\d{2})\s*$/.exec(textAt(appHdr, 'MsgDefIdr') ?? '')?.[1];
  if (declared !== undefined && version !== undefined && declared !== version) {
    warnings.push({ code: 'UNSC_WARN_PAYMENT_VERSION', message: `The header says ${family}.${declared} but the Document is ${family}.${version}: read as ${version}`, path: 'AppHdr/MsgDefIdr' });
  }
  const range = DOCUMENTED_VERSIONS[family];
  if (version !== undefined && range !== undefined) {
    const minor = Number(version.slice(4));
    if (minor < range[0] || minor > range[1]) {
      warnings.push({ code: 'UNSC_WARN_PAYMENT_VERSION', message: `${family}.${version} is outside the versions read (${range[0]}–${range[1]}): read by element names` });
    }
  }
  return version;
}

/** What one node gives: parties and free text, with warnings. */
interface Harvest {
  parties: PaymentParty[];
  freeText: FreeTextField[];
  warnings: PaymentWarning[];
}

const emptyHarvest = (): Harvest => ({ parties: [], freeText: [], warnings: [] });

class IsoReader {
  readonly #messageId: string | undefined;
  /** Warnings about parties shared by every transaction (group header, payment information). */
  readonly groupWarnings: PaymentWarning[] = [];

  constructor(messageId: string | undefined) {
    this.#messageId = clean(messageId);
  }

  /** pacs.008 and pacs.009: one transaction per CdtTrfTxInf, plus the group header's agents. */
  pacs(message: XmlNode): PaymentTransaction[] {
    const group = this.#harvest(child(message, 'GrpHdr'), 'GrpHdr', '');
    this.groupWarnings.push(...group.warnings);
    return children(message, 'CdtTrfTxInf').map((tx, i) => {
      const path = `CdtTrfTxInf[${i}]`;
      const own = this.#harvest(tx, path, '');
      return this.#transaction(i, this.#pmtIds(tx), [group], [own]);
    });
  }

  /** pain.001: one transaction per PmtInf/CdtTrfTxInf, with its payment's debtor and the initiating party. */
  pain001(message: XmlNode): PaymentTransaction[] {
    const group = this.#harvest(child(message, 'GrpHdr'), 'GrpHdr', '');
    this.groupWarnings.push(...group.warnings);
    const transactions: PaymentTransaction[] = [];
    children(message, 'PmtInf').forEach((pmtInf, p) => {
      const payment = this.#harvest(pmtInf, `PmtInf[${p}]`, '');
      this.groupWarnings.push(...payment.warnings);
      const pmtInfId = clean(textAt(pmtInf, 'PmtInfId'));
      children(pmtInf, 'CdtTrfTxInf').forEach((tx, i) => {
        const own = this.#harvest(tx, `PmtInf[${p}]/CdtTrfTxInf[${i}]`, '');
        const ids = { ...(pmtInfId === undefined ? {} : { paymentInformationId: pmtInfId }), ...this.#pmtIds(tx) };
        transactions.push(this.#transaction(transactions.length, ids, [group, payment], [own]));
      });
    });
    return transactions;
  }

  /** camt.052/053/054: one transaction per entry's TxDtls (or per entry without any), with the account owner. */
  camt(message: XmlNode): PaymentTransaction[] {
    const transactions: PaymentTransaction[] = [];
    for (const container of ['Rpt', 'Stmt', 'Ntfctn']) {
      children(message, container).forEach((report, r) => {
        const base = `${container}[${r}]`;
        const account = this.#harvest(report, base, '');
        this.groupWarnings.push(...account.warnings);
        children(report, 'Ntry').forEach((entry, e) => {
          const entryPath = `${base}/Ntry[${e}]`;
          const entryHarvest = this.#harvest(entry, entryPath, '');
          const entryRef = clean(textAt(entry, 'AcctSvcrRef')) ?? clean(textAt(entry, 'NtryRef'));
          const details = children(entry, 'NtryDtls').flatMap((d, k) => children(d, 'TxDtls').map((tx, l) => ({ tx, path: `${entryPath}/NtryDtls[${k}]/TxDtls[${l}]` })));
          if (details.length === 0) {
            transactions.push(this.#transaction(transactions.length, entryRef === undefined ? {} : { reference: entryRef }, [account], [entryHarvest]));
          }
          for (const { tx, path } of details) {
            const own = this.#harvest(tx, path, '');
            const ids = this.#refIds(child(tx, 'Refs'));
            if (ids.reference === undefined && entryRef !== undefined) ids.reference = entryRef;
            transactions.push(this.#transaction(transactions.length, ids, [account], [entryHarvest, own]));
          }
        });
      });
    }
    return transactions;
  }

  /** `shared` parts (group header, payment information, account) report their warnings on the message; `own` ones on the transaction. */
  #transaction(index: number, ids: TransactionIds, shared: Harvest[], own: Harvest[]): PaymentTransaction {
    const parts = [...shared, ...own];
    const withMessage = this.#messageId === undefined || ids.messageId !== undefined ? ids : { messageId: this.#messageId, ...ids };
    return {
      index,
      format: 'pacs.008',
      ids: withMessage,
      parties: parts.flatMap((part) => part.parties),
      freeText: parts.flatMap((part) => part.freeText),
      warnings: own.flatMap((part) => part.warnings),
    };
  }

  #pmtIds(tx: XmlNode): TransactionIds {
    const ids: TransactionIds = {};
    const set = (key: keyof TransactionIds, path: string) => {
      const value = clean(textAt(tx, path));
      if (value !== undefined) ids[key] = value;
    };
    set('instructionId', 'PmtId/InstrId');
    set('endToEndId', 'PmtId/EndToEndId');
    set('transactionId', 'PmtId/TxId');
    set('uetr', 'PmtId/UETR');
    return ids;
  }

  #refIds(refs: XmlNode | undefined): TransactionIds {
    const ids: TransactionIds = {};
    const set = (key: keyof TransactionIds, path: string) => {
      const value = clean(textAt(refs, path));
      if (value !== undefined) ids[key] = value;
    };
    set('messageId', 'MsgId');
    set('instructionId', 'InstrId');
    set('endToEndId', 'EndToEndId');
    set('transactionId', 'TxId');
    set('uetr', 'UETR');
    set('reference', 'AcctSvcrRef');
    return ids;
  }

  /** Parties and free text of one node, by element name; `prefix` names the roles of an underlying customer transfer. */
  #harvest(node: XmlNode | undefined, path: string, prefix: string): Harvest {
    const out = emptyHarvest();
    if (node === undefined || typeof node === 'string') return out;
    const role = (name: string) => (prefix === '' ? name : `${prefix}${name[0]!.toUpperCase()}${name.slice(1)}`);
    const text = (roleName: string, at: string, value: string | undefined) => {
      const t = value?.trim();
      if (t !== undefined && t !== '') out.freeText.push({ role: roleName, path: at, text: t });
    };
    for (const name of childNames(node)) {
      const values = children(node, name);
      const at = (i: number) => (values.length > 1 ? `${path}/${name}[${i}]` : `${path}/${name}`);
      if (name in PARTY_ROLES || name in AGENT_ROLES) {
        values.forEach((value, i) => this.#party(value, role(PARTY_ROLES[name] ?? AGENT_ROLES[name]!), at(i), name in AGENT_ROLES, out));
      } else if (GROUPS.has(name)) {
        values.forEach((value, i) => merge(out, this.#harvest(value, at(i), prefix)));
      } else if (name === 'UndrlygCstmrCdtTrf') {
        values.forEach((value, i) => merge(out, this.#harvest(value, at(i), 'underlying')));
      } else if (name === 'ChrgsInf') {
        values.forEach((value, i) => {
          const agent = child(value, 'Agt');
          if (agent !== undefined) this.#party(agent, role('chargesAgent'), `${path}/ChrgsInf[${i}]/Agt`, true, out);
        });
      } else if (name === 'RmtInf') {
        values.forEach((value, i) => {
          const base = at(i);
          textsAt(value, 'Ustrd').forEach((t, u) => text(role('remittanceInformation'), `${base}/Ustrd[${u}]`, t));
          children(value, 'Strd').forEach((strd, s) => {
            const strdPath = `${base}/Strd[${s}]`;
            textsAt(strd, 'AddtlRmtInf').forEach((t, a) => text(role('remittanceInformation'), `${strdPath}/AddtlRmtInf[${a}]`, t));
            for (const partyName of ['Invcr', 'Invcee']) {
              const party = child(strd, partyName);
              if (party !== undefined) this.#party(party, role(PARTY_ROLES[partyName]!), `${strdPath}/${partyName}`, false, out);
            }
          });
        });
      } else if (name === 'InstrForCdtrAgt' || name === 'InstrForNxtAgt' || name === 'InstrForDbtrAgt') {
        const textRole = { InstrForCdtrAgt: 'instructionForCreditorAgent', InstrForNxtAgt: 'instructionForNextAgent', InstrForDbtrAgt: 'instructionForDebtorAgent' }[name];
        values.forEach((value, i) => {
          if (typeof value === 'string') text(role(textRole), at(i), decodeEntities(value));
          else text(role(textRole), `${at(i)}/InstrInf`, textAt(value, 'InstrInf'));
        });
      } else if (name === 'Purp') {
        values.forEach((value, i) => text(role('purpose'), `${at(i)}/Prtry`, textAt(value, 'Prtry')));
      } else if (name === 'RgltryRptg') {
        values.forEach((value, i) => {
          text(role('regulatoryReporting'), `${at(i)}/Authrty/Nm`, textAt(value, 'Authrty/Nm'));
          children(value, 'Dtls').forEach((details, d) =>
            textsAt(details, 'Inf').forEach((t, k) => text(role('regulatoryReporting'), `${at(i)}/Dtls[${d}]/Inf[${k}]`, t)),
          );
        });
      } else if (name in TEXT_ROLES) {
        values.forEach((value, i) => text(role(TEXT_ROLES[name]!), at(i), typeof value === 'string' ? decodeEntities(value) : undefined));
      } else if (name.endsWith('Acct')) {
        // An account's name is usually its holder's: screened as text.
        values.forEach((value, i) => text(role('accountName'), `${at(i)}/Nm`, textAt(value, 'Nm')));
      }
    }
    return out;
  }

  /** Reads one party or agent element into `out`. */
  #party(node: XmlNode, role: string, path: string, agent: boolean, out: Harvest): void {
    // camt.05x v08+: a related party is a choice of Pty (party) or Agt (agent).
    const pty = child(node, 'Pty');
    if (pty !== undefined) return this.#party(pty, role, `${path}/Pty`, agent, out);
    const agt = child(node, 'Agt');
    if (agt !== undefined && child(node, 'Nm') === undefined) return this.#party(agt, role, `${path}/Agt`, true, out);
    const fin = child(node, 'FinInstnId');
    const institution = agent || fin !== undefined;
    const party = newParty(role, path, institution);
    const source = fin ?? node;
    const sourcePath = fin === undefined ? path : `${path}/FinInstnId`;
    const name = clean(textAt(source, 'Nm'));
    if (name !== undefined) party.name = name;
    this.#address(party, child(source, 'PstlAdr'), `${sourcePath}/PstlAdr`, out);
    if (fin !== undefined) {
      setBic(party, textAt(fin, 'BICFI') ?? textAt(fin, 'BIC'));
      const lei = clean(textAt(fin, 'LEI'));
      if (lei !== undefined) party.identifiers.lei = lei;
      const member = clean(textAt(fin, 'ClrSysMmbId/MmbId'));
      if (member !== undefined) {
        const scheme = clean(textAt(fin, 'ClrSysMmbId/ClrSysId/Cd')) ?? clean(textAt(fin, 'ClrSysMmbId/ClrSysId/Prtry'));
        party.identifiers.other.push({ id: member, ...(scheme === undefined ? {} : { scheme }) });
      }
      const other = clean(textAt(fin, 'Othr/Id'));
      if (other !== undefined) party.identifiers.other.push({ id: other });
    } else {
      const orgId = child(child(node, 'Id'), 'OrgId');
      const prvtId = child(child(node, 'Id'), 'PrvtId');
      if (orgId !== undefined) {
        party.kind = 'entity';
        setBic(party, textAt(orgId, 'AnyBIC') ?? textAt(orgId, 'BICOrBEI') ?? textAt(orgId, 'BIC'));
        const lei = clean(textAt(orgId, 'LEI'));
        if (lei !== undefined) party.identifiers.lei = lei;
        this.#otherIds(party, orgId);
      }
      if (prvtId !== undefined) {
        if (orgId === undefined) party.kind = 'individual';
        const birth = child(prvtId, 'DtAndPlcOfBirth');
        const birthDate = clean(textAt(birth, 'BirthDt'));
        if (birthDate !== undefined) {
          party.identifiers.birthDate = birthDate;
          if (readBirthDate(birthDate) === undefined) {
            out.warnings.push({ code: 'UNSC_WARN_BAD_BIRTH_DATE', message: `Birth date ${JSON.stringify(birthDate)} is no date: the party is screened without it`, path: `${path}/Id/PrvtId/DtAndPlcOfBirth/BirthDt` });
          }
        }
        const city = clean(textAt(birth, 'CityOfBirth'));
        if (city !== undefined) party.identifiers.cityOfBirth = city;
        const countryOfBirth = addCountry(party, textAt(birth, 'CtryOfBirth'), `${path}/Id/PrvtId/DtAndPlcOfBirth/CtryOfBirth`, out.warnings);
        if (countryOfBirth !== undefined) party.identifiers.countryOfBirth = countryOfBirth;
        this.#otherIds(party, prvtId);
      }
      addCountry(party, textAt(node, 'CtryOfRes'), `${path}/CtryOfRes`, out.warnings);
    }
    finishAddress(party);
    if (isEmptyParty(party) && party.address.lines.length === 0 && Object.keys(party.address.structured).length === 0) {
      out.warnings.push({ code: 'UNSC_WARN_PARTY_WITHOUT_NAME', message: `The ${role} (${path}) has no name and no identifier: nothing to screen`, path });
    }
    out.parties.push(party);
  }

  #otherIds(party: PaymentParty, id: XmlNode): void {
    for (const other of children(id, 'Othr')) {
      const value = clean(textAt(other, 'Id'));
      if (value === undefined) continue;
      const scheme = clean(textAt(other, 'SchmeNm/Cd')) ?? clean(textAt(other, 'SchmeNm/Prtry'));
      party.identifiers.other.push({ id: value, ...(scheme === undefined ? {} : { scheme }) });
    }
  }

  #address(party: PaymentParty, address: XmlNode | undefined, path: string, out: Harvest): void {
    if (address === undefined || typeof address === 'string') return;
    for (const name of childNames(address)) {
      if (name === 'AdrLine') {
        textsAt(address, 'AdrLine').forEach((line, i) => {
          const text = clean(line);
          if (text === undefined) return;
          party.address.lines.push(text);
          out.freeText.push({ role: 'addressLine', path: `${path}/AdrLine[${i}]`, text });
        });
      } else if (name === 'Ctry') {
        const code = addCountry(party, textAt(address, 'Ctry'), `${path}/Ctry`, out.warnings);
        if (code !== undefined) party.address.country = code;
      } else {
        const value = clean(textAt(address, name));
        if (value !== undefined) party.address.structured[name] = value;
      }
    }
  }
}

function merge(into: Harvest, from: Harvest): void {
  into.parties.push(...from.parties);
  into.freeText.push(...from.freeText);
  into.warnings.push(...from.warnings);
}
