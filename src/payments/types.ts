/**
 * What `readPayment` finds in a payment message and what `screenPayment`
 * returns: parties with their role and path, free-text fields, transaction
 * ids, alerts and warnings.
 */
import type { RecordKind } from '../types.js';
import type { Alert, ListVersion, ScreenOptionsUsed } from '../screen/result.js';
import type { WarningCode } from '../screen/warnings.js';

/** The message formats `screenPayment` reads. */
export type PaymentFormat =
  | 'pacs.008'
  | 'pacs.009'
  | 'pacs.009 COV'
  | 'pain.001'
  | 'camt.052'
  | 'camt.053'
  | 'camt.054'
  | 'MT103'
  | 'MT103 STP'
  | 'MT202'
  | 'MT202 COV'
  | 'MT101'
  | 'Fedwire';

/** A postal address as the message gives it. */
export interface PaymentAddress {
  /** Unstructured lines (ISO `AdrLine`, MT lines after the name, Fedwire address elements). */
  lines: string[];
  /** Structured parts by their ISO 20022 element name (`StrtNm`, `TwnNm`, `PstCd`…). */
  structured: Record<string, string>;
  /** ISO 3166-1 alpha-2 code: the structured country, else one read from the address lines. */
  country?: string;
}

/** Identifiers of a party. */
export interface PartyIdentifiers {
  bic?: string;
  lei?: string;
  /** Account (IBAN or other) given with the party in MT and Fedwire fields. */
  account?: string;
  /** Other ids (`Othr/Id`, clearing-system member ids, MT 50F party identifiers) with their scheme when given. */
  other: Array<{ id: string; scheme?: string }>;
  /** `PrvtId/DtAndPlcOfBirth/BirthDt`, MT 50F line `4/`. */
  birthDate?: string;
  cityOfBirth?: string;
  /** ISO 3166-1 alpha-2 code. */
  countryOfBirth?: string;
}

/** One party of a transaction, where the message puts it. */
export interface PaymentParty {
  /** The party's role: `debtor`, `creditor`, `ultimateDebtor`, `debtorAgent`, `orderingCustomer`, `beneficiaryCustomer`, `originator`… */
  role: string;
  /** Where the party is in the message: `CdtTrfTxInf[0]/Cdtr`, `PmtInf[1]/Dbtr`, `:59:`, `B/:50F:`, `{4200}`. */
  path: string;
  /**
   * `entity` for agents and financial institutions (screened against entities only) and for an
   * `OrgId`; `individual` for a `PrvtId` (a customer's kind is shown, not used as a filter); else unknown.
   */
  kind?: RecordKind;
  /** True for a financial institution (agent, MT option A/D institution fields, Fedwire FIs). */
  institution: boolean;
  /** The name, whitespace folded; absent when the message gives none (a BIC only). */
  name?: string;
  /**
   * SWIFT MT only: when the name fills its 35-character line, the name run on into the next line
   * (`AMROGGANG DEVELOPMENT BANKING CORPO` + `RATION`). Screened as well as `name`.
   */
  nameRunOn?: string;
  address: PaymentAddress;
  /** Every country tied to the party (address, residence, birth, BIC), ISO alpha-2, used as evidence. */
  countries: string[];
  identifiers: PartyIdentifiers;
}

/** A free-text field of a transaction (remittance information, instructions, address lines…). */
export interface FreeTextField {
  /** What the text is: `remittanceInformation`, `instructionForNextAgent`, `senderToReceiverInformation`, `addressLine`… */
  role: string;
  /** Where it is: `CdtTrfTxInf[0]/RmtInf/Ustrd[0]`, `:70:`, `{6000}`. */
  path: string;
  /** The text as the message has it (lines joined with `\n`). */
  text: string;
}

/** The ids of a transaction, as far as the format has them. */
export interface TransactionIds {
  /** ISO `GrpHdr/MsgId`, MT `:20:`, Fedwire IMAD `{1520}`. */
  messageId?: string;
  /** ISO pain.001 `PmtInfId`. */
  paymentInformationId?: string;
  instructionId?: string;
  endToEndId?: string;
  /** ISO `TxId`, MT101 `:21:`. */
  transactionId?: string;
  /** Unique end-to-end transaction reference: ISO `UETR`, MT block 3 `{121:}`. */
  uetr?: string;
  /** MT202 `:21:` related reference. */
  relatedReference?: string;
  /** Fedwire `{3320}` sender reference; camt `AcctSvcrRef`. */
  reference?: string;
}

