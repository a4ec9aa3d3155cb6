/**
 * The error contract of errors.ts ("match on `code`"): every public entry
 * point, fed bad input, throws (or rejects with) an ArgumentTypeError,
 * ArgumentRangeError or ListFormatError whose `code` starts with `UNSC_`.
 * A new export must add its bad calls here: the test fails on an export it
 * does not know.
 */
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { fixtureList } from './helpers/fixtures.js';

const list = fixtureList('2026-02-27');
const screener = new api.Screener(list);
const index = api.NameIndex.build(list, { records: list.records.slice(0, 20) });

type BadCall = [label: string, call: () => unknown, code: api.ErrorCode];

const INVALID_ARGUMENT = api.ErrorCodes.INVALID_ARGUMENT;
const INVALID_QUERY = api.ErrorCodes.INVALID_QUERY;
const INVALID_OPTION = api.ErrorCodes.INVALID_OPTION;
const bad = (value: unknown) => value as never;

/** Per runtime export: bad calls and the code each must throw. Values (constants, error classes) have none. */
const BAD_CALLS: Record<keyof typeof api, BadCall[]> = {
  parseList: [
    ['parseList(123)', () => api.parseList(bad(123)), INVALID_ARGUMENT],
    ['parseList(null)', () => api.parseList(bad(null)), INVALID_ARGUMENT],
    ["parseList('<html></html>')", () => api.parseList('<html></html>'), api.ErrorCodes.NOT_CONSOLIDATED_LIST],
    ["parseList('not xml')", () => api.parseList('not xml'), api.ErrorCodes.NOT_XML],
  ],
  loadBundledList: [
    ["loadBundledList({ now: 'today' })", () => api.loadBundledList({ now: bad('today') }), INVALID_OPTION],
    ['loadBundledList(5)', () => api.loadBundledList(bad(5)), INVALID_OPTION],
  ],
  bundledListPath: [],
  listAgeDays: [
    ['listAgeDays({}, new Date())', () => api.listAgeDays(bad({}), new Date()), INVALID_ARGUMENT],
    ["listAgeDays(list, 'now')", () => api.listAgeDays(list, bad('now')), INVALID_OPTION],
  ],
  BUNDLED_LIST_DATE: [],
  ErrorCodes: [],
  UnscScreenError: [],
  ListFormatError: [],
  ArgumentTypeError: [],
  ArgumentRangeError: [],
  DownloadError: [],
  ListVerificationError: [],
  CacheError: [],
  StaleListError: [],
  PaymentFormatError: [],
  SnapshotError: [],
  MAX_TEXT_WINDOWS: [],
  DecisionsFormatError: [],
  DECISION_COLUMNS: [],
  parseDecisionsCsv: [
    ['parseDecisionsCsv(5)', () => api.parseDecisionsCsv(bad(5)), INVALID_ARGUMENT],
  ],
  DecisionBook: [
    ['new DecisionBook(null)', () => new api.DecisionBook(bad(null)), INVALID_ARGUMENT],
  ],
  PreparedList: [
    ['PreparedList.build(null)', () => api.PreparedList.build(bad(null)), INVALID_ARGUMENT],
    ["PreparedList.fromSnapshot('x')", () => api.PreparedList.fromSnapshot(bad('x')), INVALID_ARGUMENT],
    ['PreparedList.fromSnapshot(bytes, { listSha256: 5 })', () => api.PreparedList.fromSnapshot(new Uint8Array(4), { listSha256: bad(5) }), INVALID_OPTION],
  ],
  readPayment: [
    ['readPayment(42)', () => api.readPayment(bad(42)), INVALID_QUERY],
    ['readPayment(null)', () => api.readPayment(bad(null)), INVALID_QUERY],
  ],
  detectSyntax: [['detectSyntax(7)', () => api.detectSyntax(bad(7)), INVALID_ARGUMENT]],
  countryFromAddressLines: [
    ["countryFromAddressLines('LAGOS')", () => api.countryFromAddressLines(bad('LAGOS')), INVALID_ARGUMENT],
    ['countryFromAddressLines([1])', () => api.countryFromAddressLines(bad([1])), INVALID_ARGUMENT],
    ["countryFromAddressLines([], 'x')", () => api.countryFromAddressLines([], bad('x')), INVALID_OPTION],
  ],
  updateList: [
    ['updateList(undefined)', () => api.updateList(bad(undefined)), INVALID_OPTION],
    ['updateList({ cacheDir: 5 })', () => api.updateList({ cacheDir: bad(5) }), INVALID_OPTION],
    ["updateList({ cacheDir, url: 'ftp://x' })", () => api.updateList({ cacheDir: '/tmp/unsc-none', url: 'ftp://x' }), INVALID_OPTION],
    ['updateList({ cacheDir, retries: -1 })', () => api.updateList({ cacheDir: '/tmp/unsc-none', retries: -1 }), INVALID_OPTION],
  ],
  loadList: [
    ['loadList(null)', () => api.loadList(bad(null)), INVALID_OPTION],
    ['loadList({ cacheDir: 1 })', () => api.loadList({ cacheDir: bad(1), offline: true }), INVALID_OPTION],
  ],
  readCachedList: [['readCachedList(7)', () => api.readCachedList(bad(7)), INVALID_OPTION]],
  resolveList: [
    ['resolveList(null)', () => api.resolveList(bad(null)), INVALID_OPTION],
    ["resolveList({ listPath: '/nonexistent.xml' })", () => api.resolveList({ listPath: '/nonexistent.xml' }), INVALID_OPTION],
    ["resolveList({ now: 'today' })", () => api.resolveList({ now: bad('today') }), INVALID_OPTION],
  ],
  resolveListBytes: [['resolveListBytes(3)', () => api.resolveListBytes(bad(3)), INVALID_OPTION]],
  UN_LIST_URL: [],
  UPDATE_DEFAULTS: [],
  compareNames: [
    ["compareNames(5, 'x')", () => api.compareNames(bad(5), 'x'), INVALID_QUERY],
    ["compareNames('x', null)", () => api.compareNames('x', bad(null)), INVALID_QUERY],
    ["compareNames('x', 'y', { threshold: 2 })", () => api.compareNames('x', 'y', { threshold: 2 }), INVALID_OPTION],
    ["compareNames('x', 'y', 'fast')", () => api.compareNames('x', 'y', bad('fast')), INVALID_OPTION],
    ["compareNames('x', 'y', { weigh: 1 })", () => api.compareNames('x', 'y', { weigh: bad(1) }), INVALID_OPTION],
    ["compareNames('x', 'y', { weigh: Object.assign(() => 1, { matched: 1 }) })", () => api.compareNames('x', 'y', { weigh: Object.assign(() => 1, { matched: bad(1) }) }), INVALID_OPTION],
    ["compareNames('x', 'y', { model: {} })", () => api.compareNames('x', 'y', { model: bad({}) }), INVALID_OPTION],
  ],
  DEFAULT_THRESHOLD: [],
  SCORING_MODEL: [],
  withScoringModel: [
    ['withScoringModel({})', () => api.withScoringModel(bad({})), INVALID_OPTION],
    ["withScoringModel({ version: 'x', nope: 1 })", () => api.withScoringModel(bad({ version: 'x', nope: 1 })), INVALID_OPTION],
  ],
  scoringModelEntries: [['scoringModelEntries(null)', () => api.scoringModelEntries(bad(null)), INVALID_OPTION]],
  NameIndex: [
    ['NameIndex.build({})', () => api.NameIndex.build(bad({})), INVALID_ARGUMENT],
    ["NameIndex.build(list, 'all')", () => api.NameIndex.build(list, bad('all')), INVALID_OPTION],
    ["index.search('x', { limit: 0 })", () => index.search('x', { limit: 0 }), INVALID_OPTION],
    ['index.search(null)', () => index.search(bad(null)), INVALID_QUERY],
    ["index.search('x', { threshold: 0 })", () => index.search('x', { threshold: 0 }), INVALID_OPTION],
    ["index.search('x', { kind: 'vessel' })", () => index.search('x', { kind: bad('vessel') }), INVALID_OPTION],
    ["index.search('x', null)", () => index.search('x', bad(null)), INVALID_OPTION],
  ],
  Screener: [
    ['new Screener({})', () => new api.Screener(bad({})), INVALID_ARGUMENT],
    ['new Screener(list, { limit: 0 })', () => new api.Screener(list, { limit: 0 }), INVALID_OPTION],
    ['new Screener(list, { threshold: 0 })', () => new api.Screener(list, { threshold: 0 }), INVALID_OPTION],
    ["new Screener(list, { threshold: '0.8' })", () => new api.Screener(list, { threshold: bad('0.8') }), INVALID_OPTION],
    ['new Screener(list, 5)', () => new api.Screener(list, bad(5)), INVALID_OPTION],
    ['Screener.fromFile(5)', () => api.Screener.fromFile(bad(5)), INVALID_ARGUMENT],
    ['screener.screen(null)', () => screener.screen(bad(null)), INVALID_QUERY],
    ["screener.screen({ name: 'A', limit: 1.5 })", () => screener.screen({ name: 'A', limit: 1.5 }), INVALID_OPTION],
    ['screener.update({})', () => screener.update(bad({})), INVALID_ARGUMENT],
    ['screener.rescreen(null, diff)', () => screener.rescreen(bad(null), api.diffLists(list, list)), INVALID_QUERY],
    ["screener.rescreen([], 'diff')", () => screener.rescreen([], bad('diff')), INVALID_ARGUMENT],
    ['screener.indexParties({})', () => screener.indexParties(bad({})), INVALID_QUERY],
    ['screener.indexParties([{}])', () => screener.indexParties([bad({})]), INVALID_QUERY],
    ['screener.rescreenParties([], diff)', () => screener.rescreenParties(bad([]), api.diffLists(list, list)), INVALID_ARGUMENT],
    ['screener.screenText(42)', () => screener.screenText(bad(42)), INVALID_QUERY],
    ["screener.screenText('x', { limit: 0 })", () => screener.screenText('x', { limit: 0 }), INVALID_OPTION],
    ["screener.screenText('x', 'fast')", () => screener.screenText('x', bad('fast')), INVALID_OPTION],
    ['screener.screenPayment(42)', () => screener.screenPayment(bad(42)), INVALID_QUERY],
    ["screener.screenPayment('', { threshold: 2 })", () => screener.screenPayment('', { threshold: 2 }), INVALID_OPTION],
    ["new Screener(list, { dateOrder: 'ymd' })", () => new api.Screener(list, { dateOrder: bad('ymd') }), INVALID_OPTION],
    ['new Screener(list, { maxListAgeDays: -1 })', () => new api.Screener(list, { maxListAgeDays: -1 }), INVALID_OPTION],
    ["new Screener(list, { maxListAgeDays: '30' })", () => new api.Screener(list, { maxListAgeDays: bad('30') }), INVALID_OPTION],
    ["new Screener(list, { strict: 'yes' })", () => new api.Screener(list, { strict: bad('yes') }), INVALID_OPTION],
    ["new Screener(list, { now: 'today' })", () => new api.Screener(list, { now: bad('today') }), INVALID_OPTION],
    ["screener.screen({ name: 'A', nationality: 'Atlantis' }) with strict", () => new api.Screener(list, { strict: true }).screen({ name: 'A', nationality: 'Atlantis' }), INVALID_QUERY],
    ["screener.explain({ name: 'A' }, 5)", () => screener.explain({ name: 'A' }, bad(5)), INVALID_QUERY],
    ["screener.explain({ name: 'A' }, 'XXi.999')", () => screener.explain({ name: 'A' }, 'XXi.999'), INVALID_QUERY],
    ["screener.explain(null, 'QDi.136')", () => screener.explain(bad(null), 'QDi.136'), INVALID_QUERY],
    ["screener.compare(5, 'x')", () => screener.compare(bad(5), 'x'), INVALID_QUERY],
    ["screener.compare('x', 'y', { threshold: 2 })", () => screener.compare('x', 'y', { threshold: 2 }), INVALID_OPTION],
    ["screener.compare('x', 'y', 'fast')", () => screener.compare('x', 'y', bad('fast')), INVALID_OPTION],
  ],
  DEFAULT_MAX_LIST_AGE_DAYS: [],
  PartyIndex: [['new PartyIndex(null, [])', () => new api.PartyIndex(bad(null), []), INVALID_OPTION]],
  diffLists: [
    ['diffLists({}, list)', () => api.diffLists(bad({}), list), INVALID_ARGUMENT],
    ['diffLists(list, null)', () => api.diffLists(list, bad(null)), INVALID_ARGUMENT],
  ],
  recordChanges: [['recordChanges(null, record)', () => api.recordChanges(bad(null), list.records[0]!), INVALID_ARGUMENT]],
  EVIDENCE_ADJUSTMENTS: [],
  countryCode: [['countryCode(5)', () => api.countryCode(bad(5)), INVALID_ARGUMENT]],
  countryCodes: [['countryCodes(null)', () => api.countryCodes(bad(null)), INVALID_ARGUMENT]],
  readQueryDate: [["readQueryDate('01/06/1958', 'ymd')", () => api.readQueryDate('01/06/1958', bad('ymd')), INVALID_OPTION]],
  normalizeDocumentNumber: [['normalizeDocumentNumber(undefined)', () => api.normalizeDocumentNumber(bad(undefined)), INVALID_ARGUMENT]],
  foldName: [['foldName(null)', () => api.foldName(bad(null)), INVALID_ARGUMENT]],
  prepareName: [['prepareName(42)', () => api.prepareName(bad(42)), INVALID_ARGUMENT]],
  cleanName: [['cleanName(null)', () => api.cleanName(bad(null)), INVALID_ARGUMENT]],
  MAX_NAME_PART_LENGTH: [],
  WarningCodes: [],
};

