import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countryFromAddressLines } from '../src/payments/address-country.js';
import { detectSyntax, readPayment } from '../src/payments/read-payment.js';
import type { PaymentMessage, PaymentParty } from '../src/payments/types.js';

const DIR = new URL('../fixtures/payments/', import.meta.url);
const bytes = (file: string) => readFileSync(new URL(file, DIR));
const FILES = readdirSync(DIR).filter((file) => file !== 'SOURCES.md').sort();

function read(file: string): PaymentMessage {
  const { message, problem } = readPayment(bytes(file));
  expect(problem).toBeUndefined();
  return message!;
}

function party(message: PaymentMessage, tx: number, path: string): PaymentParty {
  const found = message.transactions[tx]!.parties.find((p) => p.path === path);
  if (found === undefined) throw new Error(`no party at ${path} in transaction ${tx}: ${message.transactions[tx]!.parties.map((p) => p.path).join(', ')}`);
  return found;
}

/** [path, role, name (undefined: none), countries, BIC] as the file says, checked by hand against it. */
type Expected = [path: string, role: string, name: string | undefined, countries: string[], bic?: string];

/** Per fixture: format, version, transactions, and parties of one transaction read by hand from the file. */
const CASES: Array<{ file: string; format: string; version?: string; transactions: number; tx?: number; parties: Expected[] }> = [
  {
    file: 'iso_pacs008_v08_cbprplus_c53_5_AtoB.xml', format: 'pacs.008', version: '001.08', transactions: 1,
    parties: [
      ['CdtTrfTxInf[0]/Dbtr', 'debtor', 'Australian Submarine', ['AU']],
      ['CdtTrfTxInf[0]/Cdtr', 'creditor', 'Agoda Company', ['SG']],
      ['CdtTrfTxInf[0]/DbtrAgt', 'debtorAgent', undefined, ['AU'], 'WPACAU2S'],
      ['CdtTrfTxInf[0]/IntrmyAgt1', 'intermediaryAgent1', undefined, ['SG'], 'DBSSSGSG'],
      ['CdtTrfTxInf[0]/CdtrAgt', 'creditorAgent', undefined, ['SG'], 'UOVBSGSG'],
      ['CdtTrfTxInf[0]/InstgAgt', 'instructingAgent', undefined, ['AU'], 'WPACAU2S'],
    ],
  },
  {
    file: 'iso_pacs008_doc_v12_hdr_v08_cbprplus_p2_1_2_CtoD.xml', format: 'pacs.008', version: '001.12', transactions: 1,
    parties: [
      ['CdtTrfTxInf[0]/Dbtr', 'debtor', 'GB Engineering', ['GB']],
      ['CdtTrfTxInf[0]/Cdtr', 'creditor', 'US Engines', ['US']],
      ['CdtTrfTxInf[0]/ChrgsInf[0]/Agt', 'chargesAgent', undefined, ['US'], 'ANBTUS44XXX'],
      ['CdtTrfTxInf[0]/ChrgsInf[1]/Agt', 'chargesAgent', undefined, ['US'], 'CHASUS33XXX'],
    ],
  },
  {
    file: 'iso_pacs008_v07_prowide_message_wrapper.xml', format: 'pacs.008', version: '001.07', transactions: 1,
    parties: [
      ['GrpHdr/InstgAgt', 'instructingAgent', 'Lionel Messi', ['GB'], 'CITTGB2LPBG'],
      ['GrpHdr/InstdAgt', 'instructedAgent', 'Manu Ginobili', ['US'], 'ICBCUS4CXXX'],
      ['CdtTrfTxInf[0]/Dbtr', 'debtor', 'JOHN DOE', ['AR']],
      ['CdtTrfTxInf[0]/DbtrAgt', 'debtorAgent', 'Juan Perez', ['US'], 'ITUSUSP1XXX'],
      ['CdtTrfTxInf[0]/Cdtr', 'creditor', 'Mike Smith', []],
    ],
  },
  {
    file: 'iso_pacs008_v08_aws_unbound_namespace.xml', format: 'pacs.008', version: '001.08', transactions: 1,
    parties: [
      ['CdtTrfTxInf[0]/Dbtr', 'debtor', 'AMERICAN BEACON FUNDS - American Beacon SIM High Yield Opportunities Fund', ['US']],
      ['CdtTrfTxInf[0]/Cdtr', 'creditor', 'GE Healthcare Canada Inc.', ['CA']],
      ['CdtTrfTxInf[0]/PrvsInstgAgt1', 'previousInstructingAgent1', undefined, ['US'], 'ABGCUSC0'],
      ['CdtTrfTxInf[0]/IntrmyAgt1', 'intermediaryAgent1', undefined, ['CA'], 'OENQCAVU'],
    ],
  },
  {
    file: 'iso_pacs008_v08_cbprplus_maxlen_names_bad_iban.xml', format: 'pacs.008', version: '001.08', transactions: 1,
    parties: [['CdtTrfTxInf[0]/CdtrAgt', 'creditorAgent', undefined, ['DE'], 'FFFFDEFFXXX']],
  },
  {
    file: 'iso_pacs008_v08_cbprplus_all_elements_max.xml', format: 'pacs.008', version: '001.08', transactions: 1,
    parties: [
      ['GrpHdr/SttlmInf/ThrdRmbrsmntAgt', 'thirdReimbursementAgent', 'EXNm', ['GB'], 'BCDEGB34XXX'],
      ['CdtTrfTxInf[0]/UltmtDbtr', 'ultimateDebtor', 'EXNm', ['GB']],
      ['CdtTrfTxInf[0]/UltmtCdtr', 'ultimateCreditor', 'EXNm', ['GB']],
      ['CdtTrfTxInf[0]/IntrmyAgt3', 'intermediaryAgent3', 'EXNm', ['GB'], 'BCDEGB34XXX'],
      ['CdtTrfTxInf[0]/PrvsInstgAgt2', 'previousInstructingAgent2', 'EXNm', ['GB'], 'BCDEGB34XXX'],
    ],
  },
  {
    file: 'iso_pacs008_v08_fednow_scenario1.xml', format: 'pacs.008', version: '001.08', transactions: 1,
    parties: [
      ['CdtTrfTxInf[0]/Dbtr', 'debtor', 'Individual A', ['US']],
      ['CdtTrfTxInf[0]/Cdtr', 'creditor', 'Corporation B', ['US']],
      ['CdtTrfTxInf[0]/DbtrAgt', 'debtorAgent', 'BankA', []],
    ],
  },
  {
    file: 'iso_pacs008_v08_from_mt103_p2_3_1_b_AtoD.xml', format: 'pacs.008', version: '001.08', transactions: 1,
    parties: [
      ['GrpHdr/SttlmInf/InstgRmbrsmntAgt', 'instructingReimbursementAgent', undefined, ['GB'], 'BOFSGB2L'],
      ['GrpHdr/SttlmInf/InstdRmbrsmntAgt', 'instructedReimbursementAgent', undefined, ['ES'], 'BSCHESMM'],
      ['CdtTrfTxInf[0]/Dbtr', 'debtor', 'A Debiter', ['GB']],
      ['CdtTrfTxInf[0]/Cdtr', 'creditor', 'B Creditor Co', ['ES']],
    ],
  },
  {
    file: 'iso_pacs008_v08_from_mt103_placeholder_dates_srilanka.xml', format: 'pacs.008', version: '001.08', transactions: 1,
    parties: [
      // The country is only an address line: SRI LANKA.
      ['CdtTrfTxInf[0]/Dbtr', 'debtor', 'OPTIMA TECHNOLOGIES (PVT) LTD', ['LK']],
      ['CdtTrfTxInf[0]/CdtrAgt', 'creditorAgent', 'COMMERCIAL BANK', []],
      ['CdtTrfTxInf[0]/PrvsInstgAgt1', 'previousInstructingAgent1', 'FUL PAY', []],
    ],
  },
  {
    file: 'iso_pacs008_v08_mojaloop_inline_comments_mobile.xml', format: 'pacs.008', version: '001.08', transactions: 1,
    parties: [
      ['CdtTrfTxInf[0]/InitgPty', 'initiatingParty', 'LAKE CITY BANK', []],
      ['CdtTrfTxInf[0]/CdtrAgt', 'creditorAgent', 'EQUITY BANK RWANDA LIMITED', ['RW'], 'EQBLRWRWXXX'],
      ['CdtTrfTxInf[0]/Cdtr', 'creditor', 'PAYEE_NAME', []],
    ],
  },
  {
    file: 'iso_pacs008_v09_mojaloop_empty_creditor.xml', format: 'pacs.008', version: '001.09', transactions: 1,
    parties: [
      ['CdtTrfTxInf[0]/Dbtr', 'debtor', 'PayerFirst PayerLast', []],
      ['CdtTrfTxInf[0]/Cdtr', 'creditor', undefined, []],
    ],
  },
  {
    file: 'iso_pacs009_v07_prowide_multiline_agent_name.xml', format: 'pacs.009', version: '001.07', transactions: 1,
    parties: [
      // The name is wrapped over two XML lines with indentation.
      ['GrpHdr/InstdAgt', 'instructedAgent', 'ASDF AF ASDFSDF ASDFSDF', ['GR'], 'GFMAGRA1XXX'],
      ['CdtTrfTxInf[0]/Dbtr', 'debtor', 'SDFGS SDFGD', ['PL'], 'SSTYPLP1XXX'],
      ['CdtTrfTxInf[0]/Cdtr', 'creditor', 'SDFG SDFGSDFG', ['KH'], 'HDSBKHPPXXX'],
    ],
  },
  {
    file: 'iso_pacs009cov_v08_from_mt202cov_p2_3_1_b_AtoB.xml', format: 'pacs.009 COV', version: '001.08', transactions: 1,
    parties: [
      ['CdtTrfTxInf[0]/Dbtr', 'debtor', undefined, ['GB'], 'CLYDGB2S'],
      ['CdtTrfTxInf[0]/UndrlygCstmrCdtTrf/Dbtr', 'underlyingDebtor', 'A Debiter', ['GB']],
      ['CdtTrfTxInf[0]/UndrlygCstmrCdtTrf/Cdtr', 'underlyingCreditor', 'B Creditor Co', ['ES']],
      ['CdtTrfTxInf[0]/UndrlygCstmrCdtTrf/CdtrAgt', 'underlyingCreditorAgent', undefined, ['GB'], 'BSCHGB2L'],
    ],
  },
  {
    file: 'iso_pain001_v03_iso_mdr_abc_corporation_3tx.xml', format: 'pain.001', version: '001.03', transactions: 3,
    parties: [
      ['GrpHdr/InitgPty', 'initiatingParty', 'ABC Corporation', ['US']],
      ['PmtInf[0]/Dbtr', 'debtor', 'ABC Corporation', ['US']],
      ['PmtInf[0]/DbtrAgt', 'debtorAgent', undefined, ['US'], 'BBBBUS33'],
      // Four address lines, the last one "GB".
      ['PmtInf[0]/CdtTrfTxInf[0]/Cdtr', 'creditor', 'DEF Electronics', ['GB']],
      ['PmtInf[0]/CdtTrfTxInf[0]/CdtrAgt', 'creditorAgent', undefined, ['GB'], 'AAAAGB2L'],
    ],
  },
  {
    file: 'iso_pain001_v03ch02_six_postfinance_musterfile.xml', format: 'pain.001', version: '001.03', transactions: 8, tx: 5,
    parties: [
      ['PmtInf[3]/Dbtr', 'debtor', 'Robert Schneider SA', []],
      ['PmtInf[3]/CdtTrfTxInf[0]/Cdtr', 'creditor', 'Maria Bernasconi', ['IT']],
    ],
  },
  {
    file: 'iso_pain001_v03_rub_russian_creditor_agent_bom.xml', format: 'pain.001', version: '001.03', transactions: 1,
    parties: [
      ['PmtInf[0]/Dbtr', 'debtor', 'IMONE X', []],
      ['PmtInf[0]/CdtTrfTxInf[0]/CdtrAgt', 'creditorAgent', 'UNICREDIT BANK AO', ['RU']],
      ['PmtInf[0]/CdtTrfTxInf[0]/Cdtr', 'creditor', 'COMPANY Z', []],
    ],
  },
  {
    file: 'iso_pain001_v03_sepa_two_pmtinf_diacritics.xml', format: 'pain.001', version: '001.03', transactions: 2, tx: 1,
    parties: [
      ['PmtInf[1]/Dbtr', 'debtor', 'Electrical', []],
      ['PmtInf[1]/CdtTrfTxInf[0]/Cdtr', 'creditor', 'Dáel Muñiz', ['ES']],
    ],
  },
  {
    file: 'iso_pain001_v03_swift_wire_eszett.xml', format: 'pain.001', version: '001.03', transactions: 1,
    parties: [
      ['PmtInf[0]/CdtTrfTxInf[0]/Cdtr', 'creditor', 'Hans Schneider', ['DE']],
      ['PmtInf[0]/CdtTrfTxInf[0]/CdtrAgt', 'creditorAgent', undefined, ['DE'], 'DEUTDEFF'],
    ],
  },
  {
    file: 'iso_pain001_v03_generated_adrline_country_4tx.xml', format: 'pain.001', version: '001.03', transactions: 4, tx: 3,
    parties: [
      ['GrpHdr/InitgPty', 'initiatingParty', 'John Doe', ['DE']],
      ['PmtInf[0]/CdtTrfTxInf[3]/Cdtr', 'creditor', 'Theta Solutions', ['DE']],
    ],
  },
  {
    file: 'iso_pain001_v09_cbprplus_ultimate_parties_invoicer.xml', format: 'pain.001', version: '001.09', transactions: 1,
    parties: [
      ['PmtInf[0]/UltmtDbtr', 'ultimateDebtor', 'Ultimate Debtor Ltd', ['GB']],
      ['PmtInf[0]/CdtTrfTxInf[0]/IntrmyAgt1', 'intermediaryAgent1', 'Intermediary One', ['FR']],
      ['PmtInf[0]/CdtTrfTxInf[0]/UltmtCdtr', 'ultimateCreditor', 'Ultimate Creditor GmbH', ['DE']],
      ['PmtInf[0]/CdtTrfTxInf[0]/RmtInf/Strd[0]/Invcr', 'invoicer', 'Invoicer SA', ['ES']],
    ],
  },
  {
    file: 'iso_pain001_v09_cbprplus_from_mt101_regulatory.xml', format: 'pain.001', version: '001.09', transactions: 1,
    parties: [
      ['GrpHdr/InitgPty', 'initiatingParty', undefined, ['DK'], 'NDEADKK2XXX'],
      ['PmtInf[0]/Dbtr', 'debtor', 'FINPETROL INC.', ['FI']],
      ['PmtInf[0]/CdtTrfTxInf[0]/Cdtr', 'creditor', 'SOFTEASE PC GRAPHICS', ['US']],
    ],
  },
  {
    file: 'iso_camt053_v02_finland_fkl_sample.xml', format: 'camt.053', version: '001.02', transactions: 13, tx: 10,
    parties: [
      ['Stmt[0]/Acct/Ownr', 'accountOwner', 'BANK ACCOUNT OWNER', ['FI']],
      ['Stmt[0]/Ntry[8]/NtryDtls[0]/TxDtls[0]/RltdPties/UltmtDbtr', 'ultimateDebtor', 'ULTIMATE DEBTOR', []],
      ['Stmt[0]/Ntry[8]/NtryDtls[0]/TxDtls[0]/RltdAgts/DbtrAgt', 'debtorAgent', undefined, ['FI'], 'NDEAFIHH'],
    ],
  },
  {
    file: 'iso_camt054_v04_postfinance_credit.xml', format: 'camt.054', version: '001.04', transactions: 2,
    parties: [
      ['Ntfctn[0]/Acct/Ownr', 'accountOwner', 'Robert Schneider SA Grands magasins Biel/Bienne', []],
      ['Ntfctn[0]/Ntry[0]/NtryDtls[0]/TxDtls[0]/RltdPties/Dbtr', 'debtor', 'Bernasconi Maria', ['CH']],
      ['Ntfctn[0]/Ntry[0]/NtryDtls[0]/TxDtls[0]/RltdAgts/DbtrAgt', 'debtorAgent', 'POSTFINANCE AG', ['CH'], 'POFICHBEXXX'],
    ],
  },
  {
    file: 'mt103_goplasmatic_norm.txt', format: 'MT103', transactions: 1,
    parties: [
      ['.:50K:', 'orderingCustomer', 'John Doe', []],
      ['.:52D:', 'orderingInstitution', 'ORDERING BANK NAME', ['BE']],
      ['.:56D:', 'intermediaryInstitution', 'INTERMEDIARY BANK', ['DE']],
      ['.:57A:', 'accountWithInstitution', undefined, ['DE'], 'BANKDEFF'],
      ['.:59:', 'beneficiaryCustomer', 'Jane Smith', []],
    ],
  },
  {
    file: 'mt103stp_goplasmatic_77b.txt', format: 'MT103', transactions: 1,
    parties: [
      ['.:50K:', 'orderingCustomer', 'GLOBAL TECH CORPORATION', ['US']],
      ['.:59A:', 'beneficiaryCustomer', undefined, ['DE'], 'DEUTDEFF'],
      ['.:53A:', 'sendersCorrespondent', undefined, ['FR'], 'BNPAFRPP'],
    ],
  },
  {
    file: 'mt103_prowide_bulk_with_ack.rje', format: 'MT103', transactions: 3, tx: 2,
    parties: [
      ['.:50K:', 'orderingCustomer', 'OLD MUTUAL GENERAL INSURAN', ['NG']],
      ['.:52A:', 'orderingInstitution', undefined, ['NG'], 'CCCCNGLA'],
      ['.:59:', 'beneficiaryCustomer', 'GGGGGGGGGGGGGGGGG', []],
    ],
  },
  {
    file: 'mt103_prowide_out_multi.rje', format: 'MT103', transactions: 13,
    parties: [
      ['.:50K:', 'orderingCustomer', 'FOO CAPITAL MARKETS LP', []],
      ['.:52D:', 'orderingInstitution', 'NORTH FOO BANK', []],
      // "MADRID SPAIN 28010701.18"
      ['.:59:', 'beneficiaryCustomer', 'MERCADOS Y GESTION DE VALORES SA', ['ES']],
    ],
  },
  {
    file: 'EXTRACTED_mt103_50F_59F_ballerina_p2_3_1_b_AtoD.fin', format: 'MT103', transactions: 1,
    parties: [
      ['.:50F:', 'orderingCustomer', 'A Debiter', ['GB']],
      ['.:59F:', 'beneficiaryCustomer', 'B Creditor Co', ['ES']],
      ['.:54A:', 'receiversCorrespondent', undefined, ['ES'], 'BSCHESMM'],
    ],
  },
  {
    file: 'mt202cov_goplasmatic.txt', format: 'MT202 COV', transactions: 1,
    parties: [
      ['.:58A:', 'beneficiaryInstitution', undefined, ['SG'], 'HSBCSGSG'],
      ['.B/:50K:', 'orderingCustomer', 'ACME CORPORATION', ['US']],
      ['.B/:59:', 'beneficiaryCustomer', 'SINGAPORE TECH PTE LTD', ['SG']],
    ],
  },
  {
    file: 'EXTRACTED_mt202cov_50F_59F_ballerina_p2_3_1_b_AtoB.fin', format: 'MT202 COV', transactions: 1,
    parties: [
      ['.:52A:', 'orderingInstitution', undefined, ['GB'], 'CLYDGB2S'],
      ['.:57A:', 'accountWithInstitution', undefined, ['ES'], 'BSCHESMM'],
      // 52A and 57A again, in sequence B.
      ['.B/:57A:', 'accountWithInstitution', undefined, ['GB'], 'BSCHGB2L'],
      ['.B/:50F:', 'orderingCustomer', 'A Debiter', ['GB']],
      ['.B/:59F:', 'beneficiaryCustomer', 'B Creditor Co', ['ES']],
    ],
  },
  {
    file: 'mt101_prowide.fin', format: 'MT101', transactions: 1,
    parties: [
      ['.:50H:', 'orderingCustomer', 'TESTAR00AXXX', ['NL']],
      ['.B[0]/:57A:', 'accountWithInstitution', undefined, ['CN'], 'CIBKCNBJ473'],
      ['.B[0]/:59:', 'beneficiaryCustomer', 'CASH CUSTOMER I', ['NL']],
    ],
  },
  {
    file: 'fedwire_customer_transfer_ctr.txt', format: 'Fedwire', transactions: 1,
    parties: [
      ['{3100}', 'senderFI', 'Wells Fargo NA', []],
      ['{4100}', 'beneficiaryFI', 'FI Name', []],
      ['{4200}', 'beneficiary', 'Name', []],
      ['{5000}', 'originator', 'Name', []],
    ],
  },
  {
    file: 'fedwire_ctp_structured_remittance.txt', format: 'Fedwire', transactions: 1,
    parties: [
      ['{5010}', 'originator', 'Name', []],
      ['{8300}', 'remittanceOriginator', 'Name', []],
      ['{8350}', 'remittanceBeneficiary', 'Name', []],
    ],
  },
  {
    file: 'fedwire_fiserv_single_line.txt', format: 'Fedwire', transactions: 1,
    parties: [
      // "MO" as the third address line is Missouri: no country.
      ['{5000}', 'originator', 'John Doe', []],
      ['{4200}', 'beneficiary', 'Test Name', []],
      ['{5200}', 'instructingFI', 'Xxxxxxx Bank', []],
    ],
  },
];