/** Codes of the warnings a payment read or screen gives. */
export type PaymentWarningCode =
  /** A part of the message could not be read (a message of an RJE file, a field, a sequence); the rest was. */
  | 'UNSC_WARN_PAYMENT_PART_UNREAD'
  /** A transaction lacks a party its format requires (an MT103 without field 59). */
  | 'UNSC_WARN_PAYMENT_PARTY_MISSING'
  /** A party element is present but carries no name and no identifier (`<Cdtr></Cdtr>`). */
  | 'UNSC_WARN_PARTY_WITHOUT_NAME'
  /** A country code or name that is no ISO 3166 country; the party is screened without it. */
  | 'UNSC_WARN_UNKNOWN_COUNTRY'
  /** A birth date that is no date; the party is screened without it. */
  | 'UNSC_WARN_BAD_BIRTH_DATE'
  /** The header and the document disagree (version), or the version is outside the ones documented. */
  | 'UNSC_WARN_PAYMENT_VERSION'
  /** Bytes that are not UTF-8, read as Latin-1. */
  | 'UNSC_WARN_PAYMENT_ENCODING'
  /** A free-text field (or part of it) was not screened: see the message for why. */
  | 'UNSC_WARN_TEXT_NOT_SCREENED'
  /**
   * What `screen()` says of a party's name or side fields (`UNSC_WARN_JUNK_NAME`,
   * `UNSC_WARN_NAME_PART_CUT`…), passed on with the party's `role` and `path`.
   */
  | Exclude<WarningCode, 'UNSC_WARN_LIST_STALE'>;

/** Something read in part, or a side field of a party left out; the rest is screened. */
export interface PaymentWarning {
  code: PaymentWarningCode;
  message: string;
  /** Where in the message, when it concerns one field. */
  path?: string;
  /** The party's role (`orderingCustomer`…), for a warning about one party. */
  role?: string;
  /** For a warning of the party's screen: the query field concerned (`name`, `dateOfBirth`, `document`…). */
  field?: string;
  /** For a warning of the party's screen: the value concerned, as `screen()` shows it (long values cut). */
  value?: string;
}

/** One transaction as read from the message. */
export interface PaymentTransaction {
  /** 0-based position of the transaction in the message (or file). */
  index: number;
  /** The format of the message it came from (an RJE file may mix MT103 and MT103 STP). */
  format: PaymentFormat;
  ids: TransactionIds;
  parties: PaymentParty[];
  freeText: FreeTextField[];
  warnings: PaymentWarning[];
}

/** A payment message read: its format and transactions. */
export interface PaymentMessage {
  format: PaymentFormat;
  /** ISO 20022 version of the Document (`001.08`), when the namespace gives one. */
  version?: string;
  transactions: PaymentTransaction[];
  /** Warnings about the whole message (an unreadable part of an RJE file, encoding). */
  warnings: PaymentWarning[];
}

/** Where a listed name was found inside a free-text field. */
export interface TextSpan {
  /** Offsets in the field's `text` (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  text: string;
}

/** An alert of a payment screen: the usual alert plus where it came from and the transaction's ids. */
export interface PaymentAlert extends Alert {
  /** The party's role (`creditor`…) or the free-text field's (`remittanceInformation`…). */
  role: string;
  /** Where in the message (`CdtTrfTxInf[0]/Cdtr`, `:70:`). */
  path: string;
  /** A party screened as a party, or a listed name found in a free-text field. */
  source: 'party' | 'freeText';
  /** For a free-text alert, the part of the text that matched. */
  span?: TextSpan;
  ids: TransactionIds;
}

/** The screen of one transaction. */
export interface TransactionScreenResult extends PaymentTransaction {
  alerts: PaymentAlert[];
}

/** How the free-text fields were screened (see `screenFreeText`). */
export type TextScreening =
  /** By `screenText` (every listed name inside the text). */
  | 'screenText'
  /** Each segment of the text (a line, or a part between `/` separators) of at most a few words screened as a name with `screen`. */
  | 'segments-as-names';

/** What `screener.screenPayment` returns. */
export interface PaymentScreenResult {
  format: PaymentFormat;
  version?: string;
  /** One result per transaction, in message order. */
  transactions: TransactionScreenResult[];
  warnings: PaymentWarning[];
  list: ListVersion;
  options: ScreenOptionsUsed & { textScreening: TextScreening };
}

/** Options of `screener.screenPayment`. */
export interface PaymentScreenOptions {
  /** Lowest final score that alerts. @default the Screener's (0.8). Range: (0, 1]. */
  threshold?: number;
  /** Most alerts per party or free-text field. @default the Screener's (10). Range: a positive integer. */
  limit?: number;
}