/** The error a call throws, or the reason its promise rejects with. */
async function failureOf(call: () => unknown): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('the error contract', () => {
  it('knows every runtime export of the package root', () => {
    expect(Object.keys(api).sort()).toEqual(Object.keys(BAD_CALLS).sort());
  });

  it('values and error classes take no input; every function and class is fed bad input', () => {
    for (const [name, calls] of Object.entries(BAD_CALLS)) {
      const value = (api as Record<string, unknown>)[name];
      const isErrorClass = typeof value === 'function' && (value === Error || value.prototype instanceof Error);
      if (typeof value === 'function' && !isErrorClass && name !== 'bundledListPath') expect(calls.length, name).toBeGreaterThan(0);
    }
  });

  const cases = Object.values(BAD_CALLS).flat();
  it.each(cases)('%s throws a typed error with its UNSC_ code', async (_label, call, code) => {
    const error = await failureOf(call);
    expect(error).toBeInstanceOf(Error);
    expect(error).toSatisfy((e: unknown) => e instanceof api.ArgumentTypeError || e instanceof api.ArgumentRangeError || e instanceof api.ListFormatError);
    expect((error as { code: string }).code).toBe(code);
    expect(code.startsWith('UNSC_')).toBe(true);
    expect(error).toBeInstanceOf(api.UnscScreenError);
  });
});