describe('readPayment: every fixture format, parties as the message says', () => {
  it('covers every fixture file but the malformed one', () => {
    const covered = new Set(CASES.map((c) => c.file));
    expect(FILES.filter((file) => !covered.has(file))).toEqual(['mt103_malformed_block4_only_missing_59.txt']);
  });

  it.each(CASES)('$file: $format, $transactions transaction(s)', ({ file, format, version, transactions, tx = 0, parties }) => {
    const message = read(file);
    expect(message.format).toBe(format);
    if (version !== undefined) expect(message.version).toBe(version);
    expect(message.transactions).toHaveLength(transactions);
    for (const [rawPath, role, name, countries, bic] of parties) {
      const path = rawPath.startsWith('.') ? rawPath.slice(1) : rawPath;
      const found = party(message, tx, path);
      expect({ role: found.role, name: found.name, countries: found.countries, bic: found.identifiers.bic }).toEqual({ role, name, countries, bic });
    }
  });
});

describe('readPayment: transaction ids', () => {
  it('reads message id, end-to-end id and UETR of a pacs.008', () => {
    const tx = read('iso_pacs008_v08_cbprplus_c53_5_AtoB.xml').transactions[0]!;
    expect(tx.ids).toEqual({ messageId: 'pacs8bizmsgidr01', instructionId: 'pacs8bizmsgidr01', endToEndId: 'E2E04044506271305', uetr: '174c245f-2682-4291-ad67-2a41e530cd27' });
  });

  it('reads :20: and the block 3 UETR of an MT103, and :21: of an MT202 COV', () => {
    expect(read('EXTRACTED_mt103_50F_59F_ballerina_p2_3_1_b_AtoD.fin').transactions[0]!.ids).toEqual({
      messageId: 'pcs008bzmsgidr-1',
      uetr: '7a562c67-ca16-48ba-b074-65581be6f001',
    });
    expect(read('mt202cov_goplasmatic.txt').transactions[0]!.ids).toMatchObject({ messageId: 'FT220315001', relatedReference: 'REL220315001' });
  });

  it('reads PmtInfId and each transaction of every PmtInf of a pain.001, whatever NbOfTxs says', () => {
    const message = read('iso_pain001_v03ch02_six_postfinance_musterfile.xml'); // NbOfTxs says 7
    expect(message.transactions.map((tx) => tx.ids.endToEndId)).toEqual([
      'EndToEndId-01-01', 'EndToEndId-02-01', 'EndToEndId-02-02', 'EndToEndId-03-01', 'EndToEndId-03-02', 'EndToEndId-04-01', 'EEndToEndId-05-01', 'EEndToEndId-06-01',
    ]);
    expect(message.transactions[1]!.ids.paymentInformationId).toBe('PmtInfId-02');
  });

  it('reads the IMAD of a Fedwire message as its message id', () => {
    expect(read('fedwire_fiserv_single_line.txt').transactions[0]!.ids.messageId).toBe('2022032400000000000001');
  });

  it('marks MT103 STP and MT103 apart inside one RJE file (block 3 {119:STP})', () => {
    expect(read('mt103_prowide_bulk_with_ack.rje').transactions.map((tx) => tx.format)).toEqual(['MT103', 'MT103 STP', 'MT103']);
  });
});

describe('readPayment: free text', () => {
  it('extracts remittance information, instructions and address lines of ISO messages with their paths', () => {
    const aws = read('iso_pacs008_v08_aws_unbound_namespace.xml').transactions[0]!;
    expect(aws.freeText.map((field) => [field.role, field.path])).toEqual([
      ['accountName', 'CdtTrfTxInf[0]/CdtrAcct/Nm'],
      ['instructionForCreditorAgent', 'CdtTrfTxInf[0]/InstrForCdtrAgt/InstrInf'],
      ['instructionForNextAgent', 'CdtTrfTxInf[0]/InstrForNxtAgt/InstrInf'],
    ]);
    const sriLanka = read('iso_pacs008_v08_from_mt103_placeholder_dates_srilanka.xml').transactions[0]!;
    expect(sriLanka.freeText).toContainEqual({ role: 'remittanceInformation', path: 'CdtTrfTxInf[0]/RmtInf/Ustrd[0]', text: 'TEST 123 456 789' });
    expect(sriLanka.freeText).toContainEqual({ role: 'addressLine', path: 'CdtTrfTxInf[0]/Dbtr/PstlAdr/AdrLine[1]', text: 'SRI LANKA' });
    const regulatory = read('iso_pain001_v09_cbprplus_from_mt101_regulatory.xml').transactions[0]!;
    expect(regulatory.freeText).toContainEqual({ role: 'regulatoryReporting', path: 'PmtInf[0]/CdtTrfTxInf[0]/RgltryRptg/Dtls[0]/Inf[0]', text: '34 BRENTWOOD ROAD' });
  });

  it('extracts MT fields 70, 72 and 77B whole, lines kept', () => {
    const tx = read('mt103stp_goplasmatic_77b.txt').transactions[0]!;
    expect(tx.freeText.filter((field) => field.role !== 'addressLine')).toEqual([
      { role: 'remittanceInformation', path: ':70:', text: '/INV/INVOICE-2024-Q4-789\n/RFB/SOFTWARE LICENSE PAYMENT\nENTERPRISE SOFTWARE LICENSES\nANNUAL SUBSCRIPTION RENEWAL' },
      { role: 'senderToReceiverInformation', path: ':72:', text: '/ACC/STANDARD PROCESSING\n/INS/COMPLY WITH LOCAL REGS\nAUTOMATED STP PROCESSING' },
      { role: 'regulatoryReporting', path: ':77B:', text: '/ORDERRES/DE//REGULATORY INFO\nSOFTWARE LICENSE COMPLIANCE\nTRADE RELATED TRANSACTION' },
    ]);
  });

  it('extracts Fedwire {6000} and {8750} text, one line per element', () => {
    const tx = read('fedwire_ctp_structured_remittance.txt').transactions[0]!;
    expect(tx.freeText).toContainEqual({ role: 'originatorToBeneficiaryInformation', path: '{6000}', text: 'LineOne\nLineTwo\nLineThree\nLineFour' });
    expect(tx.freeText).toContainEqual({
      role: 'remittanceFreeText',
      path: '{8750}',
      text: 'Remittance Free Text Line One\nRemittance Free Text Line Two\nRemittance Free Text Line Three',
    });
  });
});

describe('readPayment: unusual and partial messages', () => {
  it('reads a BOM, any prefix and no namespace alike', () => {
    const body = bytes('iso_pacs008_v08_fednow_scenario1.xml').toString('utf8');
    const prefixed = body.replace(/<(\/?)(?!\?|!)([A-Za-z])/g, '<$1p:$2').replace('<p:Document', '<p:Document xmlns:p="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08"');
    for (const variant of [`\uFEFF${body}`, prefixed]) {
      const { message } = readPayment(variant);
      expect(message!.transactions[0]!.parties.find((p) => p.role === 'debtor')!.name).toBe('Individual A');
    }
  });

  it('reads a UTF-16 file by its byte-order mark, little- and big-endian, as the same message', () => {
    const body = bytes('iso_pacs008_v08_fednow_scenario1.xml').toString('utf8').replace(/encoding="UTF-8"/i, 'encoding="UTF-16"');
    const utf8 = readPayment(Buffer.from(body, 'utf8'));
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    for (const utf16 of [le, Buffer.concat([Buffer.from([0xfe, 0xff]), be])]) {
      const read = readPayment(utf16);
      expect(read.problem).toBeUndefined();
      expect(read.message).toEqual(utf8.message);
      expect(read.message!.transactions[0]!.parties.find((p) => p.role === 'debtor')!.name).toBe('Individual A');
    }
  });

  it('reads a camt.052 report like a statement (the camt.053 sample renamed: Rpt, BkToCstmrAcctRpt)', () => {
    const camt052 = bytes('iso_camt053_v02_finland_fkl_sample.xml')
      .toString('utf8')
      .replaceAll('BkToCstmrStmt>', 'BkToCstmrAcctRpt>')
      .replaceAll('<Stmt>', '<Rpt>')
      .replaceAll('</Stmt>', '</Rpt>')
      .replaceAll('camt.053.001.02', 'camt.052.001.02');
    const { message } = readPayment(camt052);
    expect([message!.format, message!.version, message!.transactions.length]).toEqual(['camt.052', '001.02', 13]);
    expect(message!.transactions[2]!.parties.map((p) => p.path)).toContain('Rpt[0]/Ntry[2]/NtryDtls[0]/TxDtls[0]/RltdPties/Cdtr');
  });

  it('reads the older element names of pacs.008.001.02 (BIC, not BICFI)', () => {
    const old = bytes('iso_pacs008_v08_cbprplus_c53_5_AtoB.xml').toString('utf8').replaceAll('BICFI>', 'BIC>').replaceAll('pacs.008.001.08', 'pacs.008.001.02');
    const { message } = readPayment(old);
    expect(message!.version).toBe('001.02');
    expect(party(message!, 0, 'CdtTrfTxInf[0]/CdtrAgt').identifiers.bic).toBe('UOVBSGSG');
  });

  it('warns when the header and the Document disagree on the version', () => {
    const message = read('iso_pacs008_doc_v12_hdr_v08_cbprplus_p2_1_2_CtoD.xml');
    expect(message.warnings).toContainEqual(expect.objectContaining({ code: 'UNSC_WARN_PAYMENT_VERSION', path: 'AppHdr/MsgDefIdr' }));
  });

  it('warns about a party with no name (<Cdtr></Cdtr>) and keeps the rest', () => {
    const tx = read('iso_pacs008_v09_mojaloop_empty_creditor.xml').transactions[0]!;
    expect(tx.warnings).toEqual([expect.objectContaining({ code: 'UNSC_WARN_PARTY_WITHOUT_NAME', path: 'CdtTrfTxInf[0]/Cdtr' })]);
  });

  it('reads a country written as people write it ("UK", no ISO code) as the country it names, and keeps the party', () => {
    const tx = read('iso_camt053_v02_finland_fkl_sample.xml').transactions[9]!;
    expect(tx.warnings.filter((w) => w.code === 'UNSC_WARN_UNKNOWN_COUNTRY')).toEqual([]);
    const debtor = tx.parties.find((p) => p.role === 'debtor')!;
    expect(debtor.name).toBe('PAYERS NAME2');
    expect(debtor.countries).toContain('GB');
  });

  it('reads a bare block 4 with no parties as an MT103 with warnings, not a crash', () => {
    const message = read('mt103_malformed_block4_only_missing_59.txt');
    expect(message.warnings.map((w) => w.code)).toEqual(['UNSC_WARN_PAYMENT_PART_UNREAD']);
    expect(message.transactions[0]!.parties).toEqual([]);
    expect(message.transactions[0]!.warnings.map((w) => w.path)).toEqual([':50a:', ':59a:']);
  });

  it('reads the birth date, place and passport of a 50F party', () => {
    const mt = bytes('EXTRACTED_mt103_50F_59F_ballerina_p2_3_1_b_AtoD.fin')
      .toString('latin1')
      .replace('/NOTPROVIDED\r\n1/A Debiter', 'CCPT/DE/X1234567\r\n1/A Debiter\r\n4/19720601\r\n5/DZ/Ghardaia');
    const debtor = readPayment(mt).message!.transactions[0]!.parties.find((p) => p.path === ':50F:')!;
    expect(debtor.identifiers).toMatchObject({ birthDate: '1972-06-01', countryOfBirth: 'DZ', cityOfBirth: 'Ghardaia', other: [{ id: 'X1234567', scheme: 'CCPT' }] });
    expect(debtor.countries).toEqual(['DE', 'DZ', 'GB']);
  });

  it('reads the birth date and place of a Fedwire {5010} originator', () => {
    const fedwire = bytes('fedwire_ctp_structured_remittance.txt').toString('utf8').replace('5/Pottstown*', '4/19720601*5/DZ/Ghardaia*');
    const originator = readPayment(fedwire).message!.transactions[0]!.parties.find((p) => p.path === '{5010}')!;
    expect(originator.identifiers).toMatchObject({ birthDate: '1972-06-01', countryOfBirth: 'DZ', cityOfBirth: 'Ghardaia', other: [{ id: '123-45-6789', scheme: 'TXID' }] });
  });

  // MT 50F and Fedwire {5010} read their numbered lines with one reader: what one reads, the other does.
  it('reads a name cut over 1/ lines, a place of birth without country and a national id in both MT 50F and Fedwire {5010}', () => {
    const mt = bytes('EXTRACTED_mt103_50F_59F_ballerina_p2_3_1_b_AtoD.fin')
      .toString('latin1')
      .replace('1/A Debiter', '1/MUKHTAR\r\n1/BELMUKHTAR\r\n5/Ghardaia\r\n7/DZ/X99');
    const fedwire = bytes('fedwire_ctp_structured_remittance.txt').toString('utf8').replace('5/Pottstown*', '5/Ghardaia*7/DZ/X99*');
    const debtor = readPayment(mt).message!.transactions[0]!.parties.find((p) => p.path === ':50F:')!;
    const originator = readPayment(fedwire).message!.transactions[0]!.parties.find((p) => p.path === '{5010}')!;
    expect(debtor.name).toBe('MUKHTAR BELMUKHTAR');
    for (const party of [debtor, originator]) {
      expect(party.identifiers.cityOfBirth).toBe('Ghardaia');
      expect(party.identifiers.other).toContainEqual({ id: 'X99', scheme: 'NIDN' });
    }
  });

  it('reads a {5010} name wrapped over a line break inside its element, and an 8/ line as the rest of the id before it', () => {
    const fedwire = bytes('fedwire_ctp_structured_remittance.txt').toString('utf8').replace('5/Pottstown*', '5/Ghardaia*7/DZ/X99*8/0123*').replace(/\{5010\}([^*]*)\*1\/[^*]*\*/, '{5010}$1*1/MUKHTAR\nBELMUKHTAR*');
    const originator = readPayment(fedwire).message!.transactions[0]!.parties.find((p) => p.path === '{5010}')!;
    expect(originator.name).toBe('MUKHTAR BELMUKHTAR');
    expect(originator.identifiers.other).toContainEqual({ id: 'X990123', scheme: 'NIDN' });
    // numbered lines parted by line breaks instead of `*` are lines of their own
    const broken = bytes('fedwire_ctp_structured_remittance.txt').toString('utf8').replace(/\{5010\}[^{]*/, '{5010}1/MUKHTAR BELMUKHTAR\n2/12 RUE X\n3/DZ/GHARDAIA\n');
    const party = readPayment(broken).message!.transactions[0]!.parties.find((p) => p.path === '{5010}')!;
    expect([party.name, party.address.lines, party.address.country]).toEqual(['MUKHTAR BELMUKHTAR', ['12 RUE X'], 'DZ']);
    const mt = bytes('EXTRACTED_mt103_50F_59F_ballerina_p2_3_1_b_AtoD.fin').toString('latin1').replace('1/A Debiter', '1/A Debiter\r\n6/DE/ABCD/123\r\n8/456');
    const debtor = readPayment(mt).message!.transactions[0]!.parties.find((p) => p.path === ':50F:')!;
    expect(debtor.identifiers.other).toContainEqual({ id: '123456', scheme: 'CUST' });
  });

  it('reads a 5/ line of a country code alone as the country of birth, in MT 50F and Fedwire {5010}', () => {
    const mt = bytes('EXTRACTED_mt103_50F_59F_ballerina_p2_3_1_b_AtoD.fin').toString('latin1').replace('1/A Debiter', '1/A Debiter\r\n5/DZ');
    const fedwire = bytes('fedwire_ctp_structured_remittance.txt').toString('utf8').replace('5/Pottstown*', '5/DZ*');
    const debtor = readPayment(mt).message!.transactions[0]!.parties.find((p) => p.path === ':50F:')!;
    const originator = readPayment(fedwire).message!.transactions[0]!.parties.find((p) => p.path === '{5010}')!;
    for (const party of [debtor, originator]) {
      expect(party.identifiers.countryOfBirth).toBe('DZ');
      expect(party.identifiers.cityOfBirth).toBeUndefined();
    }
  });

  it('reads the birth date and place of a PrvtId', () => {
    const max = read('iso_pacs008_v08_cbprplus_all_elements_max.xml').transactions[0]!;
    const debtor = max.parties.find((p) => p.path === 'CdtTrfTxInf[0]/Dbtr')!;
    expect(debtor.kind).toBe('individual');
    expect(debtor.identifiers).toMatchObject({ birthDate: '2026-01-01', cityOfBirth: 'EXCityOfBirth', countryOfBirth: 'GB' });
  });
});

describe('detectSyntax', () => {
  it.each([
    ['<?xml version="1.0"?><Document/>', 'iso20022'],
    ['\n  <Envelope>', 'iso20022'],
    ['{1:F01BANKBEBBAXXX0000000000}{2:I103BANKDEFFXXXXN}', 'swift-mt'],
    ['{4:\n:20:X\n-}', 'swift-mt'],
    [':20:REF\n:23B:CRED', 'swift-mt'],
    ['{1500}30User ReqP \n{1510}1000', 'fedwire'],
    ['name,country\nJohn,US', undefined],
  ])('%j is %s', (text, syntax) => {
    expect(detectSyntax(text)).toBe(syntax);
  });
});

describe('countryFromAddressLines', () => {
  it.each([
    [['226 AWOLOWO WAY 322', 'LAGOS NIGERIA'], 'NG'],
    [['Corn Exchange 5th Floor', 'Mark Lane 55', 'EC3R7NE London', 'GB'], 'GB'],
    [['456 INNOVATION DRIVE', 'SAN FRANCISCO CA 94105 US'], 'US'],
    [['FOOSTREET 65', 'MADRID SPAIN 28010701.18'], 'ES'],
    [['NO 740 COTTA ROAD', 'SRI LANKA'], 'LK'],
    [['123 Anywhere St', 'Anywhere MO'], undefined],
    [['City, Country'], undefined],
  ])('%j → %s', (lines, code) => {
    expect(countryFromAddressLines(lines)).toBe(code);
  });

  it('leaves a two-letter line alone when asked (Fedwire states)', () => {
    expect(countryFromAddressLines(['Anywhere', 'MO'], { codeLines: false })).toBeUndefined();
    expect(countryFromAddressLines(['Anywhere', 'MO'])).toBe('MO');
  });
});

describe('fixtures/payments provenance', () => {
  const sources = readFileSync(new URL('SOURCES.md', DIR), 'utf8');
  it.each(FILES)('%s has the sha256 SOURCES.md gives', (file) => {
    const sha = createHash('sha256').update(bytes(file)).digest('hex');
    const row = sources.split('\n').find((line) => line.startsWith(`| \`${file}\``));
    expect(row).toContain(sha);
  });
});
